import Foundation
import ProfileLintTestSupport

/// Cases read at test time from the public test sets in `../shared/realdata/pii-tests` (never copied into the
/// repository), where their labels fit what the ToS rules look for. Each loader says which labels it keeps.
enum RealDataCases {
    static var folder: String { TestPaths.realData + "/pii-tests" }
    static var available: Bool { FileManager.default.fileExists(atPath: folder) }

    static func all() throws -> [EvaluationCase] {
        try scrubadub() + presidio() + presidioContext() + phonenumbers() + commonregex() + scrubadubDocument()
            + evasions()
    }

    private static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// scrubadub's detector tests: the BEFORE strings of the e-mail, phone, Skype, Twitter and URL detectors are
    /// positives; BEFORE strings of detectors for other data (cards, dates of birth, licences, NINOs, SSNs,
    /// credentials, names) are negatives; scrubadub's own "not a handle" cases are negatives.
    static func scrubadub() throws -> [EvaluationCase] {
        let files = try json("scrubadub_test_strings.json")["files"] as? [String: [[String: Any]]] ?? [:]
        let labelByFile: [String: String] = [
            "tests/test_detector_emails.py": "e", "tests/test_detector_skype.py": "h",
            "tests/test_detector_twitter.py": "h", "tests/test_detector_urls.py": "l",
            "tests/test_detector_credit_card.py": "", "tests/test_detector_date_of_birth.py": "",
            "tests/test_detector_drivers_licence.py": "", "tests/test_detector_en_GB_nino.py": "",
            "tests/test_detector_en_GB_trn.py": "", "tests/test_detector_en_US_social_security_number.py": "",
            "tests/test_detector_credentials.py": "", "tests/test_detector_text_blob.py": "",
        ]
        let overrides: [String: String] = [
            "test_no_triggers": "", "test_twitter": "", "test_admin": "", "test_email_and_twitter": "e h",
        ]
        var cases: [EvaluationCase] = []
        for (file, tests) in files.sorted(by: { $0.key < $1.key }) {
            for test in tests {
                let name = test["test"] as? String ?? ""
                if let label = labelByFile[file], let before = test["before"] as? String {
                    cases.append(
                        EvaluationCase(
                            text: before, labels: overrides[name] ?? label,
                            source: "scrubadub \(name)"))
                }
                if file == "tests/test_detector_phone_numbers.py" {
                    for string in test["strings"] as? [String] ?? []
                    where !string.contains("{{") && !string.contains("%s") {
                        cases.append(EvaluationCase(text: string, labels: "p", source: "scrubadub \(name)"))
                    }
                }
            }
        }
        return cases
    }

    /// presidio's recogniser tests: e-mail and URL cases (positive when a match is expected), phone cases
    /// (all positive), and the IP, credit-card, crypto and IBAN cases as phone negatives (their texts embed
    /// domains that those tests do not label).
    static func presidio() throws -> [EvaluationCase] {
        let files = try json("presidio_recognizer_cases.json")["files"] as? [String: [[String: Any]]] ?? [:]
        var cases: [EvaluationCase] = []
        var seen: Set<String> = []
        for (file, tests) in files.sorted(by: { $0.key < $1.key }) {
            let label = file.contains("email") ? "e" : file.contains("phone") ? "p" : file.contains("url") ? "l" : ""
            for test in tests {
                for item in test["cases"] as? [[String: Any]] ?? [] {
                    guard let text = item["text"] as? String, seen.insert(text).inserted else { continue }
                    let expected = item["expected_len"] as? Int ?? 0
                    cases.append(
                        EvaluationCase(
                            text: text, labels: expected > 0 ? label : "",
                            source: "presidio \(file.split(separator: "/").last ?? "")",
                            scope: label.isEmpty ? "p" : nil))
                }
            }
        }
        return cases
    }

