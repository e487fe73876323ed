import DutyDeskCore
import Testing
@testable import DutyDeskLedger

@Suite struct LedgerConditionTests {
    static let fault = LineFault(line: 7, offset: 1_234, reason: .hashMismatch)
    static let seen = SeenLedger(ledgerID: "L-1", path: "/desk/ledger.jsonl", seq: 40, hash: "abc")

    /// The file's condition said in the words every store uses: the line is the event, the byte
    /// offset its location, and the reason kept as it was found.
    @Test func aFileConditionIsTheStoresConditionWithItsByteOffset() {
        let stored = StoreFault(event: 7, location: .byteOffset(1_234), reason: .hashMismatch)
        #expect(LedgerCondition.sound.storeCondition == .sound)
        #expect(LedgerCondition.tornTail(Self.fault, length: 90).storeCondition == .tornTail(stored))
        #expect(LedgerCondition.damaged(Self.fault).storeCondition == .damaged(stored))
        let conflict = AnchorConflict.replaced(seen: Self.seen, foundLedgerID: "L-2")
        #expect(LedgerCondition.contradicted(conflict).storeCondition == .contradicted(conflict))
    }

    @Test func aFaultNamesTheLineTheByteAndWhy() {
        #expect(Self.fault.description == "line 7, byte offset 1234: hash does not match the line")
        #expect(LineFault(line: 1, offset: 0, reason: .sequenceGap(expected: 1, found: 3)).description
            == "line 1, byte offset 0: seq 3, expected 1")
        #expect(LineFault.Reason.malformed("no type").description == "malformed: no type")
    }

    /// Each refusal names the ledger and what stops it, so the message needs no second look.
    @Test func aRefusalSaysWhatStopsTheLedger() {
        #expect(LedgerError.damaged(Self.fault).description
            == "ledger damaged at line 7, byte offset 1234: hash does not match the line; writing is refused")
        #expect(LedgerError.notFound(path: "/desk/x.jsonl").description == "no ledger at /desk/x.jsonl")
        #expect(LedgerError.busy(holder: nil, waited: 5.9).description == "the ledger is locked by process ? for 5 s")
        #expect(LedgerError.busy(holder: LockHolder(pid: 42, command: "dutydesk add"), waited: 2).description
            == "the ledger is locked by process 42 (dutydesk add) for 2 s")
        #expect(LedgerError.vanished(Self.seen).description
            == "the ledger /desk/ledger.jsonl (id L-1, 40 events) is missing or empty")
    }
}
