/// Text with `↓` markers removed, and the UTF-8 offsets where they stood.
public struct MarkedText: Sendable {
    public let text: String
    public let markerOffsets: [Int]

    /// Strips every `↓` from `marked`, recording the byte offset (in the stripped text) of each.
    public init(_ marked: String, marker: Character = "↓") {
        var text = ""
        var offsets: [Int] = []
        for character in marked {
            if character == marker {
                offsets.append(text.utf8.count)
            } else {
                text.append(character)
            }
        }
        self.text = text
        markerOffsets = offsets
    }
}
