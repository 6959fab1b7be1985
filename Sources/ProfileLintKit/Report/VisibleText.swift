/// What a reader of a saved page sees of a piece of its source line: no tags, entities decoded, and the escapes of
/// the page's embedded state JSON (`\n`, `\"`, `\u00e9`) turned back into text, so a report's excerpt of a saved page
/// shows words, not markup.
enum VisibleText {
    /// Whether `bytes` is a saved page (its first non-space byte, after a BOM, is `<`).
    static func isMarkup(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
                || bytes[index] == 0x0D
        { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "<")
    }

    /// The visible text of a cut of a line. `startsInside`: the cut may begin inside a tag (text before the first
    /// `>` that follows no `<` is the tag's tail); a `<` with no `>` after it is a tag cut off at the end.
    static func of(_ text: String, startsInside: Bool) -> String {
        var characters = Array(text)
        if startsInside, let close = characters.firstIndex(of: ">"),
            !characters[..<close].contains("<")
        {
            characters.removeSubrange(...close)
        }
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "<" {
                // A tag, to its `>`; cut off at the end of the excerpt when there is none.
                guard let close = characters[index...].firstIndex(of: ">") else { break }
                out += " "
                index = close + 1
                continue
            }
            if character == "&", let semicolon = characters[index...].prefix(10).firstIndex(of: ";"),
                let decoded = entity(String(characters[(index + 1)..<semicolon]))
            {
                out.append(decoded)
                index = semicolon + 1
                continue
            }
            if character == "\\", index + 1 < characters.count {
                let next = characters[index + 1]
                switch next {
                case "n", "r", "t":
                    out += " "
                    index += 2
                    continue
                case "\"", "/", "\\", "'":
                    out.append(next)
                    index += 2
                    continue
                case "u" where index + 5 < characters.count:
                    let hex = String(characters[(index + 2)...(index + 5)])
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        out.unicodeScalars.append(scalar)
                        index += 6
                        continue
                    }
                default: break
                }
            }
            out.append(character)
            index += 1
        }
        // Markup's line breaks and indentation are not text: runs of white space read as one space.
        var collapsed = ""
        for character in out {
            if character.isWhitespace {
                if collapsed.last != " " { collapsed.append(" ") }
            } else {
                collapsed.append(character)
            }
        }
        return collapsed
    }

    /// Where the JSON string `text` continues ends: its first unescaped `"` followed by `,`, `}` or `]`.
    static func endOfJSONString(_ text: String) -> String.Index? {
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                let next = text.index(after: index)
                if next == text.endIndex || ",}]".contains(text[next]) { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    static func entity(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            let number =
                name.hasPrefix("#x") || name.hasPrefix("#X")
                ? UInt32(name.dropFirst(2), radix: 16)
                : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
            return number.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}
