/// Flags keys the profile format does not define: most are typos that silently drop a field.
struct UnknownFieldRule: ProfileRule {
    static let description = RuleDescription(
        id: "unknown-field",
        name: "Unknown field",
        category: .input,
        defaultSeverity: .warning,
        rationale: """
            A misspelt key (`overveiw`) is not read, so the profile loses that field's points without any other \
            sign. Every key outside the documented format is reported with the closest valid name.
            """,
        howToFix: "Rename the key to the suggested one, or remove it.",
        passing: [
            Example(#"{"profile": {"title": "Editor"}, "account": {}}"#)
        ],
        failing: [
            Example(#"{↓"overveiw": "Hello", "skills": ["Go"], ↓"hobby": "chess"}"#),
            Example(#"{"employment": [{"company": "Acme", ↓"titel": "CTO"}]}"#),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        for unknown in input.profile?.unknownFields ?? [] {
            let hint = unknown.suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
            findings.report("unknown field \"\(unknown.key.value)\"\(hint)", at: unknown.key)
        }
    }
}
