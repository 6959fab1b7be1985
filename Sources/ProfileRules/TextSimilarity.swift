/// How much of one text another holds, by shared three-word runs (word shingles).
///
/// Containment, |A ∩ B| / min(|A|, |B|), rather than Jaccard: a copy with a paragraph added, or only half of the
/// original, is still a copy (the same measure `canned-proposal` uses for letters).
public enum TextSimilarity {
    /// The distinct runs of three folded words (the words themselves when there are fewer than three).
    public static func shingles(_ text: String) -> Set<String> {
        let words = FoldedText(text).words.map(\.text)
        guard words.count >= 3 else { return Set(words) }
        return Set((0...(words.count - 3)).map { words[$0..<$0 + 3].joined(separator: " ") })
    }

    /// The share of the smaller set found in the other, or `nil` when the smaller has fewer than `minimum` runs
    /// (too short to tell a copy from a shared phrase).
    public static func containment(_ first: Set<String>, _ second: Set<String>, minimum: Int = 10) -> Double? {
        let smaller = min(first.count, second.count)
        guard smaller >= max(1, minimum) else { return nil }
        return Double(first.intersection(second).count) / Double(smaller)
    }
}
