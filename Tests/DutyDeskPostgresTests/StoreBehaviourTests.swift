import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskTestSupport
import Foundation
import Testing

/// The same behaviour from both stores: what one writer appends another reads, in order and
/// chained; writers at once never lose or repeat an event; a follower wakes; a writer decides
/// against what others appended first; the past can be read back with its anchor.
@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct StoreBehaviourTests {
    @Test(arguments: StoreFixture.Kind.allCases)
    func whatOneWriterAppendsAnotherReadsInOrder(_ kind: StoreFixture.Kind) throws {
        let fixture = try StoreFixture(kind)
        let writer = try fixture.session()
        let first = try fixture.report(writer, "网传自来水发黄")
        try fixture.report(writer, "化工园区异味")

        let reader = try fixture.store(writable: false)
        let events = try reader.readNew()
        #expect(reader.condition == .sound)
        #expect(events.map(\.seq) == [1, 2, 3])
        guard case .ledgerCreated(let identity) = events[0].body else { Issue.record("first event: \(events[0].body)"); return }
        #expect(reader.ledgerID == identity.ledgerID)
        #expect(events[1].caseID == first.id)
        #expect(reader.headHash == writer.store.headHash && reader.eventCount == 3)
    }

    /// A ledger cut back behind this machine's anchor reads as contradicted and refuses writing, on
    /// a file (the last line cut off) as on a database (the last row deleted by a superuser with the
    /// trigger disabled and the head moved back): both still verify on their own.
    @Test(arguments: StoreFixture.Kind.allCases)
    func aLedgerCutBehindTheAnchorIsContradicted(_ kind: StoreFixture.Kind) throws {
        let fixture = try StoreFixture(kind)
        let anchors = AnchorBook(folder: fixture.scratch.file("state"))
        let writer = try DeskSession(store: fixture.store(anchors: anchors), operatorName: "测试员")
        try fixture.report(writer, "网传自来水发黄")
        try fixture.report(writer, "化工园区异味")
        let seenHash = writer.store.headHash
        let ledgerID = try #require(writer.store.ledgerID)
        #expect(anchors.remembered(ledgerID: ledgerID)?.seq == 3, "the anchor follows what was written")

        switch kind {
        case .file:
            let path = fixture.scratch.file("ledger-330106.jsonl")
            let bytes = try #require(FileManager.default.contents(atPath: path))
            let kept = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
            try Data(bytes.prefix(kept)).write(to: URL(fileURLWithPath: path))
        case .postgres:
            try fixture.cluster!.psql("""
                ALTER TABLE event DISABLE TRIGGER event_append_only;
                DELETE FROM event WHERE desk_id = '330106' AND seq = 3;
                UPDATE desk_head SET head_seq = 2,
                    head_hash = (SELECT encode(sha256(line), 'hex') FROM event WHERE desk_id = '330106' AND seq = 2)
                WHERE desk_id = '330106';
                ALTER TABLE event ENABLE TRIGGER event_append_only;
                """)
        }
        let unanchored = try fixture.store(writable: false)
        _ = try unanchored.readNew()
        #expect(unanchored.condition == .sound && unanchored.eventCount == 2, "without the anchor the cut verifies")

        let reread = try fixture.store(anchors: anchors)
        _ = try reread.readNew()
        guard case .contradicted(.shorter(let seen, let foundSeq, _)) = reread.condition else {
            Issue.record("\(kind): \(reread.condition)")
            return
        }
        #expect(seen.seq == 3 && seen.hash == seenHash && foundSeq == 2)
        #expect(throws: (any Error).self, "writing is refused") { _ = try reread.append(by: "测试员") { _ in [] } }
        #expect(anchors.remembered(ledgerID: ledgerID)?.seq == 3, "the anchor is not moved back")
    }

    @Test(arguments: StoreFixture.Kind.allCases)
    func writersAtOnceLoseAndRepeatNothing(_ kind: StoreFixture.Kind) throws {
        let fixture = try StoreFixture(kind)
        _ = try fixture.session()
        let writers = 4, each = 15
        let failures = Failures()
        inParallel(writers) { writer in
            do {
                let session = try fixture.session()
                for index in 0..<each { try fixture.report(session, "写入者\(writer)-\(index)") }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let reader = try fixture.store(writable: false)
        let events = try reader.readNew()
        #expect(reader.condition == .sound)
        #expect(events.map(\.seq) == Array(1...(1 + writers * each)))
        #expect(Set(events.map(\.id)).count == events.count)
    }

    @Test(arguments: StoreFixture.Kind.allCases)
    func aFollowerWakesWhenAnotherWriterAppends(_ kind: StoreFixture.Kind) throws {
        let fixture = try StoreFixture(kind)
        let console = try fixture.session()
        guard let changes = console.store.changes(), let descriptor = changes.descriptor else {
            Issue.record("no change signal")
            return
        }
        changes.drain()
        let other = try fixture.session()
        let started = Date()
        try fixture.report(other, "另一台值班机的新事件")
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 2000) == 1, "no wake within 2 s")
        #expect(Date().timeIntervalSince(started) < 1)
        changes.drain()
        #expect(try console.refresh() == 1)
        #expect(console.state.cases.contains { $0.title == "另一台值班机的新事件" })
    }

    @Test(arguments: StoreFixture.Kind.allCases)
    func aWriterDecidesAgainstWhatOthersAppendedFirst(_ kind: StoreFixture.Kind) throws {
        let fixture = try StoreFixture(kind)
        let mine = try fixture.session()
        let theirs = try fixture.session()
        let theirCase = try fixture.report(theirs, "对方先录入")
        var seenFirst: [Event] = []
        _ = try mine.store.append(by: "测试员") { seen in
            seenFirst = seen
            return []
        }
        #expect(seenFirst.map(\.caseID) == [theirCase.id])
    }

    @Test(arguments: StoreFixture.Kind.allCases)
    func thePastIsReadBackWithItsAnchor(_ kind: StoreFixture.Kind) throws {
        let fixture = try StoreFixture(kind)
        let writer = try fixture.session()
        try fixture.report(writer, "一")
        let headAfterTwo = writer.store.headHash
        try fixture.report(writer, "二")

        let reader = try fixture.store(writable: false)
        _ = try reader.readNew()
        #expect(try reader.headHash(afterEvents: 2) == headAfterTwo)
        #expect(try reader.headHash(afterEvents: 0) == LineFraming.genesisHash)
        #expect(try reader.lineHash(seq: 3) == reader.headHash)
        #expect(try reader.lineHash(seq: 4) == nil)
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
