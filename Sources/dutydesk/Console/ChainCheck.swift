import DutyDeskCore
import DutyDeskLedger
import Foundation
import Glibc

/// The whole chain of a ledger file read again on a thread of its own at the lowest priority,
/// while the console already shows the desk a snapshot gave it: the snapshot is trusted for the
/// first frame only, and damage anywhere in the file raises the banner once found. Damage also
/// takes the snapshot away: it was checked against one line only, so the commands that start from
/// it would go on without the damage a full replay stops at and reports.
final class ChainCheck: @unchecked Sendable {
    private let lock = NSLock()
    private var found: StoreFault?
    private var done = false

    /// The damage the check found, if any (nil while it runs and when the chain held).
    var damage: StoreFault? {
        lock.lock()
        defer { lock.unlock() }
        return found
    }

    /// Whether the whole chain has been read (whatever it found): until then the header says the
    /// ledger is being verified, not that it is sound.
    var isFinished: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    init(path: String, timeZone: TimeZone) {
        let thread = Thread { [self] in
            // On Linux the nice value is the calling thread's own: the console's thread keeps its priority.
            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
            defer {
                lock.lock()
                done = true
                lock.unlock()
            }
            guard let ledger = try? LedgerFile(path: path, access: .readOnly, deskID: "", operatorName: "", now: WallClock.now,
                                                 timeZone: timeZone) else { return }
            // All on this thread: the queue's threads would check at the console's own priority
            // and take the core its first frame is drawn on.
            ledger.checksOnEveryCore = false
            // 1 MB reads, not 8: the three chunks in flight were 24 MB on top of the desk at its
            // peak, and the check is not waited for.
            ledger.chunkSize = 1 << 20
            guard (try? ledger.readNew { _ in }) != nil,
                  case .damaged(let fault) = ledger.condition else { return }
            unlink(SnapshotFile.path(forLedger: path))
            lock.lock()
            found = fault
            lock.unlock()
        }
        thread.start()
    }
}
