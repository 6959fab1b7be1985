import PositionedJSON
import ProfileModel
import Yams

/// A configuration value with its place in the configuration file, read from YAML or JSON alike, so every
/// configuration message can name `file:line:column`.
package struct ConfigNode: Sendable {
    /// The value.
    package enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case list([ConfigNode])
        /// Keys in file order, each with its own location.
        case map([(key: String, keyLocation: SourceLocation, value: ConfigNode)])
    }

    package var value: Value
    package var location: SourceLocation

    /// Members of a map; empty otherwise.
    package var entries: [(key: String, keyLocation: SourceLocation, value: ConfigNode)] {
        if case .map(let entries) = value { return entries }
        return []
    }

    /// The member `key` of a map.
    package subscript(key: String) -> ConfigNode? { entries.last { $0.key == key }?.value }

    /// What kind of value this is, for messages.
    package var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .list: "a list"
        case .map: "a mapping"
        }
    }

    /// The value as plain Foundation-free JSON-compatible data (`[String: Any]`-like), for decoding rule options.
    var plain: PlainValue {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .list(let items): .list(items.map(\.plain))
        case .map(let entries): .map(entries.map { ($0.key, $0.value.plain) })
        }
    }
}

/// JSON-shaped data without positions.
indirect enum PlainValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([PlainValue])
    case map([(String, PlainValue)])
}

enum ConfigParser {
    /// Parses a configuration file: JSON when it ends in `.json`, YAML otherwise.
    static func parse(_ source: SourceFile) throws(ConfigurationError) -> ConfigNode {
        if source.path.hasSuffix(".json") {
            do {
                return convert(try JSONReader(source: source).parseDocument(), source: source)
            } catch {
                // The reader's message may quote a key of the file: cut, as every echo of configuration text is.
                let message = error.message.count > 120 ? String(error.message.prefix(120)) + "…" : error.message
                throw .malformed(
                    location: error.location ?? SourceLocation(file: source.path, line: 1, column: 1),
                    message: message)
            }
        }
        // Refused before YAML sees it: a NUL-separated file such as /proc/self/environ is no configuration, and
        // no part of it is echoed.
        if source.bytes.contains(0) {
            throw .malformed(
                location: SourceLocation(file: source.path, line: 1, column: 1),
                message: "the configuration file is binary (it holds NUL bytes)")
        }
        guard let text = String(validating: source.bytes, as: UTF8.self) else {
            throw .malformed(
                location: SourceLocation(file: source.path, line: 1, column: 1),
                message: "the configuration file is not UTF-8 text")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlError(error, source: source)
        } catch {
            // Never `"\(error)"`: a library's description may quote the input.
            throw .malformed(location: SourceLocation(file: source.path, line: 1, column: 1), message: "invalid YAML")
        }
        guard let node else {
            return ConfigNode(value: .map([]), location: SourceLocation(file: source.path, line: 1, column: 1))
        }
        var budget = maxValues
        let locator = MarkLocator(source: source)
        return try convert(node, source: source, locator: locator, budget: &budget)
    }

    /// Most values a configuration may hold once YAML aliases are expanded. Yams resolves each alias to its
    /// anchor's node, so nine levels of ten aliases (a YAML billion laughs) would otherwise be walked 10^9 times.
    static let maxValues = 100_000

    static func yamlError(_ error: YamlError, source: SourceFile) -> ConfigurationError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            // libyaml's own phrases ("could not find expected ':'"), cut and escaped all the same.
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return .malformed(
                location: MarkLocator(source: source).location(mark),
                message: "invalid YAML: \(TerminalText.escape(String(what.prefix(120))))")
        default:
            // Reader errors and the rest: the description may quote the input, so only the kind is said.
            return .malformed(
                location: SourceLocation(file: source.path, line: 1, column: 1),
                message: "invalid YAML (the file cannot be read as YAML text)")
        }
    }

    /// Yams counts columns in Unicode scalars; findings count UTF-8 bytes. Each line's scalar-to-byte table is
    /// built once, so locating every node of a 150 KB one-line file is linear, not one line scan per node.
    final class MarkLocator {
        let source: SourceFile
        /// For each line met: `nil` when it is ASCII (column = scalar index), else the UTF-8 offset of each scalar.
        private var lines: [Int: [Int]?] = [:]

        init(source: SourceFile) { self.source = source }

        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return SourceLocation(file: source.path, line: 1, column: 1) }
            let line = min(max(mark.line, 1), source.lineStarts.count)
            let scalarIndex = max(0, mark.column - 1)
            let table: [Int]?
            if let cached = lines[line] {
                table = cached
            } else {
                let text = source.lineText(containingOffset: source.lineStarts[line - 1])
                if text.utf8.allSatisfy({ $0 < 0x80 }) {
                    table = nil
                } else {
                    var offsets: [Int] = []
                    var offset = 0
                    for scalar in text.unicodeScalars {
                        offsets.append(offset)
                        offset += UTF8.width(scalar)
                    }
                    offsets.append(offset)
                    table = offsets
                }
                lines[line] = table
            }
            let column: Int
            if let table { column = table[min(scalarIndex, table.count - 1)] + 1 } else { column = scalarIndex + 1 }
            return SourceLocation(file: source.path, line: line, column: column)
        }
    }

    static func convert(
        _ node: Node, source: SourceFile, locator: MarkLocator, budget: inout Int
    )
        throws(ConfigurationError) -> ConfigNode
    {
        let here = locator.location(node.mark)
        budget -= 1
        guard budget >= 0 else {
            throw .malformed(
                location: here,
                message: "the configuration holds more than \(Wording.count(maxValues, "value")) "
                    + "once YAML aliases are expanded")
        }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if node.null != nil { return ConfigNode(value: .null, location: here) }
                if let flag = node.bool { return ConfigNode(value: .bool(flag), location: here) }
                if let number = node.int { return ConfigNode(value: .number(Double(number)), location: here) }
                if let number = node.float { return ConfigNode(value: .number(number), location: here) }
            }
            return ConfigNode(value: .string(scalar.string), location: here)
        case .sequence(let sequence):
            var items: [ConfigNode] = []
            for item in sequence { items.append(try convert(item, source: source, locator: locator, budget: &budget)) }
            return ConfigNode(value: .list(items), location: here)
        case .mapping(let mapping):
            var entries: [(key: String, keyLocation: SourceLocation, value: ConfigNode)] = []
            for (key, value) in mapping {
                entries.append(
                    (
                        key.string ?? "", locator.location(key.mark),
                        try convert(value, source: source, locator: locator, budget: &budget)
                    ))
            }
            return ConfigNode(value: .map(entries), location: here)
        case .alias:
            return ConfigNode(value: .null, location: here)
        }
    }

    static func convert(_ node: JSONNode, source: SourceFile) -> ConfigNode {
        let here = source.location(ofOffset: node.range.lowerBound)
        switch node.value {
        case .null: return ConfigNode(value: .null, location: here)
        case .bool(let flag): return ConfigNode(value: .bool(flag), location: here)
        case .number(let number, _): return ConfigNode(value: .number(number), location: here)
        case .string(let text, _): return ConfigNode(value: .string(text), location: here)
        case .array(let items):
            return ConfigNode(value: .list(items.map { convert($0, source: source) }), location: here)
        case .object(let members):
            return ConfigNode(
                value: .map(
                    members.map {
                        ($0.key, source.location(ofOffset: $0.keyRange.lowerBound), convert($0.value, source: source))
                    }), location: here)
        }
    }
}
