/// Mobile numbering plans of the largest freelancer countries (issue 19, family 2), as data.
///
/// Source for every row: libphonenumber's `resources/PhoneNumberMetadata.xml` (github.com/google/libphonenumber;
/// the `mobile` element's leading digits and possible lengths, `nationalPrefix`), which follows each country's
/// plan as notified to the ITU (ITU-T E.164 national numbering plans, itu.int/oth/T0202). Only the facts a shape
/// detector needs: the country code, the length of the national significant number (NSN), the digits a mobile
/// NSN starts with, and the trunk prefix written before it at home. Shape alone already finds most numbers; a
/// match here makes a bare or dotted digit run a phone number without a contact word near it.
enum NationalPhonePlans {
    static let all: [NationalPhonePlan] = [
        // India: 10-digit NSN, mobiles 6–9 (TRAI National Numbering Plan 2003).
        NationalPhonePlan(
            country: "IN", countryCode: "91", nationalLength: 10, mobilePrefixes: ["6", "7", "8", "9"],
            trunkPrefix: "0"),
        // Pakistan: mobiles 3xx + 7 digits (PTA numbering plan).
        NationalPhonePlan(
            country: "PK", countryCode: "92", nationalLength: 10, mobilePrefixes: ["3"],
            trunkPrefix: "0"),
        // Philippines: mobiles 9xx + 7 digits (NTC).
        NationalPhonePlan(
            country: "PH", countryCode: "63", nationalLength: 10, mobilePrefixes: ["9"],
            trunkPrefix: "0"),
        // Bangladesh: mobiles 1[3-9]xx + 6 digits (BTRC, 2017 plan).
        NationalPhonePlan(
            country: "BD", countryCode: "880", nationalLength: 10,
            mobilePrefixes: ["13", "14", "15", "16", "17", "18", "19"], trunkPrefix: "0"),
        // China: 11-digit mobiles 1[3-9]x, dialled without the trunk 0 (MIIT numbering plan).
        NationalPhonePlan(
            country: "CN", countryCode: "86", nationalLength: 11,
            mobilePrefixes: ["13", "14", "15", "16", "17", "18", "19"], trunkPrefix: nil),
        // Ukraine: 9-digit NSN, mobile operator codes (NCEC plan).
        NationalPhonePlan(
            country: "UA", countryCode: "380", nationalLength: 9,
            mobilePrefixes: [
                "39", "50", "63", "66", "67", "68", "73", "91", "92", "93", "94", "95", "96",
                "97", "98", "99",
            ], trunkPrefix: "0"),
        // Nigeria: mobiles 70x/80x/81x/90x/91x + 7 digits (NCC).
        NationalPhonePlan(
            country: "NG", countryCode: "234", nationalLength: 10,
            mobilePrefixes: ["70", "80", "81", "90", "91"], trunkPrefix: "0"),
        // Kenya: mobiles 7xx and 1[01]x + 6 digits (CA Kenya).
        NationalPhonePlan(
            country: "KE", countryCode: "254", nationalLength: 9, mobilePrefixes: ["7", "10", "11"],
            trunkPrefix: "0"),
        // Brazil: 2-digit area code (DDD) then a 9-digit mobile starting 9 (Anatel).
        NationalPhonePlan(
            country: "BR", countryCode: "55", nationalLength: 11, mobilePrefixes: [],
            mobileDigitAfterAreaCode: 2, trunkPrefix: "0"),
        // Egypt: mobiles 10/11/12/15 + 8 digits (NTRA).
        NationalPhonePlan(
            country: "EG", countryCode: "20", nationalLength: 10,
            mobilePrefixes: ["10", "11", "12", "15"], trunkPrefix: "0"),
    ]

    /// The first plan whose mobile `digits` (all digit groups joined) is, in international form (after `+`, `00`
    /// or the bare country code) or national form (trunk prefix and NSN; China's bare 11 digits). Plans overlap
    /// (a Philippine 0917… is an Indian 0 + 917… too): the answer says "a mobile", not which country's.
    static func mobilePlan(of digits: Substring, international plus: Bool) -> NationalPhonePlan? {
        all.first { matches(digits, international: plus, $0) }
    }

    /// Every plan `digits` is a mobile of.
    static func mobilePlans(of digits: Substring, international plus: Bool) -> [NationalPhonePlan] {
        all.filter { matches(digits, international: plus, $0) }
    }

    private static func matches(_ digits: Substring, international plus: Bool, _ plan: NationalPhonePlan) -> Bool {
        var international = digits
        if !plus, international.hasPrefix("00") { international = international.dropFirst(2) }
        if international.hasPrefix(plan.countryCode), isMobile(international.dropFirst(plan.countryCode.count), plan) {
            return true
        }
        guard !plus else { return false }
        let national = plan.trunkPrefix.map { digits.hasPrefix($0) ? digits.dropFirst($0.count) : "" } ?? digits
        return !national.isEmpty && isMobile(national, plan)
    }

    private static func isMobile(_ nsn: Substring, _ plan: NationalPhonePlan) -> Bool {
        guard nsn.count == plan.nationalLength else { return false }
        if let offset = plan.mobileDigitAfterAreaCode {
            let areaCode = nsn.prefix(offset)
            return !areaCode.contains("0") && nsn.dropFirst(offset).first == "9"
        }
        return plan.mobilePrefixes.contains { nsn.hasPrefix($0) }
    }
}