    /// presidio's context sentences: PHONE_NUMBER sentences are phones; the others (SSN, ITIN, licence, IP, bank
    /// numbers) are not phones, and their labels say nothing about the other rules.
    static func presidioContext() throws -> [EvaluationCase] {
        let text = try String(contentsOfFile: folder + "/presidio_context_sentences_tests.txt", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        var cases: [EvaluationCase] = []
        var index = 0
        while index + 1 < lines.count {
            let entity = lines[index]
            cases.append(
                EvaluationCase(
                    text: lines[index + 1], labels: entity == "PHONE_NUMBER" ? "p" : "",
                    source: "presidio context \(entity)", scope: entity == "PHONE_NUMBER" ? nil : "p"))
            index += 2
        }
        return cases
    }

    /// libphonenumber's matcher cases: numbers it finds at STRICT_GROUPING or EXACT_GROUPING, put in a "Call
    /// me at …" sentence as its own tests do; IMPOSSIBLE cases and unbalanced brackets as negatives. VALID-only
    /// cases are left out: upstream marks fractions and year lists valid under its reduced test metadata.
    static func phonenumbers() throws -> [EvaluationCase] {
        let root = try json("phonenumbers_matcher_cases.json")
        let leniency = root["leniency_cases"] as? [String: [[String: String]]] ?? [:]
        var cases: [EvaluationCase] = []
        for key in ["STRICT_GROUPING_CASES", "EXACT_GROUPING_CASES"] {
            for item in leniency[key] ?? [] {
                cases.append(
                    EvaluationCase(
                        text: "Call me at " + (item["raw"] ?? ""), labels: "p",
                        source: "phonenumbers \(key)"))
            }
        }
        for item in leniency["IMPOSSIBLE_CASES"] ?? [] {
            cases.append(EvaluationCase(text: item["raw"] ?? "", labels: "", source: "phonenumbers IMPOSSIBLE"))
        }
        let strings = root["test_strings"] as? [String: [String]] ?? [:]
        for text in strings["testNonMatchingBracketsAreInvalid"] ?? [] {
            cases.append(EvaluationCase(text: text, labels: "", source: "phonenumbers brackets"))
        }
        return cases
    }

    /// CommonRegex: matching phones, links, e-mails, street addresses and PO boxes are positives, its
    /// non-matching ones negatives; its BTC addresses are off-platform payment (a wallet by its shape);
    /// its dates, times, prices, colours, IPs, cards, ZIP codes and
    /// SSNs are negatives. Its "phones with extensions" non-matching list is left out (those are phones without an
    /// extension, so the label does not fit).
    static func commonregex() throws -> [EvaluationCase] {
        let tests = try json("commonregex_test_strings.json")["tests"] as? [String: [String: [String]]] ?? [:]
        let labels: [String: String] = [
            "TestPhones.test_phones": "p", "TestPhonesWithExts.test_phones_with_extensions": "p",
            "TestLinks.test_links": "l", "TestEmails.test_emails": "e",
            "TestStreetAddresses.test_street_addresses": "a", "TestPoBoxes.test_po_boxes": "a",
            // A wallet address by its shape is a payment rail (issue 19 family 4).
            "TestBTCAddresses.test_btc_addresses": "$",
        ]
        var cases: [EvaluationCase] = []
        for (name, lists) in tests.sorted(by: { $0.key < $1.key }) {
            for text in lists["matching"] ?? [] {
                cases.append(EvaluationCase(text: text, labels: labels[name] ?? "", source: "commonregex \(name)"))
            }
            guard name != "TestPhonesWithExts.test_phones_with_extensions" else { continue }
            for text in lists["non_matching"] ?? [] {
                cases.append(EvaluationCase(text: text, labels: "", source: "commonregex \(name) non-matching"))
            }
        }
        return cases
    }

    /// scrubadub's labelled example document: an address, a phone number and e-mail addresses.
    static func scrubadubDocument() throws -> [EvaluationCase] {
        let text = try String(contentsOfFile: folder + "/scrubadub_example_real_data_document.txt", encoding: .utf8)
        return [EvaluationCase(text: text, labels: "a p e", source: "scrubadub document")]
    }

    /// Evasions reported against a PII detector: homoglyphs, full-width `@`, zero-width space, URL-encoding,
    /// Base64.
    static func evasions() throws -> [EvaluationCase] {
        let items = try json("evasion_cases_from_github_issues.json")["cases"] as? [[String: Any]] ?? []
        return items.compactMap { item in
            guard let text = item["text"] as? String, let expect = item["expect"] as? [String] else { return nil }
            let labels =
                (expect.contains { $0.hasPrefix("email") } ? "e" : "")
                + (expect.contains { $0.hasPrefix("phone") } ? "p" : "")
            return EvaluationCase(text: text, labels: labels, source: "evasions")
        }
    }
}
