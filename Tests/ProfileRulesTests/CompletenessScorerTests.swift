import ProfileModel
import ProfileParsing
import ProfileRules
import Testing

/// The completeness tables of upwork-rules.md §1.1, item by item, for both models.
@Suite struct CompletenessScorerTests {
    func score(_ json: String, model: CompletenessModel = .upwork) throws -> CompletenessReport {
        let document = try ProfileReader.read(SourceFile(path: "p.json", text: json))
        return CompletenessScorer.score(document.profile, model: model)
    }

    func points(_ report: CompletenessReport, _ id: String) -> Double? {
        report.items.first { $0.id == id }?.points
    }

    static let required = #""photo": "p.jpg", "overview": "o", "employment": [{"company": "A"}], "skills": ["S"]"#

    static func items(_ count: Int, _ body: String) -> String {
        "[" + Array(repeating: body, count: count).joined(separator: ", ") + "]"
    }

    @Test func anEmptyProfileScoresZeroAndNeedsEverything() throws {
        let report = try score("{}")
        #expect(report.score == 0)
        #expect(report.items.allSatisfy { $0.points == 0 })
        #expect(report.next.prefix(4).map(\.id) == ["photo", "overview", "skills", "employment"])
    }

    @Test(arguments: ["photo", "overview", "employment", "skills"])
    func eachRequiredItemIsWorth12Point5(_ id: String) throws {
        let json: String =
            switch id {
            case "photo": #"{"photo": "p.jpg"}"#
            case "overview": #"{"overview": "o"}"#
            case "employment": #"{"employment": [{"company": "A"}]}"#
            default: #"{"skills": ["S"]}"#
            }
        let report = try score(json)
        #expect(points(report, id) == 12.5)
        #expect(report.score == 12.5)
    }

    @Test func theRequiredBlockAloneIs50() throws {
        #expect(try score("{\(Self.required)}").score == 50)
    }

