import Foundation
import ProfileLintTestSupport
import ProfileRules
import Testing

/// How well `specialized-overview-near-copy` tells a lightly edited copy from an overview written anew, at its
/// default threshold (0.5 of the shorter overview's three-word runs found in the other; Docs/specialized-profiles.md).
///
/// Tuned on the hand-written pairs below; checked, untuned, on the 32 real overviews of one job's applicants in
/// `../shared/realdata` (different people, same trade: the hardest negatives we hold) and on edited copies of them.
@Suite struct OverviewSimilarityEvaluation {
    static let threshold = 0.5

    static func similarity(_ first: String, _ second: String) -> Double? {
        TextSimilarity.containment(TextSimilarity.shingles(first), TextSimilarity.shingles(second))
    }

    static let general = """
        I build fast web shops and web apps for small retailers. Over seven years I have shipped more than forty \
        storefronts and internal tools, and I still look after most of them. What I do: React and Next.js front \
        ends, Node.js back ends with PostgreSQL, and Shopify themes and apps. I measure before I change anything, \
        write tests for what I build, and leave documentation your team can keep using.
        """

    /// Specialized overviews a freelancer made from `general` with a few edits: each is a near-copy.
    static let copies = [
        general.replacingOccurrences(of: "web shops and web apps", with: "mobile apps"),
        "Mobile apps are my focus. " + general,
        general + " For mobile work I use React Native and Expo, and ship to both stores.",
        general.replacingOccurrences(
            of: "I measure before I change anything, write tests for what I build, and ",
            with: "I "),
    ]

    /// Overviews the same freelancer wrote anew for a specialty, reusing a phrase or two: none is a copy.
    static let rewrites = [
        """
        I fix Shopify stores that lose shoppers at checkout or load too slowly. In the last three years I have tuned \
        more than twenty themes and rebuilt two checkouts on Shopify Plus. I measure before I change anything and \
        report what I find.
        """,
        """
        I build React Native apps for shops that want their customers to reorder in two taps. Recent work: a \
        loyalty app for a bakery chain and a stock scanner for a warehouse team, both live in the App Store and \
        Google Play.
        """,
        """
        Small retailers hire me to move their shop to a headless front end. I plan the move in a written brief, \
        keep search rankings intact with redirects, and leave documentation your team can keep using.
        """,
    ]

    @Test func theHandWrittenPairsFallOnEitherSideOfTheThreshold() throws {
        for copy in Self.copies {
            let score = try #require(Self.similarity(copy, Self.general))
            #expect(score >= Self.threshold, "a copy scored \(score)")
        }
        for rewrite in Self.rewrites {
            let score = try #require(Self.similarity(rewrite, Self.general))
            #expect(score < Self.threshold, "a rewrite scored \(score)")
        }
    }

    static let realPath = TestPaths.realData + "/datasets/uprank_upwork_job_with_32_applicant_profiles_2024.json"

    static func realOverviews() throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: realPath))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let edges = try #require(root["edges"] as? [String: Any])
        let applicants = try #require(edges["upworkfreelancer"] as? [[String: Any]])
        return applicants.compactMap { $0["description"] as? String }
    }

    /// Sentences, split after `.`, `!` or `?` and at line breaks.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isNewline {
                if !current.allSatisfy(\.isWhitespace) { result.append(current) }
                current = ""
                continue
            }
            current.append(character)
            if ".!?".contains(character) {
                result.append(current)
                current = ""
            }
        }
        if !current.allSatisfy(\.isWhitespace) { result.append(current) }
        return result
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: realPath),
            "../shared/realdata is absent: the real overviews are not available on this machine"))
    func realOverviewsByDifferentPeopleAreNotCopiesAndEditedCopiesAre() throws {
        let overviews = try Self.realOverviews()
        #expect(overviews.count == 32)
        let runs = overviews.map(TextSimilarity.shingles)
        var highest = 0.0
        var pairs = 0
        for first in overviews.indices {
            for second in overviews.indices where second > first {
                guard let score = TextSimilarity.containment(runs[first], runs[second]) else { continue }
                pairs += 1
                highest = max(highest, score)
            }
        }
        #expect(pairs >= 400)
        #expect(highest < Self.threshold, "two different people's overviews scored \(highest)")

        // Edits a freelancer makes when copying the general overview into a specialized one.
        let edits: [(String, (String) -> String)] = [
            (
                "new first sentence",
                {
                    "I specialise in checkout fixes for fashion shops. "
                        + Self.sentences($0).dropFirst().joined(separator: " ")
                }
            ),
            ("paragraph appended", { $0 + "\n\nFor mobile apps I build in Swift and Kotlin and ship to both stores." }),
            (
                "first half kept",
                {
                    let parts = Self.sentences($0)
                    return parts.prefix(max(1, parts.count / 2)).joined(separator: " ")
                }
            ),
            (
                "every third sentence dropped",
                {
                    Self.sentences($0).enumerated().filter { $0.offset % 3 != 2 }.map(\.element).joined(separator: " ")
                }
            ),
        ]
        // A harder edit: every seventh word replaced (about 14% of the words); 32 of 32 were caught when measured.
        var reworded = 0
        var rewordedCompared = 0
        for (overview, original) in zip(overviews, runs) {
            let words = overview.split(separator: " ").enumerated().map {
                $0.offset % 7 == 6 ? "mobile" : String($0.element)
            }
            guard
                let score = TextSimilarity.containment(TextSimilarity.shingles(words.joined(separator: " ")), original)
            else { continue }
            rewordedCompared += 1
            if score >= Self.threshold { reworded += 1 }
        }
        #expect(reworded * 10 >= rewordedCompared * 9, "reworded copies: \(reworded) of \(rewordedCompared) caught")
        for (name, edit) in edits {
            var caught = 0
            var compared = 0
            var lowest = 1.0
            for (overview, original) in zip(overviews, runs) {
                guard let score = TextSimilarity.containment(TextSimilarity.shingles(edit(overview)), original)
                else { continue }
                compared += 1
                lowest = min(lowest, score)
                if score >= Self.threshold { caught += 1 }
            }
            #expect(compared >= 28)
            #expect(caught == compared, "\(name): \(caught) of \(compared) caught, lowest \(lowest)")
        }
    }
}
