/// Flags phone numbers in any format, spelled or spaced out.
struct ContactPhoneRule: ProfileRule {
    static let description = RuleDescription(
        id: "contact-phone",
        name: "Phone number",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            A phone number is a means of direct contact, forbidden in profiles and in proposals before a contract \
            (sources T1, T2, T8). What breaks the rules is offering a number, so the \
            number need not be valid: 555 and reserved ranges count, and so do spaced digits, spelled digits \
            ("four one five…", "oh", "double five") and the letter O for zero. Dates, years, versions, prices, \
            percentages, ISBNs, ranges, IDs and coordinates are not numbers to call. A bare run of 10–12 digits \
            with no phone shape and no contact word near ("call", "WhatsApp", "phone"…) is only a warning. \
            Families covered (issue 19): numbers glued to the text before them, i.e. CJK or another script with no \
            space (电话是138-0013-8000), a label joined by a hyphen, colon, `=` or `#` (TEL-1(212)555-0142, \
            phone=+1…, Mobile#0300…), a full-width colon, a bracket or a quote; national formats of India, \
            Pakistan, the Philippines, Bangladesh, China (11-digit mobiles 1[3-9]x), Ukraine, Nigeria, Kenya, \
            Brazil and Egypt, with or without the country code or trunk 0; digits in other scripts (Arabic-Indic, \
            Persian, Devanagari, Bengali, full-width, circled, mathematical), alone or mixed with ASCII. \
            Exceptions: digits inside a URL's path or query, a file name (scan-0917-123-4567.png, 4155550123.pdf) \
            or a word (SKU12345678); hex dumps, hashes and UUIDs; arithmetic and formulas ((5600 - 7800) = …, \
            1024 × 768); national IDs and references (CNIC, Aadhaar, PNR, roll, transaction numbers…); Unix \
            timestamps, box numbers and account numbers; identifiers stamped with a date (2024-1130-0088); postcodes \
            (Brazilian CEP 01000-000, a Japanese one after 〒).
            """,
        howToFix: "Remove the number; talk through Upwork messages or an Upwork call until a contract starts.",
        passing: [
            Example(#"{"overview": "Since 2013 I have delivered 1,250 projects; rates from $1,250.00 per project."}"#),
            Example(#"{"overview": "Upgraded from v2.10.3 to 3.0.1 on 2024-03-15; ISBN 978-3-16-148410-0."}"#),
            Example(#"{"overview": "Budget 2000-3000 USD, 40 hrs/week, 2023-2024, CTR up 23.5%."}"#),
            Example(#"{"overview": "Order ID 4155552671 shipped; available Mon-Fri 09:00-17:30 UTC."}"#),
            Example(
                "See scan-0917-123-4567.png and https://acme.example/p/4155550123; (5600 - 7800) = -2200.",
                format: .text),
            Example("CNIC 35202-1234567-1, PNR 4155550123, 1024 × 768 px, 0x7f3a 0x1234 0x5678.", format: .text),
        ],
        failing: [
            Example(#"{"overview": "Call me at ↓(415) 555-2671 after 6pm"}"#),
            Example(#"{"overview": "UK office: ↓+44 20 7946 0958, India mobile ↓+91 98765 43210"}"#),
            Example(#"{"overview": "my number is ↓four one five five five five two six seven one"}"#),
            Example(#"{"overview": "text me ↓415.555.2671 or ↓4 1 5 5 5 5 2 6 7 1"}"#),
            Example("Ring me: ↓O3O 9O1 82O\nAnytime.", format: .text),
            Example("电话是↓138-0013-8000，TEL-↓1(212)555-0142", format: .text),
            Example("رقمي ↓٠١٠١٢٣٤٥٦٧٨ or ↓+٩٢ ٣٠٠ ١٢٣٤٥٦٧", format: .text),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportContacts(.phone, in: input) { match in
            match.strength == .weak
                ? "may offer a phone number (\(match.quoted)): a bare digit run with no contact word near; if it is a "
                    + "number to call, \(TermsOfServiceReason.contactDetails)"
                : "offers a phone number (\(match.quoted)): \(TermsOfServiceReason.contactDetails)"
        }
    }
}
