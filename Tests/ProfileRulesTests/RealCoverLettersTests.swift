import Foundation
import ProfileLintTestSupport
import ProfileModel
import ProfileRules
import Testing

/// The 32 real cover letters of one real job post (June 2024) from `../shared/realdata/datasets`. They hold real
/// people's words, so they are read from there at test time and never copied; without the folder the test is
/// skipped.
private let realApplicantsPath = TestPaths.realData + "/datasets/uprank_upwork_job_with_32_applicant_profiles_2024.json"

@Suite(
    .enabled(
        if: FileManager.default.fileExists(atPath: realApplicantsPath),
        "../shared/realdata is absent: the real cover letters are not available on this machine"))
struct RealCoverLettersTests {
    /// Labelled by reading, before the rule was tuned: whether the first 230 visible characters after the greeting
    /// name anything of this job (a tool, a requirement, a deliverable, the client's goal beyond the praise every
    /// post uses). Job titles in a self-introduction ("a UI/UX designer"), the post's title and anything inside
    /// links or banners do not count. By letter index in the file; true = names the job.
    static let windowNamesJob: [Int: Bool] = [
        // Tuning part (letters 0–19): the rule was adjusted on these.
        0: false, 1: false, 2: true, 3: false, 4: true, 5: false, 6: false, 7: false, 8: false,
        9: true,  // a past project's "mobile-friendly" site: the post asks for responsive design
        10: false, 11: true, 12: false, 13: true, 14: true, 15: false, 16: false, 17: false, 18: true, 19: false,
        // Held-out part (letters 20–31): measured, never tuned on.
        20: false, 21: true, 22: true, 23: true, 24: false,
        25: false,  // the post's UX principles come just after the window
        26: true, 27: false, 28: true, 29: true, 30: false, 31: false,
    ]
    static let tuningPart = 0..<20
    static let heldOutPart = 20..<32

