import PositionedJSON
import ProfileModel

/// Lenient accessors for Upwork's JSON: a foreign field of an unexpected kind is skipped, never an error.
///
/// Upwork's shapes changed often and the field lists we have come from third-party typings
/// (`/work/shared/realdata/SOURCES.md`), so a value of the wrong kind means "we don't know this variant", not
/// "the user made a mistake". Every value keeps its real span; the pointer is the one the value would have in
/// profilelint's own layout, so rules and suppressions name fields the same way for every format.
struct UpworkFieldReader {
    /// A number of the right kind but outside its range: not "an unknown variant" but a broken file, so the
    /// mapping fails with its place (issue 12, family 1) instead of a NaN or 1e300 reaching the reports.
    struct NumberProblem: Sendable {
        var offset: Int
        var pointer: String
        var range: NumberRange
    }

    /// Collects the first `NumberProblem` met while mapping (the mappers are not throwing: foreign fields of an
    /// unexpected kind are skipped, never an error).
    final class Problems: @unchecked Sendable {
        var first: NumberProblem?
    }

    let problems = Problems()

    /// A string value (numbers and booleans in their source spelling, as REST sends every scalar as text).
    func text(_ node: JSONNode?, _ pointer: String) -> Field<String>? {
        guard let node, !node.isAbsent else { return nil }
        switch node.value {
        case .string(let text, _):
            let trimmed = text.trimmingWhitespace()
            guard !trimmed.isEmpty else { return nil }
            return Field(text, pointer: pointer, span: node.span)
        case .number(_, let raw): return Field(raw, pointer: pointer, span: node.span)
        default: return nil
        }
    }

    /// The first of `keys` that holds text.
    func text(in object: JSONNode?, _ keys: [String], _ pointer: String) -> Field<String>? {
        guard let object else { return nil }
        for key in keys {
            if let field = text(object[key], pointer) { return field }
        }
        return nil
    }

    /// Text found by following `path` (object keys) from `node`.
    func text(at path: [String], in node: JSONNode?, _ pointer: String) -> Field<String>? {
        text(self.node(at: path, in: node), pointer)
    }

    func node(at path: [String], in node: JSONNode?) -> JSONNode? {
        var current = node
        for key in path { current = current?[key] }
        return current
    }

    /// An ISO date-time cut to its `YYYY-MM-DD` date, keeping the span of the date's characters.
    func date(_ node: JSONNode?, _ pointer: String) -> Field<String>? {
        guard var field = text(node, pointer) else { return nil }
        let utf8 = field.value.utf8
        if utf8.count > 10, let cut = utf8.index(utf8.startIndex, offsetBy: 10, limitedBy: utf8.endIndex),
            utf8[cut] == UInt8(ascii: "T") || utf8[cut] == UInt8(ascii: " ")
        {
            field.value = String(field.value[..<cut])
        }
        return field
    }

    /// A number given as a JSON number or as numeric text, through the checked conversion: a value outside
    /// `range` (NaN, `inf`, `1e300`) is recorded in `problems` and read as absent.
    func number(_ node: JSONNode?, in range: NumberRange, pointer: String) -> Double? {
        let value: Double?
        switch node?.value {
        case .number(let number, _): value = number
        case .string(let text, _): value = Double(text.trimmingWhitespace())
        default: value = nil
        }
        guard let node, let value else { return nil }
        guard let checked = range.check(value) else {
            if problems.first == nil {
                problems.first = NumberProblem(
                    offset: node.range.lowerBound, pointer: pointer,
                    range: range)
            }
            return nil
        }
        return checked
    }

    /// Throws the first number problem met, with its place in `source`.
    func checkNumbers(in source: SourceFile) throws(ProfileParseError) {
        guard let problem = problems.first else { return }
        throw .invalidValue(
            source.location(ofOffset: problem.offset), pointer: problem.pointer,
            expected: problem.range.description)
    }

