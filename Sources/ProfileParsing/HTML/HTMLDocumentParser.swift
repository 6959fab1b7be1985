internal import CLibXML2
import PositionedJSON
import ProfileModel

/// A question for a page: an XPath expression, and sub-questions asked relative to each of its matches.
///
/// The options say how much of each match to copy out of libxml2: a page's `<body>` or `<script>` holds hundreds of
/// KB of text, and copying text nobody reads was most of our own time on saved pages.
struct HTMLQuery: Sendable, Hashable {
    var xpath: String
    var children: [HTMLQuery] = []
    /// Copy the matches' `ownText`/`deepText` (left empty otherwise).
    var copiesText = true
    /// Only the first match is used: stop there.
    var firstMatchOnly = false
    /// A fallback: skipped (answering no matches) when any query at these indices of the same list matched.
    var unlessAnswered: [Int] = []
}

/// An element a query matched (or the element holding a matched attribute), copied out of libxml2.
struct HTMLMatch: Sendable {
    /// The element's name, lowercased by the HTML parser.
    var name: String
    /// Offset of the start tag's `<`.
    var start: Int
    /// Offset just past the start tag's `>`: where the element's content begins.
    var contentStart: Int
    /// Offset just past the end tag, or where the parser closed the element implicitly; `nil` if unknown.
    var end: Int?
    /// The element's direct text children, concatenated, entities decoded.
    var ownText: String
    /// The source ranges between child elements, where `ownText` stands.
    var ownTextSegments: [Range<Int>]
    /// All text inside the element (libxml2's node content).
    var deepText: String
    /// The matched attribute, when the query selected one (`…/@content`).
    var attribute: (name: String, value: String)?
    /// Matches of the query's children, in order, relative to this element.
    var children: [[HTMLMatch]]
}

/// Runs XPath queries over a page with libxml2's HTML parser and copies the answers into Swift values.
///
/// Parsing, querying and freeing happen inside `evaluate`; no libxml2 pointer outlives the call, so results are
/// plain `Sendable` values and concurrent calls share nothing (STYLE.md §B, snag 6).
enum HTMLDocumentParser {
    /// Initialises libxml2 once and turns off every external load (shim.h); never cleaned up (STYLE.md snag 6).
    private static let libxmlInitialized: Void = {
        xmlInitParser()
        clibxml2_harden()
    }()

