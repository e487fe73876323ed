import Foundation
import Glibc

/// The ledger's `flock`, held until `release`.
///
/// A lock that is free is taken at once on the file's own descriptor. One that is held is waited
/// for in the kernel, which wakes its waiters when the holder lets go, rather than by trying again
/// after pauses: a holder that takes the lock again at once (an `import` appending case after case)
/// was nearly always first, and two imports of 2,000 cases each took turns 7 times in 4,000
/// appends while the second said it was waiting (an `add` from the console waited as long). The
/// kernel's wait cannot be given a deadline, so it runs on a thread of its own, on a descriptor
/// opened for it: a wait given up (`LockPatience.timeout`) leaves that thread to let go of the
/// lock as soon as it gets it, on that descriptor only, never the file's.
struct FileLock: Sendable {
    private let fd: Int32
    /// The descriptor was opened for the wait, and closing it is what lets go of the lock.
    private let openedForTheWait: Bool

    /// Takes `file`'s lock, waiting as `patience` says. Once `patience.noticeAfter` has passed,
    /// `patience.waiting` hears once who holds it; after `patience.timeout` the wait ends with
    /// `LedgerError.busy`, so a stopped holder never freezes us. Both are measured on the
    /// monotonic clock: a wall clock set back (NTP, an operator) must not make the wait endless.
    static func take(_ file: POSIXFile, exclusive: Bool, patience: LockPatience) throws -> FileLock {
        let operation = exclusive ? LOCK_EX : LOCK_SH
        if try attempt(file, operation | LOCK_NB) { return FileLock(fd: file.fd, openedForTheWait: false) }
        guard patience.timeout > 0 else { throw LedgerError.busy(holder: LockHolder.of(fd: file.fd), waited: 0) }
        let started = ContinuousClock.now
        let wait = try Wait(file, operation: operation)
        var outcome = DispatchTimeoutResult.timedOut
        if let waiting = patience.waiting, patience.noticeAfter < patience.timeout {
            outcome = wait.done.wait(timeout: .now() + patience.noticeAfter)
            if outcome == .timedOut { waiting(LockHolder.of(fd: file.fd)) }
        }
        if outcome == .timedOut {
            let left = patience.timeout - seconds(since: started)
            outcome = wait.done.wait(timeout: .now() + max(0, left))
        }
        if outcome == .timedOut, wait.giveUp() {
            throw LedgerError.busy(holder: LockHolder.of(fd: file.fd), waited: seconds(since: started))
        }
        if let failure = wait.failure { throw LedgerError.system(call: "flock", path: file.path, errno: failure) }
        return FileLock(fd: wait.fd, openedForTheWait: true)
    }

    func release() {
        if openedForTheWait { _ = close(fd) } else { _ = flock(fd, LOCK_UN) }
    }

    /// True when taken, false when another process holds it; any other failure throws.
    private static func attempt(_ file: POSIXFile, _ operation: Int32) throws -> Bool {
        while true {
            if flock(file.fd, operation) == 0 { return true }
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw LedgerError.system(call: "flock", path: file.path, errno: errno)
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = start.duration(to: .now).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    /// One wait in the kernel, on a thread of its own. `fd`, `failure` and the flags are written by
    /// that thread before it signals `done` and read only after it, or under `state`: hence the
    /// unchecked sendability.
    private final class Wait: @unchecked Sendable {
        let fd: Int32
        let done = DispatchSemaphore(value: 0)
        private(set) var failure: Int32?
        private let state = NSLock()
        private var finished = false
        private var abandoned = false

        /// Opens the same file again (through /proc, so that a name since replaced cannot give
        /// another file) and starts waiting on it.
        init(_ file: POSIXFile, operation: Int32) throws {
            var opened = open("/proc/self/fd/\(file.fd)", O_RDONLY | O_CLOEXEC)
            if opened < 0 { opened = open(file.path, O_RDONLY | O_CLOEXEC) }
            guard opened >= 0 else { throw LedgerError.system(call: "open", path: file.path, errno: errno) }
            fd = opened
            Thread.detachNewThread { [self] in run(operation) }
        }

        private func run(_ operation: Int32) {
            var code: Int32?
            while flock(fd, operation) != 0 {
                if errno != EINTR { code = errno; break }
            }
            state.lock()
            failure = code
            finished = true
            let nobodyWaits = abandoned
            state.unlock()
            // A wait given up lets go at once; one that failed holds nothing but its descriptor.
            if nobodyWaits || code != nil { close(fd) }
            done.signal()
        }

        /// Ends the wait unless the lock came in the meantime; true when given up.
        func giveUp() -> Bool {
            state.lock()
            defer { state.unlock() }
            if finished { return false }
            abandoned = true
            return true
        }
    }
}
