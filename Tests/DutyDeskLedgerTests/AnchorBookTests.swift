import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

/// The anchors this machine keeps, and a ledger held against them: cut short, emptied, removed,
/// rewritten with a fresh chain or replaced, it is caught; read as it grows, it is not.
@Suite struct AnchorBookTests {
    /// A ledger of `cases` cases written and read with anchors, so the book remembers its head.
    private func seenLedger(_ fixture: LedgerFixture, cases: Int = 4) throws -> (path: String, bytes: [UInt8]) {
        let path = try fixture.ledger((0..<cases).map { "事件\($0)" }, anchored: true).path
        return (path, try fixture.bytes(path))
    }

    @Test func theBookRemembersTheHeadPrivatelyAndNeverMovesBack() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _) = try seenLedger(fixture)
        let store = try fixture.store(path, .readOnly, anchored: true)
        _ = try store.readNew()
        let seen = try #require(fixture.anchors.all().first)
        #expect(seen == SeenLedger(ledgerID: store.ledgerID!, path: AnchorBook.canonicalPath(path), seq: 5, hash: store.headHash))
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.anchors.folder)
        #expect(names.count == 1, "no temporary file left: \(names)")
        var info = stat()
        #expect(stat(fixture.anchors.folder + "/" + names[0], &info) == 0 && info.st_mode & 0o777 == 0o600)
        try fixture.anchors.remember(SeenLedger(ledgerID: seen.ledgerID, path: seen.path, seq: 2, hash: "x"))
        #expect(fixture.anchors.remembered(ledgerID: seen.ledgerID) == seen)
    }

    /// A batch's ledger (`anchorPace`) moves the anchor once per pace, and to its head when it is
    /// let go.
    @Test func aPacedAnchorFollowsOncePerPaceAndReachesTheHeadWhenTheLedgerIsLetGo() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        var ledgerID = ""
        do {
            let store = try fixture.store(path, anchored: true)
            store.anchorPace = .seconds(3600)
            let session = try DeskSession(store: store, operatorName: "测试员")
            for title in ["甲", "乙", "丙"] { try fixture.report(session, title) }
            ledgerID = try #require(store.ledgerID)
            #expect(fixture.anchors.remembered(ledgerID: ledgerID)?.seq == 1, "moved on once within the pace")
        }
        #expect(fixture.anchors.remembered(ledgerID: ledgerID)?.seq == 4, "the rest when the ledger is let go")
        let reader = try fixture.store(path, .readOnly, anchored: true)
        _ = try reader.readNew()
        #expect(reader.fileCondition == .sound)
    }

    @Test func growingAndReadingAgainIsNoAlarm() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _) = try seenLedger(fixture)
        let writer = try fixture.session(path, anchored: true)
        try fixture.report(writer, "再登记")
        let reader = try fixture.store(path, .readOnly, anchored: true)
        #expect(try reader.readNew().count == 6)
        #expect(reader.fileCondition == .sound)
    }

    @Test func aLedgerCutShortIsCaughtAndRefusesToWrite() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, bytes) = try seenLedger(fixture)
        let starts = LedgerFixture.lineStarts(bytes)
        let head = try fixture.store(path, .readOnly)
        _ = try head.readNew()
        // head -n 3: whole lines, a chain that verifies on its own.
        try fixture.write(bytes[..<starts[3]], to: path)
        let plain = try fixture.store(path, .readOnly)
        _ = try plain.readNew()
        #expect(plain.fileCondition == .sound, "without anchors the cut is invisible")

        let reader = try fixture.store(path, .readOnly, anchored: true)
        _ = try reader.readNew()
        guard case .contradicted(.shorter(let seen, let foundSeq, let foundHash)) = reader.fileCondition else {
            Issue.record("\(reader.fileCondition)"); return
        }
        #expect(seen.seq == 5 && seen.hash == head.headHash && foundSeq == 3 && foundHash == reader.headHash)
        #expect(throws: LedgerError.self) { try fixture.report(fixture.session(path, anchored: true), "不应写入") }
        #expect(try fixture.bytes(path) == Array(bytes[..<starts[3]]))
    }

    @Test func aLedgerCutInsideItsLastLineIsShorterNotATornTailToRepair() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, bytes) = try seenLedger(fixture)
        try fixture.write(bytes.dropLast(10), to: path)
        #expect(throws: LedgerError.self) { try fixture.report(fixture.session(path, anchored: true), "不应写入") }
        #expect(try fixture.bytes(path) == Array(bytes.dropLast(10)))
    }

    @Test func aSeenLedgerCutInsideItsFirstLineIsNotStartedAgain() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, bytes) = try seenLedger(fixture)
        try fixture.write(bytes.prefix(40), to: path)
        let session = try fixture.session(path, anchored: true)
        guard case .contradicted(.shorter(let seen, 0, _)) = (session.store as! LedgerFile).fileCondition else {
            Issue.record("\((session.store as! LedgerFile).fileCondition)"); return
        }
        #expect(seen.seq == 5)
        #expect(throws: LedgerError.self) { try fixture.report(session, "不应写入") }
        #expect(try fixture.bytes(path) == Array(bytes.prefix(40)))
    }

    @Test func aLedgerRewrittenWithAFreshChainIsCaught() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _) = try seenLedger(fixture)
        let events = try fixture.store(path, .readOnly).readNew()
        var rewritten: [UInt8] = []
        var previous = LineFraming.genesisHash
        for event in events {
            let body: EventBody = if case .caseReported(let report) = event.body, report.title == "事件1" {
                .caseReported(CaseReport(code: report.code, title: "改过的事由", locality: report.locality,
                                         discoveredAt: report.discoveredAt))
            } else { event.body }
            let line = LineFraming.encode(Event(seq: event.seq, id: event.id, recordedAt: event.recordedAt,
                                                operatorName: event.operatorName, caseID: event.caseID, body: body),
                                          previousHash: previous, utcOffset: 8 * 3600)
            rewritten += line.bytes
            previous = line.hash
        }
        try fixture.write(rewritten, to: path)
        let plain = try fixture.store(path, .readOnly)
        _ = try plain.readNew()
        #expect(plain.fileCondition == .sound, "the fresh chain verifies on its own")

        let reader = try fixture.store(path, .readOnly, anchored: true)
        _ = try reader.readNew()
        guard case .contradicted(.rewritten(let seen, let found)) = reader.fileCondition else {
            Issue.record("\(reader.fileCondition)"); return
        }
        #expect(seen.seq == 5 && found == previous && found != seen.hash)
    }

    @Test func aSeenLedgerEmptiedOrRemovedIsAnAlarmNotAnEmptyDesk() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _) = try seenLedger(fixture)
        try fixture.write([UInt8](), to: path)
        #expect { try fixture.store(path, .readOnly, anchored: true) } throws: { error in
            if case LedgerError.vanished(let seen) = error { seen.seq == 5 } else { false }
        }
        #expect { try fixture.session(path, anchored: true) } throws: { error in
            if case LedgerError.vanished = error { true } else { false }
        }
        #expect(try fixture.bytes(path).isEmpty, "no fresh ledger was started in its place")
        try FileManager.default.removeItem(atPath: path)
        #expect { try fixture.store(path, .readOnly, anchored: true) } throws: { error in
            if case LedgerError.vanished = error { true } else { false }
        }
        #expect(throws: LedgerError.notFound(path: path)) { try fixture.store(path, .readOnly) }
    }

    @Test func anotherLedgerInThePlaceOfASeenOneIsAnAlarm() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _) = try seenLedger(fixture)
        let other = fixture.scratch.file("other.jsonl")
        try fixture.report(fixture.session(other), "别的台账")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: other, toPath: path)
        let reader = try fixture.store(path, .readOnly, anchored: true)
        _ = try reader.readNew()
        guard case .contradicted(.replaced(let seen, let found)) = reader.fileCondition else {
            Issue.record("\(reader.fileCondition)"); return
        }
        #expect(seen.seq == 5 && found == reader.ledgerID)
    }
}
