import ProfileModel
import Testing

@testable import ProfileRules

/// Every pairing in the thesaurus meets: each member of a group matches every other, in a job post and a letter
/// alike, and each UK spelling matches its US one. Singular and plural meet through the stemmer.
@Suite struct ThesaurusTests {
    struct Pairing: Sendable, CustomTestStringConvertible {
        var first: String
        var second: String
        var testDescription: String { "\(first) ~ \(second)" }
    }

    static let memberPairings: [Pairing] = Thesaurus.groups.flatMap { group in
        group.members.indices.flatMap { i in
            group.members[(i + 1)...].map { Pairing(first: group.members[i], second: $0) }
        }
    }

    static let spellingPairings: [Pairing] = Thesaurus.spellings.map { pair in
        // A stem ("optimis") is written as a word ("optimise" ~ "optimize").
        pair.uk.hasSuffix("is")
            ? Pairing(first: pair.uk + "e", second: pair.us + "e")
            : Pairing(first: pair.uk, second: pair.us)
    }

    static let pluralPairings: [Pairing] = [
        Pairing(first: "layout", second: "layouts"), Pairing(first: "company", second: "companies"),
        Pairing(first: "online store", second: "online stores"),
        Pairing(first: "landing page", second: "landing pages"),
        Pairing(first: "website", second: "websites"), Pairing(first: "illustration", second: "illustrations"),
        Pairing(first: "colour scheme", second: "color schemes"), Pairing(first: "wireframe", second: "wireframes"),
        Pairing(first: "optimisation", second: "optimization"), Pairing(first: "customised", second: "customized"),
    ]

    @Test(arguments: memberPairings + spellingPairings + pluralPairings)
    func pairingMeets(_ pairing: Pairing) {
        let first = JobPost.terms(in: pairing.first)
        let second = JobPost.terms(in: pairing.second)
        #expect(!first.isEmpty && first == second, "\(first) vs \(second)")
        // And inside a sentence, as a post and a letter use them.
        let inLetter = JobPost.terms(in: "I did \(pairing.second).").subtracting(JobPost.terms(in: "I did."))
        #expect(JobPost.terms(in: "We need \(pairing.first) soon.").isSuperset(of: inLetter))
    }

    @Test func everyGroupHasASourceAndNoMemberIsInTwoGroups() {
        var seen: [String: String] = [:]
        for group in Thesaurus.groups {
            #expect(!group.source.isEmpty && group.members.count >= 2, "\(group.key)")
            for member in group.members {
                #expect(seen[member] == nil, "\(member) is in \(seen[member] ?? "") and \(group.key)")
                seen[member] = group.key
            }
        }
    }

    @Test func wordsThatOnlyLookAlikeStayApart() {
        // -ise words that are not UK spellings of -ize ones.
        for word in ["promise", "expertise", "advertise", "enterprise", "surprise"] {
            #expect(Thesaurus.usSpelling(word) == word)
        }
        #expect(JobPost.terms(in: "mobile app").isDisjoint(with: JobPost.terms(in: "responsive")))
        #expect(JobPost.terms(in: "store").isDisjoint(with: JobPost.terms(in: "online store")))
    }

    @Test func jobCoverageUsesTheThesaurus() throws {
        let rule = try #require(RuleRegistry.rule(withID: "job-coverage"))
        let job = "Skills: e-commerce, responsive design, SEO\n- Pick the brand colours"
        let letter =
            "I build online shops that are mobile-friendly, do search engine optimization, and pick brand "
            + "colors."
        let findings = RuleRunner(rules: [ConfiguredRule(rule)]).run(
            RuleInput(
                text: SourceFile(path: "cover.txt", text: letter), proposal: ProposalContext(job: JobPost(text: job))))
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}
