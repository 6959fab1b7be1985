/// One country's mobile numbering plan, as far as a shape detector needs it (the rows and their source are in
/// `NationalPhonePlans`).
struct NationalPhonePlan: Sendable {
    var country: String
    var countryCode: String
    var nationalLength: Int
    /// Leading digits of a mobile NSN.
    var mobilePrefixes: [String]
    /// For plans whose mobiles follow an area code (Brazil: DDD then 9), the NSN offset of the mobile digit.
    var mobileDigitAfterAreaCode: Int?
    /// The trunk prefix before the NSN in national form (`0`), or `nil` where mobiles are dialled without one.
    var trunkPrefix: String?
}
