import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

/// A large read checks lines on every core; the fault it reports must still be the first one, with
/// the same line and offset as a line-by-line reading gives.
@Suite struct ParallelScanTests {
    /// A ledger of 2,502 lines (three batches): the ledger's creation, a case, then 2,500 notes appended at once.
    static func ledger(_ fixture: LedgerFixture) throws -> (path: String, bytes: [UInt8], starts: [Int]) {
        let path = fixture.scratch.file("ledger.jsonl")
        let session = try fixture.session(path)
        let code = try fixture.report(session, "甲").code
        try session.record { state in
            let drafter = EventDrafter(state: state, now: Date(), timeZone: LedgerFixture.zone)
            return try (1...2500).map { try drafter.note(code, text: "第 \($0) 条备注") }
        }
        let bytes = try fixture.bytes(path)
        return (path, bytes, LedgerFixture.lineStarts(bytes))
    }

    @Test(arguments: [true, false])
    func aSoundLedgerReadsWholeInOrder(onEveryCore: Bool) throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let ledger = try Self.ledger(fixture)
        #expect(ledger.starts.count == 2502)
        let reader = try fixture.store(ledger.path, .readOnly)
        reader.checksOnEveryCore = onEveryCore
        let events = try reader.readNew()
        #expect(events.map(\.seq) == Array(1...2502))
        #expect(reader.fileCondition == .sound)
        #expect(reader.headHash == String(decoding: ledger.bytes.suffix(67).prefix(64), as: UTF8.self))
    }

    @Test(arguments: [5, 250, 1024, 1025, 2400], [true, false])
    func theFirstBadLineIsTheFault(line: Int, onEveryCore: Bool) throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        var ledger = try Self.ledger(fixture)
        ledger.bytes[ledger.starts[line - 1] + 30] ^= 0x01
        // A second fault later on must not hide the first.
        ledger.bytes[ledger.starts[line] + 30] ^= 0x01
        try fixture.write(ledger.bytes, to: ledger.path)
        let reader = try fixture.store(ledger.path, .readOnly)
        reader.checksOnEveryCore = onEveryCore
        #expect(try reader.readNew().count == line - 1)
        #expect(reader.fileCondition == .damaged(LineFault(line: line, offset: ledger.starts[line - 1], reason: .hashMismatch)))
    }

    @Test func aRemovedLineInTheMiddleIsASequenceGap() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let ledger = try Self.ledger(fixture)
        let cut = Array(ledger.bytes[..<ledger.starts[399]]) + Array(ledger.bytes[ledger.starts[400]...])
        try fixture.write(cut, to: ledger.path)
        let reader = try fixture.store(ledger.path, .readOnly)
        #expect(try reader.readNew().count == 399)
        #expect(reader.fileCondition == .damaged(LineFault(line: 400, offset: ledger.starts[399],
                                                         reason: .sequenceGap(expected: 400, found: 401))))
    }
}