    /// The items of a collection in any of Upwork's spellings: an array, a GraphQL connection
    /// (`{"edges": [{"node": …}]}`), an XML-to-JSON wrapper with one item as a bare object, or nothing.
    ///
    /// - Parameter wrapper: the REST element name (`skill` in `skills.skill`), when the collection has one.
    func items(_ node: JSONNode?, wrapper: String? = nil) -> [JSONNode] {
        guard let node, !node.isAbsent else { return [] }
        switch node.value {
        case .array(let elements):
            return elements.filter { !$0.isAbsent }.map { $0["node"].flatMap { unwrapNode($0) } ?? $0 }
        case .object:
            if let edges = node["edges"] { return items(edges) }
            if let wrapper {
                guard let inner = node[wrapper] else { return [] }
                return items(inner)
            }
            return [node]
        default:
            return []
        }
    }

    private func unwrapNode(_ node: JSONNode) -> JSONNode? {
        if case .object = node.value { return node }
        return nil
    }

    /// Maps each item to a record, numbering the records densely as profilelint's own layout would.
    func collect<Item>(
        _ nodes: [JSONNode], base: String,
        make: (JSONNode, _ pointer: String, _ origin: Field<Int>) -> Item?
    ) -> [Item] {
        var result: [Item] = []
        for node in nodes {
            let pointer = "\(base)/\(result.count)"
            if let item = make(
                node, pointer, Field(result.count, pointer: pointer, span: SourceSpan(range: node.range)))
            {
                result.append(item)
            }
        }
        return result
    }

    /// Skill labels from strings or skill objects (`prettyName`, `preferredLabel`, `name`, …).
    func skills(_ nodes: [JSONNode], base: String, labelKeys: [String]) -> [Field<String>] {
        var result: [Field<String>] = []
        for node in nodes {
            let pointer = "\(base)/\(result.count)"
            let field: Field<String>?
            if case .object = node.value {
                field =
                    text(in: node, labelKeys, pointer)
                    ?? text(in: node["ontologySkill"], labelKeys, pointer)
            } else {
                field = text(node, pointer)
            }
            if let field { result.append(field) }
        }
        return result
    }

    /// A language item: `language` and `proficiencyLevel` as text or as objects (phpVars, GraphQL).
    func language(_ node: JSONNode, pointer: String, origin: Field<Int>) -> Language? {
        var item = Language(origin: origin)
        let languageNode = node["language"]
        item.language =
            text(languageNode, pointer + "/language")
            ?? text(in: languageNode, ["englishName", "name"], pointer + "/language")
        let levelNode = node["proficiencyLevel"] ?? node["proficiency"] ?? node["level"]
        item.proficiency =
            text(levelNode, pointer + "/proficiency")
            ?? text(in: levelNode, ["proficiencyTitle", "name", "code"], pointer + "/proficiency")
        return item.language == nil && item.proficiency == nil ? nil : item
    }

    /// Hourly rate from an amount and a currency code, `nil` for zero (Upwork's "not set").
    func money(amount node: JSONNode?, currency: String?, span: SourceSpan) -> Field<Money>? {
        guard let amount = number(node, in: .money, pointer: "/hourlyRate/amount"), amount > 0 else { return nil }
        return Field(Money(amount: amount, currency: currency ?? "USD"), pointer: "/hourlyRate", span: span)
    }

    /// Two text fields joined with a space (`firstName lastName`), each part keeping its own source map.
    func joined(_ first: Field<String>?, _ second: Field<String>?, pointer: String) -> Field<String>? {
        guard let first else { return second.map { Field($0.value, pointer: pointer, span: $0.span) } }
        guard let second else { return Field(first.value, pointer: pointer, span: first.span) }
        let value = first.value + " " + second.value
        let firstMap = first.span.textMap ?? TextMap(verbatimAt: first.span.range.lowerBound, length: 0)
        let secondMap = second.span.textMap ?? TextMap(verbatimAt: second.span.range.lowerBound, length: 0)
        let shift = first.value.utf8.count + 1
        let anchors =
            firstMap.anchors
            + secondMap.anchors.map {
                TextMap.Anchor(valueOffset: $0.valueOffset + shift, sourceOffset: $0.sourceOffset)
            }
        let range =
            min(
                first.span.range.lowerBound, second.span.range.lowerBound)..<max(
                first.span.range.upperBound, second.span.range.upperBound)
        return Field(
            value, pointer: pointer,
            span: SourceSpan(
                range: range,
                textMap: TextMap(anchors: anchors, sourceEnd: secondMap.sourceEnd)))
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode white space, as `Character.isWhitespace`).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
