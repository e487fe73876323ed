import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskLedger

/// The ledger's lock on a real file, held by two opens of it (flock locks belong to the open file,
/// so this process conflicts with itself just as another would).
@Suite struct FileLockTests {
    /// Like an `import`, the holder takes the lock again the moment it lets go; the waiter must
    /// still come in at one of those moments, not only when the holder has finished. Waiting by
    /// trying again after pauses came in after most of the holder's turns or none.
    @Test func aWaiterComesInWhenAHolderThatTakesItAgainAtOnceLetsGo() throws {
        let (scratch, path) = try Self.file()
        defer { scratch.remove() }
        let holder = try POSIXFile.open(path, flags: O_RDWR), waiter = try POSIXFile.open(path, flags: O_RDWR)
        defer { holder.close(); waiter.close() }
        let turns = 400
        let counter = Turns()
        let first = try FileLock.take(holder, exclusive: true, patience: .none)
        let holding = Thread {
            var lock = first
            for turn in 1...turns {
                usleep(1000)  // an append's write and fdatasync
                counter.set(turn)
                lock.release()
                guard let again = try? FileLock.take(holder, exclusive: true, patience: LockPatience(timeout: 10)) else {
                    return
                }
                lock = again
            }
            lock.release()
        }
        holding.start()
        let lock = try FileLock.take(waiter, exclusive: true, patience: LockPatience(timeout: 10))
        let cameInAfter = counter.value
        lock.release()
        #expect(cameInAfter < turns / 4, "came in after \(cameInAfter) of the holder's \(turns) turns")
        while !holding.isFinished { usleep(1000) }
    }

    /// A wait that ran out throws `busy` and leaves nothing held: once the holder lets go, the
    /// lock is free to a single try.
    @Test func aWaitThatRanOutLeavesTheLockFree() throws {
        let (scratch, path) = try Self.file()
        defer { scratch.remove() }
        let holder = try POSIXFile.open(path, flags: O_RDWR), waiter = try POSIXFile.open(path, flags: O_RDONLY)
        defer { holder.close(); waiter.close() }
        let held = try FileLock.take(holder, exclusive: true, patience: .none)
        let started = ContinuousClock.now
        #expect { try FileLock.take(waiter, exclusive: false, patience: LockPatience(timeout: 0.3)) } throws: { error in
            guard case LedgerError.busy(let who, let waited) = error else { return false }
            return who?.pid == getpid() && waited >= 0.3
        }
        #expect(started.duration(to: .now) < .seconds(3))
        held.release()
        // The given-up wait may take the lock for an instant before it lets go: a few single tries.
        var taken: FileLock?
        for _ in 0..<200 where taken == nil {
            taken = try? FileLock.take(holder, exclusive: true, patience: .none)
            if taken == nil { usleep(5000) }
        }
        #expect(taken != nil, "the given-up wait still holds the lock")
        taken?.release()
    }

    /// Readers share: a shared lock held does not make another shared one wait, but does stop a
    /// writer's single try.
    @Test func sharedLocksDoNotWaitForEachOther() throws {
        let (scratch, path) = try Self.file()
        defer { scratch.remove() }
        let one = try POSIXFile.open(path, flags: O_RDONLY), two = try POSIXFile.open(path, flags: O_RDONLY)
        let writer = try POSIXFile.open(path, flags: O_RDWR)
        defer { one.close(); two.close(); writer.close() }
        let first = try FileLock.take(one, exclusive: false, patience: .none)
        let second = try FileLock.take(two, exclusive: false, patience: .none)
        #expect(throws: LedgerError.self) { try FileLock.take(writer, exclusive: true, patience: .none) }
        first.release()
        second.release()
        try FileLock.take(writer, exclusive: true, patience: .none).release()
    }

    /// A waiter is told once who holds the lock, then comes in when it is let go.
    @Test func theWaiterIsToldWhoHoldsItThenComesIn() throws {
        let (scratch, path) = try Self.file()
        defer { scratch.remove() }
        let holder = try POSIXFile.open(path, flags: O_RDWR), waiter = try POSIXFile.open(path, flags: O_RDWR)
        defer { holder.close(); waiter.close() }
        let held = try FileLock.take(holder, exclusive: true, patience: .none)
        let told = Told()
        let letGo = Thread {
            while told.count == 0 { usleep(1000) }
            held.release()
        }
        letGo.start()
        let lock = try FileLock.take(waiter, exclusive: true,
                                     patience: LockPatience(timeout: 10, noticeAfter: 0.1) { told.add($0) })
        lock.release()
        #expect(told.count == 1)
        #expect(told.holder?.pid == getpid())
    }

    static func file(_ name: String = #function) throws -> (Scratch, String) {
        let scratch = try Scratch(name)
        let path = scratch.file("ledger.jsonl")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        return (scratch, path)
    }

    final class Turns: @unchecked Sendable {
        private let lock = NSLock()
        private var turn = 0
        var value: Int { lock.withLock { turn } }
        func set(_ value: Int) { lock.withLock { turn = value } }
    }

    final class Told: @unchecked Sendable {
        private let lock = NSLock()
        private var holders: [LockHolder?] = []
        var count: Int { lock.withLock { holders.count } }
        var holder: LockHolder? { lock.withLock { holders.first ?? nil } }
        func add(_ holder: LockHolder?) { lock.withLock { holders.append(holder) } }
    }
}
