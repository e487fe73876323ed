import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

/// Waiting for the ledger's lock says whom it waits for and ends; the lock is held here by a
/// second open of the same file (flock locks belong to the open file, so this process conflicts
/// with itself just as another would).
@Suite struct LockHolderTests {
    @Test func holdersAreReadFromTheKernelsTableLeavingWaitersOut() {
        let table = """
            1: FLOCK  ADVISORY  WRITE 4242 fd:01:917 0 EOF
            1: -> FLOCK  ADVISORY  WRITE 5151 fd:01:917 0 EOF
            2: POSIX  ADVISORY  READ 77 08:02:12 0 EOF
            """
        #expect(LockHolder.holders(in: table, file: "fd:01:917") == [4242])
        #expect(LockHolder.holders(in: table, file: "08:02:12") == [77])
    }

    @Test func aHeldLockNamesThisProcessAndTheWaitEndsAtTheTimeout() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _, _) = try fixture.ledger(["甲"])
        let before = try fixture.bytes(path)
        let writer = try fixture.store(path, .readWrite, patience: .none)
        let holder = open(path, O_RDONLY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)

        let told = Told()
        let patience = LockPatience(timeout: 0.6, noticeAfter: 0.2) { told.set($0) }
        let started = Date()
        #expect { try fixture.store(path, .readOnly, patience: patience) .readNew() } throws: { error in
            guard case LedgerError.busy(let who, let waited) = error else { return false }
            return who?.pid == getpid() && waited >= 0.6
        }
        #expect(Date().timeIntervalSince(started) < 3)
        #expect(told.holder?.pid == getpid())
        #expect(told.holder?.command.isEmpty == false)

        #expect(throws: LedgerError.self) {
            _ = try writer.append(by: "测试员") { _ in [EventDraft(caseID: nil, body: .noteAdded(text: "不应写入"))] }
        }
        #expect(try fixture.bytes(path) == before)
        flock(holder, LOCK_UN)
        #expect(try writer.readNew().count == 2)
    }

    /// What the waiting callback was told, across its thread.
    private final class Told: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: LockHolder?
        var holder: LockHolder? { lock.withLock { seen } }
        func set(_ holder: LockHolder?) { lock.withLock { seen = holder } }
    }
}
