// The engine's API is written in ProfileModel's types (`Availability.Status` in `Account`): importing the
// engine makes them nameable.
@_exported import ProfileModel
