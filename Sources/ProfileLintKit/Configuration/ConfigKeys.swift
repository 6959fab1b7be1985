import Foundation
import ProfileModel

/// Configuration files use snake_case keys; Swift types encode camelCase. Foundation's key strategies don't
/// round-trip acronyms (`topRatedJSS` → `top_rated_jss` → `topRatedJss`), so keys are translated here against
/// the type's own default encoding, which also gives the list of valid keys for "did you mean" warnings.
enum ConfigKeys {
    /// `topRatedJSS` → `top_rated_jss`, `maxCharacters` → `max_characters`, `earnings12m` → `earnings12m`.
    static func snakeCase(_ name: String) -> String {
        let characters = Array(name)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    out += "_"
                }
            }
            out += character.lowercased()
        }
        return out
    }

    /// A value's own encoding as plain data with camelCase keys, sorted (a dictionary's order varies from run to
    /// run, and generated files must not).
    static func plain(_ value: some Encodable) -> PlainValue? {
        (try? JSONValueEncoder.encode(value)).map(PlainValue.init)
    }

    /// The snake_case keys of a value's top level.
    static func keys(of value: some Encodable) -> [String] {
        guard case .map(let entries) = plain(value) else { return [] }
        return entries.map { snakeCase($0.0) }
    }

    /// Overlays snake_case `overrides` onto `defaults` (a type's camelCase encoding) and decodes the result, so
    /// absent keys keep their defaults. Unknown keys are reported through `unknown`.
    static func decode<Value: Codable>(
        _: Value.Type, defaults: Value,
        overrides: [(key: String, keyLocation: SourceLocation, value: ConfigNode)],
        unknown: (String, SourceLocation, [String]) -> Void
    ) throws -> Value {
        guard case .map(var merged) = plain(defaults) else { return defaults }
        let known = merged.map { snakeCase($0.0) }
        for entry in overrides {
            guard let index = known.firstIndex(of: entry.key) else {
                unknown(entry.key, entry.keyLocation, known)
                continue
            }
            merged[index].1 = rename(entry.value.plain, like: merged[index].1)
        }
        let text = JSON(PlainValue.map(merged)).documentText()
        return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
    }

    /// Renames a configured value's snake_case keys to the camelCase of `template`, recursively (lists use their
    /// first item as the template).
    static func rename(_ value: PlainValue, like template: PlainValue) -> PlainValue {
        switch (value, template) {
        case (.map(let entries), .map(let templateEntries)):
            let names = Dictionary(
                templateEntries.map { (snakeCase($0.0), $0) }, uniquingKeysWith: { first, _ in first })
            return .map(
                entries.map { key, item in
                    guard let (camel, inner) = names[key] else { return (key, item) }
                    return (camel, rename(item, like: inner))
                })
        case (.list(let items), .list(let templateItems)):
            guard let first = templateItems.first else { return value }
            return .list(items.map { rename($0, like: first) })
        default:
            return value
        }
    }
}
