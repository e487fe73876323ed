import Foundation

/// Two pieces of work that read the same desk and need nothing of each other, done at once: the
/// second on a thread of the global queue at the caller's priority, the first on the caller's.
/// The console's first frame at 100k open cases waits for the longer of them, not for both.
enum Concurrently {
    static func both<First, Second: Sendable>(_ first: () -> First, _ second: @escaping @Sendable () -> Second)
        -> (First, Second) {
        let result = Result<Second>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            result.value = second()
            done.signal()
        }
        let firstValue = first()
        done.wait()
        return (firstValue, result.value!)
    }

    /// Written by the second piece's thread before it signals, read by the caller after it waited.
    private final class Result<Value>: @unchecked Sendable {
        var value: Value?
    }
}
