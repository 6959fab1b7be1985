/// Ranges that answer "does any of you overlap (or contain) this range?" in O(log n), so that checking each match
/// of a text against every other match stays linear in the text (issue 12, family 5: `contains(where:)` over all
/// matches for each match made a long list of names quadratic).
///
/// The ranges that may be added are declared up front; their lower bounds, sorted, index a Fenwick tree of the
/// largest upper bound added so far. A range with a lower bound below `b` and an upper bound above `a` overlaps
/// `a..<b`, so one prefix maximum answers the question whatever order the ranges are added in.
struct RangeIndex {
    /// The distinct lower bounds of every range that may be added, sorted.
    private let lowers: [Int]
    /// Fenwick tree (1-based) of the largest upper bound added at each lower bound; `Int.min` where none is.
    private var largestUpper: [Int]

    /// An index that can hold any of `candidates` (empty ranges are never added: they overlap nothing).
    init(for candidates: some Sequence<Range<Int>>) {
        lowers = Array(Set(candidates.lazy.filter { !$0.isEmpty }.map(\.lowerBound))).sorted()
        largestUpper = [Int](repeating: .min, count: lowers.count + 1)
    }

    /// An index holding `ranges`.
    init(holding ranges: [Range<Int>]) {
        self.init(for: ranges)
        for range in ranges { insert(range) }
    }

    /// Adds `range`, one of the candidates declared at creation.
    mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var slot = Self.firstIndex(in: lowers, notBelow: range.lowerBound) + 1
        precondition(slot <= lowers.count && lowers[slot - 1] == range.lowerBound, "range was not declared")
        while slot < largestUpper.count {
            largestUpper[slot] = max(largestUpper[slot], range.upperBound)
            slot += slot & -slot
        }
    }

    /// Whether a range added so far overlaps `range` (as `Range.overlaps`: empty ranges overlap nothing).
    func overlapsAny(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return largestUpper(amongFirst: Self.firstIndex(in: lowers, notBelow: range.upperBound)) > range.lowerBound
    }

    /// Whether a range added so far holds all of the non-empty `range`.
    func containsAny(_ range: Range<Int>) -> Bool {
        largestUpper(amongFirst: Self.firstIndex(in: lowers, notBelow: range.lowerBound + 1)) >= range.upperBound
    }

    /// The largest upper bound added at the first `count` lower bounds.
    private func largestUpper(amongFirst count: Int) -> Int {
        var result = Int.min
        var slot = count
        while slot > 0 {
            result = max(result, largestUpper[slot])
            slot -= slot & -slot
        }
        return result
    }

    /// The index of the first element of the sorted `values` that is at least `value` (`values.count` if none).
    private static func firstIndex(in values: [Int], notBelow value: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
