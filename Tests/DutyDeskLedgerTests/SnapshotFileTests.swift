import Crypto
import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

@Suite struct SnapshotFileTests {
    static let mark = LedgerMark(ledgerID: "L-1", seq: 42, hash: "ab12", offset: 9_000, length: 230)
    /// An empty desk's encoding: a main part and no closed cases' records (`SnapshotCacheTests`
    /// reads records, a damaged one included).
    static let payload = DeskSnapshot.encode(DeskState())

    static func read(_ path: String) -> Result<(LedgerMark, [UInt8], [[UInt8]]), SnapshotFile.Refusal> {
        do {
            let opened = try SnapshotFile.read(path)
            let records = (0..<3).compactMap { number in opened.withRecord(number) { Array($0) } }
            return .success((opened.mark, Array(opened.main), records))
        } catch let refusal as SnapshotFile.Refusal {
            return .failure(refusal)
        } catch {
            Issue.record("not a refusal: \(error)")
            return .failure(.unreadable("\(error)"))
        }
    }

    /// What is written is what is read: the mark, the main part and each record, byte for byte.
    @Test func aSnapshotReadsBackAsWritten() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl.snapshot")
        try SnapshotFile.write(Self.payload, mark: Self.mark, to: path)
        guard case .success(let (mark, main, records)) = Self.read(path) else { Issue.record("refused"); return }
        #expect(mark == Self.mark && main == Self.payload.main)
        #expect(records.isEmpty, "no record beyond those written")
        #expect(SnapshotFile.path(forLedger: "/desk/ledger.jsonl") == "/desk/ledger.jsonl.snapshot")
    }

    /// The main bytes' pages given back after the decode are read again from the file, as
    /// written: a desk that reads them later (or a record beside them) gets the same bytes.
    @Test func theMainBytesReadTheSameAfterTheirPagesAreGivenBack() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl.snapshot")
        var payload = Self.payload
        payload.main = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try SnapshotFile.write(payload, mark: Self.mark, to: path)
        let opened = try SnapshotFile.read(path)
        #expect(Array(opened.main) == payload.main)
        opened.releaseMain()
        #expect(Array(opened.main) == payload.main)
        opened.releaseMain()
        #expect(Array(opened.main) == payload.main, "twice is as once")
    }

    /// Whatever is wrong with a snapshot only refuses it, saying why: a cache that cannot lie.
    @Test func aDamagedSnapshotIsRefusedSayingWhy() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl.snapshot")
        #expect(Self.read(path).refusal == .missing)
        try SnapshotFile.write(Self.payload, mark: Self.mark, to: path)
        var bytes = try fixture.bytes(path)
        // The last byte of the main part, before the head's checksum, the closed part (an empty
        // table, no records) and its checksum.
        bytes[bytes.count - 32 - Self.payload.archive.count - 32 - 1] ^= 0x01
        try fixture.write(bytes, to: path)
        #expect(Self.read(path).refusal == .corrupt("checksum"))
        try fixture.write(Array("dutydesk".utf8), to: path)
        #expect(Self.read(path).refusal == .corrupt("too short"))
        try FileManager.default.createDirectory(atPath: fixture.scratch.file("folder"), withIntermediateDirectories: true)
        #expect(Self.read(fixture.scratch.file("folder")).refusal == .unreadable("not a regular file"))
    }

    /// The closed cases' part is checked when it is first read, not on opening: damaged, the
    /// snapshot still opens, and its table and records refuse to be read (the reader then goes
    /// to the ledger).
    @Test func aDamagedClosedPartOpensAndRefusesToBeRead() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl.snapshot")
        try SnapshotFile.write(Self.payload, mark: Self.mark, to: path)
        let sound = try SnapshotFile.read(path)
        #expect(try sound.withArchive { try ArchiveTable($0).count } == 0)
        var bytes = try fixture.bytes(path)
        bytes[bytes.count - 32 - 1] ^= 0x01  // the table's last byte
        try fixture.write(bytes, to: path)
        let opened = try SnapshotFile.read(path)
        #expect(opened.mark == Self.mark && Array(opened.main) == Self.payload.main)
        #expect(throws: SnapshotFile.Refusal.corrupt("the closed cases' checksum")) {
            try opened.withArchive { try ArchiveTable($0).count }
        }
    }

    /// A file whose checksum holds but which is no snapshot, or one of another format version.
    @Test func aSoundFileOfAnotherKindOrVersionIsRefused() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl.snapshot")
        func sealed(_ body: [UInt8]) -> [UInt8] { body + Array(SHA256.hash(data: body)) }
        try fixture.write(sealed(Array("not a snapshot at all, but long enough\n".utf8)), to: path)
        #expect(Self.read(path).refusal == .corrupt("not a snapshot"))
        var later = CompactWriter()
        later.unsigned(UInt64(DeskSnapshot.formatVersion + 1))
        try fixture.write(sealed(SnapshotFile.magic + later.bytes), to: path)
        #expect(Self.read(path).refusal == .otherVersion(DeskSnapshot.formatVersion + 1))
    }
}

private extension Result {
    var refusal: Failure? { if case .failure(let failure) = self { failure } else { nil } }
}
