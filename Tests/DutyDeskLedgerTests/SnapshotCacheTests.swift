import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskLedger

/// A session started from the snapshot is the session a full replay gives; a snapshot that is
/// corrupt, of another format or does not match the ledger is refused and costs only the replay.
@Suite struct SnapshotCacheTests {
    /// `events` framed as the writer frames them, chained after `previous`.
    static func lines(_ events: some Sequence<Event>, after previous: String = LineFraming.genesisHash) -> [UInt8] {
        var bytes: [UInt8] = []
        var hash = previous
        for event in events {
            let line = LineFraming.encode(event, previousHash: hash, utcOffset: 8 * 3600)
            bytes += line.bytes
            hash = line.hash
        }
        return bytes
    }

    static func open(_ fixture: LedgerFixture, _ path: String) throws -> SnapshotCache.Opening {
        try SnapshotCache(ledgerPath: path).open(try fixture.store(path, .readOnly), operatorName: "测试员")
    }

    /// A ledger of `count` generated events, and all of them.
    static func ledger(_ fixture: LedgerFixture, count: Int, seed: UInt64 = 1) throws -> (path: String, events: [Event]) {
        var shift = RandomShift(seed: seed)
        shift.record(count - 1)
        let path = fixture.scratch.file("ledger.jsonl")
        try fixture.write(lines(shift.events), to: path)
        return (path, shift.events)
    }

    /// Opens once (no snapshot: a full replay) and saves the snapshot.
    static func snapshot(_ fixture: LedgerFixture, _ path: String) throws {
        let log = try fixture.store(path, .readOnly)
        let cache = SnapshotCache(ledgerPath: path)
        let opening = try cache.open(log, operatorName: "测试员")
        #expect(opening.refusal == nil && opening.startedAt == 0)
        cache.save(opening.session, of: log)
    }

    @Test func aSessionFromTheSnapshotAndItsTailEqualsAFullReplay() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        var shift = RandomShift(seed: 4)
        shift.record(2999)
        let path = fixture.scratch.file("ledger.jsonl")
        try fixture.write(Self.lines(shift.events.prefix(2000)), to: path)
        try Self.snapshot(fixture, path)
        var info = stat()
        #expect(stat(SnapshotFile.path(forLedger: path), &info) == 0 && info.st_mode & 0o777 == 0o640)

        let first = try Self.open(fixture, path)
        #expect(first.refusal == nil && first.startedAt == 2000 && first.replayed == 0)
        #expect(CanonicalDesk(first.session.state) == CanonicalDesk(DeskState(replaying: shift.events.prefix(2000))))

