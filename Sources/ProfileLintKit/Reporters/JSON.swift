/// An ordered JSON value, built where a document is easier to write as a tree than member by member; `JSONWriter`
/// writes it (`JSONWriter.value(_:)`, `documentText()`), so there is one way JSON text is made.
package enum JSON: Sendable {
    case null
    case string(String)
    case number(Double)
    /// An integer, written with all its digits (a `Double` holds integers exactly only up to 2⁵³).
    case integer(Int)
    case bool(Bool)
    case array([JSON])
    case object([(String, JSON)])

    /// The value in the `.document` layout of profilelint's own files (`convert`, SARIF, the baseline,
    /// `--print-config`, `rules --format json`, the configuration schema), without a final newline.
    package func documentText() -> String {
        var json = JSONWriter(style: .document)
        // The document layout writes a non-finite number as `null` instead of throwing.
        try? json.value(self)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
