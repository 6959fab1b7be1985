/// The one escaping function for human-readable output (issue 12, family 9): text from input never reaches a
/// terminal, a CI log or an annotation as a control character.
///
/// ESC would start an ANSI sequence (an OSC window title, a screen clear, fake colours), BEL rings, CR and
/// backspace overwrite what was printed, C1 controls (U+0080–U+009F) are read as escape sequences by some
/// terminals, and bidirectional overrides reorder what the reader sees (Trojan Source). Each becomes a visible
/// `\x1b` / `\u{202E}` spelling. Line feeds are kept only where the caller says a value may span lines.
public enum TerminalText {
    /// `text` with every control character, C1 control and bidirectional control spelled out.
    public static func escape(_ text: String, keepingNewlines: Bool = false) -> String {
        // Fast path: printable ASCII (the common case) is returned as it is, after one pass over the bytes.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if keepingNewlines, scalar == "\n" {
                out.unicodeScalars.append(scalar)
            } else if needsEscape(scalar) {
                out +=
                    scalar.value < 0x100
                    ? "\\x" + hex(scalar.value, digits: 2) : "\\u{" + hex(scalar.value, digits: 4) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 controls (tab included: it moves the cursor), DEL, C1 controls, and the bidirectional embeddings,
    /// overrides and isolates.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

/// A short, escaped quotation of text read from a file, for messages: a file that failed to parse (or a
/// setting it holds) is never echoed beyond this (issue 12, family 3).
public enum Excerpt {
    /// The most characters quoted.
    public static let maxCharacters = 40

    /// `'text'`, escaped, cut to `maxCharacters` with `…`.
    public static func quoted(_ text: String) -> String {
        var cut = Substring(text)
        var suffix = ""
        if let end = text.index(text.startIndex, offsetBy: maxCharacters, limitedBy: text.endIndex),
            end < text.endIndex
        {
            cut = text[..<end]
            suffix = "…"
        }
        return "'" + TerminalText.escape(String(cut)) + suffix + "'"
    }
}