    static func load() throws -> (job: String, letters: [String]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: realApplicantsPath))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        // The post as the client wrote it: title, description and the skills shown under it.
        let skills = (root["skills"] as? [String] ?? []).joined(separator: ", ")
        let job =
            (root["title"] as? String ?? "") + "\n\n" + (root["description"] as? String ?? "")
            + "\n\nSkills: " + skills
        let edges = try #require(root["edges"] as? [String: Any])
        let applicants = try #require(edges["upworkfreelancer"] as? [[String: Any]])
        return (job, applicants.compactMap { $0["cv"] as? String })
    }

    @Test func everyLetterIsCheckedAgainstThePost() throws {
        let (jobText, letters) = try Self.load()
        #expect(letters.count == 32)
        let job = JobPost(text: jobText)
        // The post's "Key Skills" bullets are its requirements.
        #expect(job.requirements.count >= 4)
        let runner = RuleRunner(
            rules: RuleRegistry.all.filter {
                [.proposal, .termsOfService].contains($0.description.category)
            }.map(ConfiguredRule.init))
        var lettersByRule: [String: Int] = [:]
        for (index, letter) in letters.enumerated() {
            let source = SourceFile(path: "cover\(index).txt", text: letter)
            let findings = runner.run(RuleInput(text: source, proposal: ProposalContext(job: job)))
            // Every finding points inside the letter.
            #expect(findings.allSatisfy { $0.offset <= source.bytes.count })
            for rule in Set(findings.map(\.ruleID)) { lettersByRule[rule, default: 0] += 1 }
        }
        // How many letters each proposal rule fires on, reviewed by reading every finding (the issue-14 note):
        // - opening-lines: the 19 letters labelled above as naming nothing of the job in their window;
        // - job-coverage: all 32 (the post's skills list WordPress and Photoshop, which most letters never name);
        // - boilerplate: 10 letters with two or more stock sentences; 10 more hold one (below the threshold of 2);
        // - proposal-length: 2 letters over 300 words and 1 of 19 words (links count as one word each);
        // - placeholder-left: one "[Number]"-style placeholder; unfinished-letter: the same letter ends on a
        //   sign-off with no name;
        // - screening-unanswered: none (the post asks no questions); call-to-action: 11 end with no question or step.
        let expected = [
            "opening-lines": 19, "job-coverage": 32, "boilerplate": 10, "proposal-length": 3, "placeholder-left": 1,
            "unfinished-letter": 1, "call-to-action": 11,
        ]
        for (rule, count) in expected { #expect(lettersByRule[rule, default: 0] == count, "\(rule)") }
        #expect(lettersByRule["screening-unanswered"] == nil)
    }

    /// The letters `opening-lines` fires on, among `part`.
    static func openingFindings(_ part: Range<Int>) throws -> (fired: Set<Int>, messages: [Int: String]) {
        let (jobText, letters) = try load()
        let job = JobPost(text: jobText)
        let runner = RuleRunner(rules: [ConfiguredRule(try #require(RuleRegistry.rule(withID: "opening-lines")))])
        var fired: Set<Int> = []
        var messages: [Int: String] = [:]
        for index in part {
            let source = SourceFile(path: "cover\(index).txt", text: letters[index])
            if let finding = runner.run(RuleInput(text: source, proposal: ProposalContext(job: job))).first {
                fired.insert(index)
                messages[index] = finding.message
            }
        }
        return (fired, messages)
    }

    @Test(arguments: [("tuning", tuningPart), ("held-out", heldOutPart)])
    func openingLinesFiresExactlyOnWindowsThatNameNothing(_ part: (String, Range<Int>)) throws {
        let (fired, messages) = try Self.openingFindings(part.1)
        let expected = Set(part.1.filter { Self.windowNamesJob[$0] == false })
        let missed = expected.subtracting(fired).sorted()
        let wrong = fired.subtracting(expected).sorted()
        #expect(missed.isEmpty && wrong.isEmpty, "\(part.0): missed \(missed), fired wrongly on \(wrong)")
        // Every message says which stock moves the window holds, or that it names nothing of the post.
        for (_, message) in messages {
            #expect(message.hasPrefix("the first 230 characters say nothing about this job: "))
        }
    }

    @Test func styledLettersInRealLettersFoldToWords() throws {
        let (_, letters) = try Self.load()
        let styled = try #require(
            letters.first { $0.unicodeScalars.contains { (0x1D400...0x1D7FF).contains($0.value) } })
        let words = FoldedText(styled).words.map(\.text)
        #expect(words.allSatisfy { $0.unicodeScalars.allSatisfy { !(0x1D400...0x1D7FF).contains($0.value) } })
        #expect(words.count > 20)
    }

    /// Issue 19: reviewed by hand, most wrong findings on these letters were `contact-link` errors on work-sample
    /// links. A work-sample host (by this test's own list, not the rule's) is never an error; booking pages,
    /// shorteners and social profiles still are.
    @Test func workSampleLinksAreNoErrorsButContactLinksAre() throws {
        let (_, letters) = try Self.load()
        let workSamples = [
            "behance.net", "dribbble.com", "figma.com", "xd.adobe.com", "github.com", "gitlab.com",
            "codepen.io", "pixieset.com", "drive.google.com",
        ]
        let contact = ["calendly.com", "bit.ly", "linkedin.com/in/", "facebook.com/", "instagram.com/", "t.me/"]
        func host(_ value: String, isIn hosts: [String]) -> Bool {
            hosts.contains { value.hasPrefix($0) || value.contains("." + $0) }
        }
        let rule = try #require(RuleRegistry.all.first { $0.description.id == "contact-link" })
        var workSampleLinks = 0
        var contactLinks = 0
        for (index, letter) in letters.enumerated() {
            let source = SourceFile(path: "cover\(index).txt", text: letter)
            let findings = RuleRunner(rules: [ConfiguredRule(rule)]).run(RuleInput(text: source))
            let severityAt = Dictionary(findings.map { ($0.offset, $0.severity) }, uniquingKeysWith: max)
            for link in ContactScanner.scan(letter, for: [.link]) {
                let value = link.value.lowercased()
                if host(value, isIn: workSamples) {
                    workSampleLinks += 1
                    #expect(severityAt[link.range.lowerBound] == .info, "cover\(index): \(link.text)")
                } else if host(value, isIn: contact) {
                    contactLinks += 1
                    #expect(severityAt[link.range.lowerBound] == .error, "cover\(index): \(link.text)")
                }
            }
        }
        // The letters hold dozens of Figma/Behance/Dribbble links and two Calendly and two bit.ly links.
        #expect(workSampleLinks >= 50)
        #expect(contactLinks >= 4)
    }

    /// Issue 19 (recall round 2): a reviewer read every intent finding on the 32 real overviews and called two
    /// wrong: token standards named under "knowledge of" read as a crypto payment, and "text me" with no channel
    /// (Upwork's own messages) read as an off-platform move. The overviews ask no one to pay, review or talk off
    /// Upwork, so the three intent rules stay silent on all of them.
    @Test func intentRulesAreSilentOnRealOverviews() throws {
        let overviews = try OverviewSimilarityEvaluation.realOverviews()
        #expect(overviews.count == 32)
        let ids: Set<String> = ["off-platform-payment", "off-platform-contact", "feedback-manipulation"]
        let runner = RuleRunner(
            rules: RuleRegistry.all.filter { ids.contains($0.description.id) }.map(ConfiguredRule.init))
        var fired: [String] = []
        for (index, overview) in overviews.enumerated() {
            let findings = runner.run(RuleInput(text: SourceFile(path: "overview\(index).txt", text: overview)))
            fired += findings.filter { $0.severity >= .warning }.map { "overview\(index) \($0.ruleID) \($0.location)" }
        }
        #expect(fired.isEmpty, "\(fired)")
        // The two mechanisms on wording of our own: crypto named as a skill, "text me" with no channel.
        let ownCases = [
            "Knowledge of ERC20 & ERC721 smart contracts, Solidity and Hardhat.",
            "Experience with USDT and BTC token standards (TRC20, BEP20).",
            "First text me and we will set up the contract.",
            "Message me before you hire so we can agree the scope.",
        ]
        for text in ownCases {
            let findings = runner.run(RuleInput(text: SourceFile(path: "own.txt", text: text)))
            #expect(findings.filter { $0.severity >= .warning }.isEmpty, "\(text)")
        }
    }
}
