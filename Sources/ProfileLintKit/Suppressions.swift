import ProfileModel

/// Applies configured suppressions and remembers which were used, so unused ones can be reported.
package struct SuppressionLedger: Sendable {
    private struct Key: Hashable {
        var configuration: String
        var index: Int
    }

    private var used: Set<Key> = []
    /// Suppressions whose file glob matched a file of this run: only those can be called unused.
    private var inScope: Set<Key> = []

    package init() {}

    /// Splits `findings` into those kept and those suppressed by `configuration`.
    package mutating func apply(
        _ configuration: Configuration, to findings: [Finding], path: String
    )
        -> (kept: [Finding], suppressed: [Finding])
    {
        guard !configuration.suppressions.isEmpty else { return (findings, []) }
        let relative = PathGlob.relative(path, to: configuration.baseDirectory)
        for (index, suppression) in configuration.suppressions.enumerated()
        where PathGlob.matches(suppression.file, relative) {
            inScope.insert(Key(configuration: configuration.path ?? "", index: index))
        }
        var kept: [Finding] = []
        var suppressed: [Finding] = []
        for finding in findings {
            let index = configuration.suppressions.firstIndex { suppression in
                suppression.rule == finding.ruleID && PathGlob.matches(suppression.file, relative)
                    && Self.field(suppression.field, covers: finding.fieldPath)
            }
            if let index {
                used.insert(Key(configuration: configuration.path ?? "", index: index))
                suppressed.append(finding)
            } else {
                kept.append(finding)
            }
        }
        return (kept, suppressed)
    }

    /// A suppression's pointer covers the field itself and everything below it; none covers the whole file.
    static func field(_ pointer: String?, covers fieldPath: String?) -> Bool {
        guard let pointer, !pointer.isEmpty else { return true }
        guard let fieldPath else { return false }
        return fieldPath == pointer || fieldPath.hasPrefix(pointer + "/")
    }

    /// Findings for each suppression of `configuration` that silenced nothing in this run although a file it
    /// names was checked.
    package func unused(in configuration: Configuration) -> [Finding] {
        guard let path = configuration.path else { return [] }
        return configuration.suppressions.enumerated().compactMap { index, suppression in
            let key = Key(configuration: path, index: index)
            guard inScope.contains(key), !used.contains(key) else { return nil }
            return Finding(
                ruleID: "unused-suppression", category: .input, severity: .warning,
                message: "this suppression of \(suppression.rule) matched nothing; remove it",
                location: suppression.location, end: suppression.location, offset: 0, fieldPath: nil, excerpt: nil)
        }
    }
}
