import Foundation
import ProfileRules

/// The SpamLord gold set (`../shared/realdata/pii-tests/spamlord`): 46 real faculty pages with hand-obfuscated
/// e-mail addresses and phone numbers, and a gold file of what each page holds. Scored per value: a found
/// address or number on the gold list is a true positive, one not on it a false positive, a gold value not
/// found a false negative.
enum SpamLordEvaluation {
    static var folder: String { RealDataCases.folder + "/spamlord" }

    static func score() throws -> (email: RuleScore, phone: RuleScore, misses: [String]) {
        let gold = try String(contentsOfFile: folder + "/devGOLD.tsv", encoding: .utf8)
        var expected: [String: (emails: Set<String>, phones: Set<String>)] = [:]
        for line in gold.split(separator: "\n") {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 3 else { continue }
            if parts[1] == "e" { expected[parts[0], default: ([], [])].emails.insert(parts[2].lowercased()) }
            if parts[1] == "p" { expected[parts[0], default: ([], [])].phones.insert(parts[2]) }
        }
        var email = RuleScore()
        var phone = RuleScore()
        var misses: [String] = []
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder + "/dev").filter {
            $0.hasSuffix(".html")
        }
        for page in pages.sorted() {
            let id = String(page.dropLast(5))
            let html = try String(contentsOfFile: folder + "/dev/" + page, encoding: .isoLatin1)
            let text = HTMLText.visibleText(html)
            let matches = ContactScanner.scan(text, for: [.email, .phone])
            let emails = Set(matches.filter { $0.kind == .email }.map { $0.value.lowercased() })
            let phones = Set(matches.filter { $0.kind == .phone }.compactMap { formatUSPhone($0.value) })
            let want = expected[id] ?? ([], [])
            email = email + compare(found: emails, gold: want.emails, page: id, rule: "contact-email", misses: &misses)
            phone = phone + compare(found: phones, gold: want.phones, page: id, rule: "contact-phone", misses: &misses)
        }
        return (email, phone, misses)
    }

    private static func compare(
        found: Set<String>, gold: Set<String>, page: String, rule: String,
        misses: inout [String]
    ) -> RuleScore {
        for value in found.subtracting(gold).sorted() { misses.append("FP \(rule) [spamlord \(page)] \(value)") }
        for value in gold.subtracting(found).sorted() { misses.append("FN \(rule) [spamlord \(page)] \(value)") }
        return RuleScore(
            truePositives: found.intersection(gold).count, falsePositives: found.subtracting(gold).count,
            falseNegatives: gold.subtracting(found).count)
    }

    /// The gold file writes US numbers as `650-723-1614`: the last ten digits, so grouped.
    private static func formatUSPhone(_ value: String) -> String? {
        let digits = value.filter(\.isNumber)
        guard digits.count >= 10 else { return value }
        let last = Array(digits.suffix(10))
        return String(last[0..<3]) + "-" + String(last[3..<6]) + "-" + String(last[6..<10])
    }
}

/// What a reader sees of an HTML page, roughly: comments, scripts and styles dropped, tags as spaces (a mailto
/// link's address kept), common entities decoded. Enough for scoring SpamLord; the linter's own HTML reader is libxml2.
enum HTMLText {
    static func visibleText(_ html: String) -> String {
        // A mailto link offers its address even when the page shows only a name or an image.
        var text = html.replacingOccurrences(of: "href=\"mailto:", with: "> mailto: ", options: .caseInsensitive)
            .replacingOccurrences(of: "href=mailto:", with: "> mailto: ", options: .caseInsensitive)
        text = removeBlocks(text, open: "<!--", close: "-->", replacement: "")
        text = removeBlocks(text, open: "<script", close: "</script>", replacement: " ")
        text = removeBlocks(text, open: "<style", close: "</style>", replacement: " ")
        text = removeBlocks(text, open: "<", close: ">", replacement: " ")
        return decodeEntities(text)
    }

    private static func removeBlocks(_ text: String, open: String, close: String, replacement: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: open, options: .caseInsensitive) {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: close, options: .caseInsensitive) else {
                rest = ""
                break
            }
            result += replacement
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "middot": "·", "copy": "©", "mdash": "—", "ndash": "–",
    ]

    private static func decodeEntities(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].prefix(10).firstIndex(of: ";") {
                let name = text[text.index(after: index)..<semicolon]
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[name.lowercased()]
                }
                if let decoded {
                    result += decoded
                    index = text.index(after: semicolon)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }
}
