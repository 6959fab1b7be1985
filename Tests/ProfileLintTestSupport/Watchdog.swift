import Foundation

/// Runs work that must not hang on its own thread and gives up waiting after a generous limit.
///
/// A hang check, not a benchmark: the limit is minutes, far above any honest run, and it turns a hang into a
/// test failure instead of a stuck suite. A timed-out thread is left behind; the failure says why.
public enum Watchdog {
    /// `work`'s result, or `nil` when it has not finished within `seconds`. `stackSize` (bytes) sets the thread's
    /// stack, to check recursion depth on small secondary-thread stacks.
    public static func run<Value: Sendable>(
        seconds: Double = 300, stackSize: Int? = nil,
        _ work: @escaping @Sendable () -> Value
    ) -> Value? {
        let done = DispatchSemaphore(value: 0)
        let box = Box<Value>()
        let thread = Thread {
            box.set(work())
            done.signal()
        }
        if let stackSize { thread.stackSize = stackSize }
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.get()
    }

    private final class Box<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Value?
        func set(_ newValue: Value) { lock.withLock { value = newValue } }
        func get() -> Value? { lock.withLock { value } }
    }
}
