// The reader's API is written in the positional JSON reader's types (`ReaderLimits`, the raw `account` node of
// `ProfileReader.readWithAccount`): importing ProfileParsing makes them nameable.
@_exported import PositionedJSON
