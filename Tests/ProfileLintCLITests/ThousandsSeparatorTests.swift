import Foundation
import ProfileLintTestSupport
import Testing

/// Numbers of 1,000 and more read with thousands separators in every message ("5,001 characters", not "5001"):
/// all of them go through `Wording.number` (issue 13). Each case runs the message templates that show a count or a
/// limit the user controls, end to end.
@Suite struct ThousandsSeparatorTests {
    /// A 4-or-more-digit run standing alone: not a line:column (after `:`), a date part (next to `-`) or a decimal.
    static func ungroupedNumbers(in text: String) -> [String] {
        text.split(separator: "\n").flatMap { line -> [String] in
            let characters = Array(line)
            var found: [String] = []
            var index = 0
            while index < characters.count {
                guard characters[index].isASCII, characters[index].isNumber else {
                    index += 1
                    continue
                }
                let start = index
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                let before = start > 0 ? characters[start - 1] : " "
                let after = index < characters.count ? characters[index] : " "
                if index - start >= 4, !",.:/-".contains(before), after != "-", after != "," {
                    found.append("\(String(characters[start..<index])) in: \(line)")
                }
            }
            return found
        }
    }

    @Test func theCheckFindsAnUngroupedNumber() {
        #expect(Self.ungroupedNumbers(in: "the proposal is 5001 characters").count == 1)
        #expect(
            Self.ungroupedNumbers(in: "x.json:1234:5678: error: the file is 1,234,567 bytes, as of 2026-10-15").isEmpty)
    }

    @Test(arguments: [
        (999, "999", "1,000"), (1000, "1,000", "1,001"), (5001, "5,001", "5,002"),
        (1_234_567, "1,234,567", "1,234,568"),
    ])
    func everyCountedMessageGroupsThousands(_ number: Int, _ shown: String, _ shownPlusOne: String) throws {
        // Rule options are at most 1,000,000 (Docs/reliability.md, "Numbers"): beyond that the refusal shows it.
        let configurable = number <= 1_000_000
        let config =
            "rules:\n  title-too-long:\n    max_characters: \(number)\n  overview-too-short:\n"
            + "    min_words: \(number)\n  proposal-length:\n    max_characters: \(number)\n"
        let title = String(String(repeating: "Shopify theme developer ", count: number / 24 + 1).prefix(number + 1))
        let profile = #"{"name": "A", "title": "\#(title)", "overview": "I build shops."}"#
        let letter = String(String(repeating: "I can fix your checkout. ", count: number / 25 + 1).prefix(number + 1))
        // The configuration sits beside the profile and the letter only, so the limit flags run without it.
        let directory = try CommandRunner.temporaryDirectory(with: [
            "rules/.profilelint.yml": config, "rules/p.json": profile, "rules/cover.txt": letter,
            "big.json": String(repeating: "x", count: number + 1),
            "long.json": #"{"name": "A", "overview": "\#(String(repeating: "y", count: number + 1))"}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var output = ""
        for (arguments, folder) in [
            (["p.json"], "/rules"), (["proposal", "cover.txt"], "/rules"),
            (["big.json", "--max-file-size", "\(number)"], ""),
            (["long.json", "--max-string-length", "\(number)"], ""),
        ] {
            let result = try CommandRunner.profilelint(arguments, in: directory + folder)
            output += result.stdout + result.stderr
        }
        #expect(Self.ungroupedNumbers(in: output) == [], "\(output)")
        #expect(output.contains("big.json: error: the file is \(shownPlusOne) bytes; the limit is \(shown) ("))
        #expect(output.contains("long.json:1:27: error: JSON string longer than \(shown) bytes"))
        if configurable {
            #expect(output.contains("the title is \(shownPlusOne) characters; Upwork allows \(shown) (1 over)"))
            #expect(output.contains("the overview has 3 words; write at least \(shown)"))
            #expect(
                output.contains(
                    "error: the proposal is \(shownPlusOne) characters; the form refuses more than \(shown)"))
        } else {
            #expect(output.contains("'max_characters' must be a whole number from 0 to 1,000,000"), "\(output)")
        }
    }
}
