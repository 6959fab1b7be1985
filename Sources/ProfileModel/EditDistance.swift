/// The candidate closest to `word` by edit distance (case-insensitive), when it is close enough to be a typo:
/// at most a third of the word's length, and at least 1 edit allowed.
public func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    let allowed = max(1, target.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let other = Array(candidate.lowercased().unicodeScalars)
        // The distance is at least the difference in length: a candidate that far off is never compared, so one
        // word costs at most (candidate length)² per candidate however long it is (a hostile configuration with
        // thousands of unknown keys spent seconds here; issue 12, fuzzing).
        guard abs(other.count - target.count) <= allowed else { continue }
        let distance = editDistance(target, other)
        if distance <= allowed,
            distance < best?.distance ?? .max
                || (distance == best?.distance && candidate < best!.candidate)
        {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

/// Damerau–Levenshtein distance (optimal string alignment): a swap of two neighbours is one edit.
public func editDistance<Element: Equatable>(_ lhs: [Element], _ rhs: [Element]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var previousPrevious = [Int](repeating: 0, count: rhs.count + 1)
    var previous = Array(0...rhs.count)
    var current = [Int](repeating: 0, count: rhs.count + 1)
    for i in 1...lhs.count {
        current[0] = i
        for j in 1...rhs.count {
            let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                current[j] = min(current[j], previousPrevious[j - 2] + 1)
            }
        }
        (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[rhs.count]
}
