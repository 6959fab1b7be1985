/// Turns a Codable value into a `JSON` tree as `JSONEncoder` with `.sortedKeys` would write it: members sorted by
/// key, `nil` left out where the synthesized `encode(to:)` leaves it out (`encodeIfPresent`) and `null` where a
/// custom one writes it (`EligibilityEngine`'s `BadgeResult`, `Criterion`, `JSSSummary`).
///
/// So a type's Codable conformance is the one description of its JSON shape: the library's users get it from
/// `JSONEncoder`, the reports from this encoder and `JSONWriter` (`JSONValueEncoderTests` compares the two), and
/// configuration reads a type's defaults from it (`ConfigKeys`). Integers stay `JSON.integer`, `Float` becomes a
/// `Double` (no reported type has one).
package enum JSONValueEncoder {
    /// The tree of `value`'s encoding. This encoder never fails itself; a type whose `encode(to:)` throws (say an
    /// `EncodingError.invalidValue`) makes a `JSONWriteError` at the path it names.
    package static func encode(_ value: some Encodable) throws(JSONWriteError) -> JSON {
        let root = Node()
        do {
            try value.encode(to: TreeEncoder(node: root, codingPath: []))
        } catch let EncodingError.invalidValue(invalid, context) {
            let pointer = context.codingPath.map { "/" + ($0.intValue.map(String.init) ?? $0.stringValue) }.joined()
            throw JSONWriteError(pointer: pointer, value: "\(invalid)")
        } catch {
            throw JSONWriteError(pointer: "", value: "\(error)")
        }
        return root.tree()
    }

    /// One value being encoded: nothing yet, a finished scalar, or a container whose members are still filled in
    /// (containers hand out their nodes before the values are written into them, so nodes are shared references).
    fileprivate final class Node {
        enum Content {
            case empty
            case scalar(JSON)
            case object([String: Node])
            case array([Node])
        }

        var content = Content.empty

        func tree() -> JSON {
            switch content {
            // JSONEncoder writes a value that encoded nothing as an empty object.
            case .empty: .object([])
            case .scalar(let value): value
            case .object(let members): .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.tree()) })
            case .array(let items): .array(items.map { $0.tree() })
            }
        }

        /// The member node for `key`, this node becoming an object if it was nothing yet.
        func member(_ key: String) -> Node {
            // The dictionary is taken out of `content` before it changes, so it is not copied on every member.
            var members: [String: Node] = [:]
            if case .object(let existing) = content {
                members = existing
                content = .empty
            }
            let node = Node()
            members[key] = node
            content = .object(members)
            return node
        }

        /// A new last element, this node becoming an array if it was nothing yet.
        func appendElement() -> Node {
            var items: [Node] = []
            if case .array(let existing) = content {
                items = existing
                content = .empty
            }
            let node = Node()
            items.append(node)
            content = .array(items)
            return node
        }

        var count: Int {
            if case .array(let items) = content { return items.count }
            return 0
        }

        func becomeObject() { if case .empty = content { content = .object([:]) } }
        func becomeArray() { if case .empty = content { content = .array([]) } }
    }

    fileprivate struct TreeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
            node.becomeObject()
            return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.becomeArray()
            return UnkeyedContainer(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValueContainer(node: node, codingPath: codingPath)
        }
    }

    /// Writes `value` into `node`: scalars directly, anything else through its own `encode(to:)`.
    fileprivate static func store(_ value: some Encodable, in node: Node, codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String: node.content = .scalar(.string(text))
        case let number as Double: node.content = .scalar(.number(number))
        case let number as Int: node.content = .scalar(.integer(number))
        case let flag as Bool: node.content = .scalar(.bool(flag))
        // The other scalars must stop here too: their own `encode(to:)` calls back into this container.
        case let number as Float: node.content = .scalar(.number(Double(number)))
        case let number as any BinaryInteger:
            node.content = .scalar(Int(exactly: number).map(JSON.integer) ?? .number(Double(number)))
        default: try value.encode(to: TreeEncoder(node: node, codingPath: codingPath))
        }
    }

    fileprivate struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).content = .scalar(.null) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try JSONValueEncoder.store(value, in: node.member(key.stringValue), codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy _: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let member = node.member(key.stringValue)
            member.becomeObject()
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: member, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let member = node.member(key.stringValue)
            member.becomeArray()
            return UnkeyedContainer(node: member, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(node: node.member("super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
        }
    }

    fileprivate struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int { node.count }

        mutating func encodeNil() throws { node.appendElement().content = .scalar(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try JSONValueEncoder.store(value, in: node.appendElement(), codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy _: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            let element = node.appendElement()
            element.becomeObject()
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: element, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let element = node.appendElement()
            element.becomeArray()
            return UnkeyedContainer(node: element, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.appendElement(), codingPath: codingPath) }
    }

    fileprivate struct SingleValueContainer: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.content = .scalar(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try JSONValueEncoder.store(value, in: node, codingPath: codingPath)
        }
    }
}