        // The ledger moved on: the snapshot is behind, and only the new lines are read.
        let head = try fixture.store(path, .readOnly)
        _ = try head.readNew()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(Self.lines(shift.events.dropFirst(2000), after: head.headHash)))
        try handle.close()
        let later = try Self.open(fixture, path)
        #expect(later.refusal == nil && later.startedAt == 2000 && later.replayed == 1000)
        #expect(later.session.store.condition == .sound)
        #expect(CanonicalDesk(later.session.state) == CanonicalDesk(DeskState(replaying: shift.events)))
        let fullHead = try fixture.store(path, .readOnly).readNewHead()
        #expect(later.session.store.headHash == fullHead)
    }

    @Test func aCorruptSnapshotIsRefusedAndTheLedgerReplayed() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, events) = try Self.ledger(fixture, count: 1200)
        try Self.snapshot(fixture, path)
        let snapshot = SnapshotFile.path(forLedger: path)
        let good = try fixture.bytes(snapshot)
        // Some forty places through the whole file: the head, the closed cases' table and index, the records.
        for position in [0, 20, 200] + Array(stride(from: 211, to: good.count, by: good.count / 40)) {
            var bad = good
            bad[position] ^= 0x20
            try fixture.write(bad, to: snapshot)
            let opening = try Self.open(fixture, path)
            // In the head the snapshot is refused; in the closed part or a record, what fails is read
            // from the ledger instead.
            if case .corrupt = opening.refusal { #expect(opening.startedAt == 0) } else { #expect(opening.refusal == nil) }
            #expect(CanonicalDesk(opening.session.state) == CanonicalDesk(DeskState(replaying: events)))
        }
        try fixture.write(good.prefix(good.count / 3), to: snapshot)
        #expect(try Self.open(fixture, path).refusal.map { if case .corrupt = $0 { true } else { false } } == true)
        try fixture.write([UInt8](), to: snapshot)
        #expect(try Self.open(fixture, path).refusal == .corrupt("too short"))
    }

    /// A closed case's record is checked when it is read, not when the snapshot is opened: one
    /// that fails is read from the ledger instead, and the desk is still the full replay's.
    @Test func aDamagedRecordIsReadFromTheLedger() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, events) = try Self.ledger(fixture, count: 1200)
        try Self.snapshot(fixture, path)
        let snapshot = SnapshotFile.path(forLedger: path)
        var bad = try fixture.bytes(snapshot)
        bad[bad.count - 2] ^= 0x20  // inside the last record
        try fixture.write(bad, to: snapshot)
        let opening = try Self.open(fixture, path)
        #expect(opening.refusal == nil && opening.startedAt == 1200)
        let state = opening.session.state
        let last = try #require(state.cases.indices.last { state.cases.isArchived($0) })
        #expect(state.cases[last] == DeskState(replaying: events).cases[last])
        #expect(CanonicalDesk(state) == CanonicalDesk(DeskState(replaying: events)))
    }

    @Test func anotherFormatVersionIsRefused() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _) = try Self.ledger(fixture, count: 300)
        try Self.snapshot(fixture, path)
        let snapshot = SnapshotFile.path(forLedger: path)
        var bytes = Array(try fixture.bytes(snapshot).dropLast(32))
        let later = DeskSnapshot.formatVersion + 1
        bytes[SnapshotFile.magic.count] = UInt8(later)
        try fixture.write(bytes + bytes.withUnsafeBytes { Array(SHA256Digest.of($0)) }, to: snapshot)
        #expect(try Self.open(fixture, path).refusal == .otherVersion(later))
    }

    /// Another ledger where the snapshot's ledger was, the ledger cut short, or its marked line rewritten.
    @Test func aSnapshotTheLedgerDoesNotHoldIsRefused() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, events) = try Self.ledger(fixture, count: 1500, seed: 2)
        try Self.snapshot(fixture, path)
        let original = try fixture.bytes(path)

        let (_, others) = try Self.ledger(fixture, count: 1500, seed: 3)
        #expect(try Self.open(fixture, path).refusal == .mismatch)
        #expect(CanonicalDesk(try Self.open(fixture, path).session.state) == CanonicalDesk(DeskState(replaying: others)))

        let starts = LedgerFixture.lineStarts(original)
        try fixture.write(original.prefix(starts[1000]), to: path)
        let cut = try Self.open(fixture, path)
        #expect(cut.refusal == .mismatch)
        #expect(CanonicalDesk(cut.session.state) == CanonicalDesk(DeskState(replaying: events.prefix(1000))))

        var rewritten = original
        rewritten[starts[1499] + 40] ^= 0x01
        try fixture.write(rewritten, to: path)
        #expect(try Self.open(fixture, path).refusal == .mismatch)
    }
}

extension LedgerFile {
    /// The head after reading the whole ledger.
    func readNewHead() throws -> String {
        _ = try readNew()
        return headHash
    }
}

enum SHA256Digest {
    static func of(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var digest: [UInt8] = []
        let hex = Array(Hex.sha256(bytes).utf8)
        for index in stride(from: 0, to: hex.count, by: 2) {
            digest.append(UInt8(String(decoding: hex[index..<(index + 2)], as: UTF8.self), radix: 16)!)
        }
        return digest
    }
}