    /// (key and value to add, item id, expected points): each optional row of the table, below, at and over its cap.
    @Test(arguments: [
        (#""portfolio": \#(items(1, #"{"title": "t"}"#))"#, "portfolio", 5.0),
        (#""portfolio": \#(items(4, #"{"title": "t"}"#))"#, "portfolio", 20.0),
        (#""portfolio": \#(items(6, #"{"title": "t"}"#))"#, "portfolio", 20.0),
        (#""education": \#(items(1, #"{"school": "s"}"#))"#, "education", 10.0),
        (#""education": \#(items(3, #"{"school": "s"}"#))"#, "education", 20.0),
        (#""video": "v.mp4""#, "video", 10.0),
        (#""linkedAccounts": \#(items(3, #"{"service": "GitHub"}"#))"#, "linked-account", 10.0),
        (#""certifications": \#(items(1, #"{"name": "c"}"#))"#, "certifications", 5.0),
        (#""certifications": \#(items(3, #"{"name": "c"}"#))"#, "certifications", 10.0),
        (#""otherExperience": \#(items(2, #"{"subject": "s"}"#))"#, "other-experience", 5.0),
        (#""skillTestCredits": 2"#, "skill-tests", 20.0),
        (#""skillTestCredits": 5"#, "skill-tests", 30.0),
    ])
    func optionalItemsEarnTheirPointsUpToTheirCap(member: String, id: String, expected: Double) throws {
        let report = try score("{\(Self.required), \(member)}")
        #expect(points(report, id) == expected)
        #expect(report.score == 50 + expected)
    }

    @Test func employmentBeyondTheFirstIs10EachUpTo20() throws {
        for (count, expected) in [(1, 0.0), (2, 10), (3, 20), (5, 20)] {
            let report = try score(#"{"employment": \#(Self.items(count, #"{"company": "c"}"#))}"#)
            #expect(points(report, "employment") == 12.5)
            #expect(points(report, "additional-employment") == expected, "\(count) employment items")
        }
    }

    @Test func aSecondSkillIsAFlat10() throws {
        for (skills, expected) in [(#"["A"]"#, 0.0), (#"["A", "B"]"#, 10), (#"["A", "B", "C", "D"]"#, 10)] {
            #expect(points(try score(#"{"skills": \#(skills)}"#), "additional-skills") == expected)
        }
    }

    @Test func optionalPointsAreCappedAt50() throws {
        let json = """
            {\(Self.required), "portfolio": \(Self.items(4, #"{"title": "t"}"#)), "video": "v",
             "education": \(Self.items(2, #"{"school": "s"}"#)), "skillTestCredits": 3}
            """
        let report = try score(json)
        #expect(report.optionalPoints == 80)
        #expect(report.score == 100)
        #expect(report.next.isEmpty && report.planTo100.isEmpty)
    }

    @Test func withoutTheRequiredBlock100IsImpossible() throws {
        // Everything optional, but no photo: the cap keeps the score at 87.5.
        let json = """
            {"overview": "o", "employment": \(Self.items(3, #"{"company": "c"}"#)), "skills": ["A", "B"],
             "portfolio": \(Self.items(4, #"{"title": "t"}"#)), "video": "v", "skillTestCredits": 3}
            """
        let report = try score(json)
        #expect(report.score == 87.5)
        #expect(report.planTo100.map(\.id) == ["photo"])
        #expect(report.planTo100.first?.advice == "add a profile photo (+12.5)")
    }

    @Test func theLegacyModelAddsTheTitleAt12AndCapsOptionalsAt40() throws {
        let base = #""photo": "p", "title": "t", "overview": "o", "employment": [{"company": "A"}], "skills": ["S"]"#
        let report = try score("{\(base)}", model: .legacy60)
        #expect(report.score == 60)
        #expect(report.items.filter(\.required).map(\.id) == ["photo", "title", "overview", "employment", "skills"])
        #expect(report.items.filter(\.required).allSatisfy { $0.max == 12 })
        let full = try score(
            #"{\#(base), "portfolio": \#(Self.items(4, #"{"title": "t"}"#)), "video": "v", "education": "#
                + #"[{"school": "s"}, {"school": "s"}]}"#,
            model: .legacy60)
        #expect(full.optionalPoints == 50)
        #expect(full.score == 100)
        let noTitle = try score("{\(Self.required)}", model: .legacy60)
        #expect(noTitle.score == 48)
        #expect(noTitle.next.first?.id == "title")
    }

    @Test func thePlanTo100UsesTheFewestAdditions() throws {
        // 50 required + 35 optional: 15 to go is one 10-point item and one 5-point item.
        let json = """
            {\(Self.required), "skills": ["A", "B"], "education": [{"school": "s"}], "portfolio": [{"title": "t"}],
             "otherExperience": [{"subject": "s"}], "certifications": [{"name": "c"}]}
            """
        let report = try score(json)
        #expect(report.score == 85)
        #expect(report.planTo100.count == 2)
        #expect(report.planTo100.map(\.gain).reduce(0, +) == 15)
        #expect(report.planTo100.map(\.advice) == ["add a linked account (+10)", "add a portfolio item (+5)"])
    }

    @Test func thePlanOvershootsWithOneItemWhenOnlyBigItemsAreLeft() throws {
        // 45 optional: the 5 missing can only come from a 10-point item (5-point items are maxed).
        let json = """
            {\(Self.required), "skills": ["A", "B"], "portfolio": \(Self.items(4, #"{"title": "t"}"#)),
             "certifications": \(Self.items(2, #"{"name": "c"}"#)), "otherExperience": [{"subject": "s"}]}
            """
        let report = try score(json)
        #expect(report.optionalPoints == 45)
        #expect(report.planTo100.map(\.advice) == ["add a linked account (+5)"], "the cheapest 10-point item")
    }

    @Test func nextStepsAreOrderedByGainAndShowTheCappedGain() throws {
        let report = try score(
            "{\(Self.required), \"skills\": [\"A\", \"B\"], \"video\": \"v\", \"education\": "
                + "[{\"school\": \"s\"}, {\"school\": \"s\"}], \"linkedAccounts\": [{\"service\": \"x\"}]}")
        #expect(report.optionalPoints == 50)
        #expect(report.next.isEmpty)
        let partial = try score(
            "{\(Self.required), \"video\": \"v\", \"education\": \(Self.items(2, #"{"school": "s"}"#)), "
                + "\"linkedAccounts\": [{\"service\": \"x\"}]}")
        #expect(partial.optionalPoints == 40)
        let perAddition = partial.next.map { $0.gain / Double($0.quantity) }
        #expect(perAddition == perAddition.sorted(by: >))
        let portfolio = try #require(partial.next.first { $0.id == "portfolio" })
        #expect(portfolio.gain == 10 && portfolio.quantity == 2)
        #expect(portfolio.advice == "add two portfolio items (+10)")
    }
}
