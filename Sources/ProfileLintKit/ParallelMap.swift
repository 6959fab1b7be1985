import Dispatch
import Foundation
import Synchronization

/// Maps over a collection on several threads, keeping the input's order in the result.
enum ParallelMap {
    /// The default `--jobs`: every core the process may use.
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every element, at most `jobs` at a time; results come back in input order.
    ///
    /// Workers claim the next index from a shared counter rather than taking fixed slices, so one slow file
    /// (a large saved page) does not leave the other cores idle.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let workers = min(max(1, jobs), elements.count)
        guard workers > 1 else { return elements.map(transform) }
        let next = Atomic<Int>(0)
        let slots = Mutex<[Result?]>(Array(repeating: nil, count: elements.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < elements.count else { return }
                let result = transform(elements[index])
                slots.withLock { $0[index] = result }
            }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
