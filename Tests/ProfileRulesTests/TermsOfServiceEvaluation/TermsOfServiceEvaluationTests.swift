import Testing

/// Precision and recall of every Terms-of-Service rule on a labelled set: our own cases, public detector test
/// sets read from `../shared/realdata` and the SpamLord gold file. Prints the per-rule table (for BENCHMARKS.md)
/// and every miss; fails when any rule drops below 0.95.
///
/// `swift test --filter TermsOfServiceEvaluationTests` prints the tables.
@Suite struct TermsOfServiceEvaluationTests {
    static let threshold = 0.95

    @Test func ownCasesKeepPrecisionAndRecall() throws {
        #expect(OwnCases.all.count >= 250)
        var report = EvaluationReport()
        try report.score(OwnCases.all)
        print(report.table(title: "Terms-of-Service rules, own cases"))
        for miss in report.misses { print("  " + miss) }
        #expect(
            report.rules(below: Self.threshold).isEmpty,
            "below \(Self.threshold): \(report.rules(below: Self.threshold))")
    }

    /// The development set (`DevSet/*.tsv`): per-rule table and every miss; fails under the threshold.
    @Test func developmentSetKeepsPrecisionAndRecall() throws {
        let cases = try DevSetCases.cases(in: DevSetCases.directory)
        #expect(cases.count >= 800)
        var report = EvaluationReport()
        try report.score(cases)
        print(report.table(title: "Terms-of-Service rules, development set (DevSet/*.tsv)"))
        for miss in report.misses { print("  " + miss) }
        #expect(
            report.rules(below: Self.threshold).isEmpty,
            "below \(Self.threshold): \(report.rules(below: Self.threshold))")
    }

    /// The later development rounds (`DevSet/RoundN/*.tsv`, held-out parts already measured blind once, now
    /// development material): per-round table and every miss. Reported, not enforced: the gate is on `DevSet/*.tsv`.
    @Test(.enabled(if: DevSetCases.roundsAvailable, "DevSet has no RoundN folder with cases"))
    func developmentRoundTables() throws {
        for folder in DevSetCases.roundDirectories {
            var report = EvaluationReport()
            try report.score(DevSetCases.cases(in: folder))
            let name = folder.lastPathComponent
            print(report.table(title: "Terms-of-Service rules, development \(name) (DevSet/\(name)/*.tsv; not gated)"))
            for miss in report.misses { print("  " + miss) }
        }
    }

    /// The held-out part (`DevSet/HeldOut/*.tsv`): only the per-rule table, never a text or a miss, so that tuning
    /// cannot look at it. Reported, not enforced.
    @Test(.enabled(if: DevSetCases.heldOutAvailable, "DevSet/HeldOut has no cases yet"))
    func heldOutSetTable() throws {
        var report = EvaluationReport()
        try report.score(DevSetCases.cases(in: DevSetCases.heldOutDirectory))
        print(report.table(title: "Terms-of-Service rules, held-out part (DevSet/HeldOut/*.tsv; no texts shown)"))
    }

    @Test(
        .enabled(
            if: RealDataCases.available,
            "../shared/realdata/pii-tests is absent: public test sets and SpamLord not scored"))
    func fullSetKeepsPrecisionAndRecall() throws {
        var report = EvaluationReport()
        try report.score(OwnCases.all)
        try report.score(RealDataCases.all())
        let spamLord = try SpamLordEvaluation.score()
        report.add(spamLord.email, to: "contact-email", misses: [])
        report.add(spamLord.phone, to: "contact-phone", misses: spamLord.misses)
        var spamLordOnly = EvaluationReport()
        spamLordOnly.add(spamLord.email, to: "contact-email", misses: [])
        spamLordOnly.add(spamLord.phone, to: "contact-phone", misses: [])
        print(report.table(title: "Terms-of-Service rules, own + public sets + SpamLord (values)"))
        print(spamLordOnly.table(title: "SpamLord alone (46 pages, per value; e-mail and phone only)"))
        for miss in report.misses { print("  " + miss) }
        #expect(
            report.rules(below: Self.threshold).isEmpty,
            "below \(Self.threshold): \(report.rules(below: Self.threshold))")
    }
}