    /// Parses `source` and answers each query (absolute XPath, evaluated from the document).
    ///
    /// - Throws: `.emptyInput` for an empty file, `.unsupportedFormat` when libxml2 builds no document.
    static func evaluate(
        _ queries: [HTMLQuery], in source: SourceFile,
        limits: ReaderLimits
    ) throws(ProfileParseError) -> [[HTMLMatch]] {
        _ = libxmlInitialized
        let bytes = source.bytes
        guard !bytes.isEmpty else { throw .emptyInput(file: source.path) }
        guard bytes.count < Int(Int32.max) else {
            throw .limitExceeded(source.location(ofOffset: 0), detail: "the page is larger than 2 GiB")
        }
        // Never add entity substitution (NOENT) or DTD loading: pages come from strangers.
        let flags = Int32(
            bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        // Snag 9: valid UTF-8 is read as UTF-8 whatever a <meta charset> claims; anything else is left to
        // libxml2 (BOM, then meta charset, then Latin-1). The shim takes UTF-8 offsets from the input cursor.
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                clibxml2_html_read_memory(chars.baseAddress, Int32(chars.count), source.path, encoding, flags)
            }
        }
        guard let document else {
            throw .unsupportedFormat(file: source.path, detail: "libxml2 could not read the page as HTML")
        }
        defer { xmlFreeDoc(document) }
        guard xmlDocGetRootElement(document) != nil else {
            throw .unsupportedFormat(
                file: source.path, detail: "no Upwork profile found in this HTML page: it has no HTML elements")
        }
        guard let context = xmlXPathNewContext(document) else {
            throw .unsupportedFormat(file: source.path, detail: "libxml2 could not create an XPath context")
        }
        defer { xmlXPathFreeContext(context) }
        // Snag 11: XPath errors ignore the parse options and go to stderr unless the context has a handler.
        context.pointee.error = { _, _ in }
        let walker = Walker(bytes: bytes, context: context, maxMatches: limits.maxItems)
        let documentNode = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        var results: [[HTMLMatch]] = []
        for query in queries {
            if query.unlessAnswered.contains(where: { !results[$0].isEmpty }) {
                results.append([])
            } else {
                results.append(walker.matches(of: query, from: documentNode))
            }
        }
        return results
    }

    /// The expressions libxml2 cannot compile (for the landmark table's test); errors stay off stderr.
    static func invalidExpressions(_ expressions: [String]) -> [String] {
        _ = libxmlInitialized
        guard let context = xmlXPathNewContext(nil) else { return expressions }
        defer { xmlXPathFreeContext(context) }
        context.pointee.error = { _, _ in }
        return expressions.filter { expression in
            guard let compiled = xmlXPathCtxtCompile(context, expression) else { return true }
            xmlXPathFreeCompExpr(compiled)
            return false
        }
    }

    /// Evaluates a query tree; lives only inside `evaluate`.
    private struct Walker {
        let bytes: [UInt8]
        let context: xmlXPathContextPtr
        let maxMatches: Int

        func matches(of query: HTMLQuery, from node: xmlNodePtr) -> [HTMLMatch] {
            context.pointee.node = node
            guard let result = xmlXPathEvalExpression(query.xpath, context) else { return [] }
            defer { xmlXPathFreeObject(result) }
            guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let table = set.pointee.nodeTab else {
                return []
            }
            var found: [HTMLMatch] = []
            for index in 0..<min(Int(set.pointee.nodeNr), maxMatches) {
                guard let hit = table[index] else { continue }
                var attribute: (String, String)?
                var element = hit
                switch hit.pointee.type {
                case XML_ELEMENT_NODE: break
                case XML_ATTRIBUTE_NODE:
                    guard let parent = hit.pointee.parent else { continue }
                    attribute = (string(hit.pointee.name), content(of: hit))
                    element = parent
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    guard let parent = hit.pointee.parent else { continue }
                    element = parent
                default: continue
                }
                guard var match = copy(element, text: query.copiesText) else { continue }
                match.attribute = attribute
                match.children = query.children.map { matches(of: $0, from: element) }
                found.append(match)
                if query.firstMatchOnly { break }
            }
            return found
        }

        func copy(_ element: xmlNodePtr, text: Bool) -> HTMLMatch? {
            guard let (start, contentStart) = startOffsets(element) else { return nil }
            // Hostile markup can make libxml2 close an element at an offset before its start tag's end (found by
            // fuzzing: an <li> closed by a stray tag); clamp so every match has start <= contentStart <= end.
            let end = endOffset(element).map { max($0, contentStart) }
            var ownText = ""
            var segments: [Range<Int>] = []
            var cursor: Int? = contentStart
            // The segments locate `ownText`, so without text there is nothing to walk.
            var child = text ? element.pointee.children : nil
            while let node = child {
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    ownText += content(of: node)
                case XML_ELEMENT_NODE:
                    if let from = cursor, let (childStart, _) = startOffsets(node), childStart >= from {
                        segments.append(from..<childStart)
                    }
                    cursor = endOffset(node)
                default: break
                }
                child = node.pointee.next
            }
            if text, let from = cursor { segments.append(from..<max(from, end ?? bytes.count)) }
            let name = string(element.pointee.name)
            return HTMLMatch(
                name: name, start: start, contentStart: contentStart, end: end, ownText: ownText,
                ownTextSegments: segments, deepText: text ? content(of: element) : "", attribute: nil,
                children: [])
        }

        /// The start tag's `<` and the offset past its `>`, from the SAX hook's offset of the `>` (snags 7–8).
        func startOffsets(_ element: xmlNodePtr) -> (Int, Int)? {
            let closing = Int(bitPattern: element.pointee.psvi)
            guard closing > 0, closing <= bytes.count else { return nil }
            let gt = min(closing, bytes.count - 1)
            let name = Array(string(element.pointee.name).utf8)
            // Past the '>', but never past the input: a tag ending the file reports its offset as the end.
            let contentStart = min(closing + (bytes[gt] == UInt8(ascii: ">") ? 1 : 0), bytes.count)
            var firstLessThan: Int?
            var index = gt
            // Scan back to the '<' that opens this element's name; an attribute value may hold another '<'.
            while index >= 0 {
                if bytes[index] == UInt8(ascii: "<") {
                    if firstLessThan == nil { firstLessThan = index }
                    if opensTag(named: name, at: index) { return (index, contentStart) }
                }
                index -= 1
            }
            guard let firstLessThan else { return nil }
            return (firstLessThan, contentStart)
        }

        func opensTag(named name: [UInt8], at index: Int) -> Bool {
            guard index + name.count < bytes.count else { return false }
            for (offset, letter) in name.enumerated() where bytes[index + 1 + offset] | 0x20 != letter | 0x20 {
                return false
            }
            return true
        }

        func endOffset(_ element: xmlNodePtr) -> Int? {
            let end = Int(bitPattern: element.pointee._private)
            return end > 0 ? min(end, bytes.count) : nil
        }

        func content(of node: xmlNodePtr) -> String {
            guard let text = xmlNodeGetContent(node) else { return "" }
            defer { clibxml2_free(text) }
            return String(cString: text)
        }

        func string(_ text: UnsafePointer<xmlChar>?) -> String {
            guard let text else { return "" }
            return String(cString: text)
        }
    }
}
