import Crypto
import DutyDeskCore
import Foundation
import Glibc

/// How far a snapshot reaches into its ledger: which ledger, how many lines, and the last of them
/// (where it starts, how long it is with its newline, its hash). Holding one line of the file
/// against it is enough to know the snapshot is of this ledger's prefix: each line's hash covers
/// the one before it.
public struct LedgerMark: Sendable, Equatable {
    public let ledgerID: String
    public let seq: Int
    public let hash: String
    public let offset: Int
    public let length: Int

    public init(ledgerID: String, seq: Int, hash: String, offset: Int, length: Int) {
        self.ledgerID = ledgerID
        self.seq = seq
        self.hash = hash
        self.offset = offset
        self.length = length
    }
}

/// `<ledger>.snapshot`: a replayed desk (`DeskSnapshot`) with the mark of the last line it covers.
///
/// Layout: the magic line `dutydesk-snapshot\n`, then in `CompactBytes` the format version, the
/// mark (ledger id, seq, hash, offset, length), the main bytes' length, the archive table's
/// length, the number of closed cases' records and each one's length and SHA-256; the main bytes;
/// the archive table (`ArchiveTable`); the SHA-256 of everything before it; then the records, one
/// after another. Opening checks the head's checksum and maps the records without reading them:
/// a record is read, and checked against its own digest, only when its case is asked for, and the
/// table is read where it lies, so a desk of a hundred thousand closed cases opens in the time
/// its open ones take. Written whole or not at all (`SideFile.replace`: temporary file, fsync,
/// rename), mode 0640 like the ledger. It is a cache that cannot lie: whatever is wrong with it
/// (missing, another version, a bad checksum, a mark the ledger does not hold) only means a full
/// replay.
public enum SnapshotFile {
    static let magic = Array("dutydesk-snapshot\n".utf8)

    /// Why a snapshot was not used.
    public enum Refusal: Error, Sendable, Equatable {
        case missing
        case unreadable(String)
        case corrupt(String)
        case otherVersion(Int)
        /// The ledger does not hold the snapshot's last line where it says (another ledger, rewritten, cut).
        case mismatch
    }

    public static func path(forLedger ledger: String) -> String { ledger + ".snapshot" }

    public static func write(_ encoded: DeskSnapshot.Encoded, mark: LedgerMark, to path: String) throws {
        var out = CompactWriter()
        out.raw(magic)
        out.unsigned(UInt64(DeskSnapshot.formatVersion))
        out.string(mark.ledgerID)
        out.int(mark.seq)
        out.string(mark.hash)
        out.int(mark.offset)
        out.int(mark.length)
        out.unsigned(UInt64(encoded.main.count))
        out.unsigned(UInt64(encoded.archive.count))
        out.unsigned(UInt64(encoded.recordEnds.count))
        encoded.records.withUnsafeBytes { records in
            var start = 0
            for end in encoded.recordEnds {
                out.unsigned(UInt64(end - start))
                out.raw(Array(SHA256.hash(data: UnsafeRawBufferPointer(rebasing: records[start..<end]))))
                start = end
            }
        }
        var bytes = out.bytes
        bytes.reserveCapacity(bytes.count + encoded.main.count + encoded.archive.count + 32 + encoded.records.count)
        bytes += encoded.main
        bytes += encoded.archive
        let digest = bytes.withUnsafeBytes { Array(SHA256.hash(data: $0)) }
        bytes += digest
        bytes += encoded.records
        try SideFile.replace(path, with: bytes, mode: 0o640)
    }

    /// Maps the snapshot and checks its head: the mark, the main bytes, and where each record is.
    public static func read(_ path: String) throws -> Opened {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT { throw Refusal.missing }
            throw Refusal.unreadable(String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw Refusal.unreadable("not a regular file") }
        let size = Int(info.st_size)
        guard size >= magic.count + 32 else { throw Refusal.corrupt("too short") }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw Refusal.unreadable(String(cString: strerror(errno)))
        }
        let mapping = Mapping(start: mapped, size: size)
        let bytes = mapping.bytes
        guard bytes.starts(with: magic) else { throw Refusal.corrupt("not a snapshot") }
        var input = CompactReader(UnsafeRawBufferPointer(rebasing: bytes[magic.count...]))
        do {
            let version = Int(truncatingIfNeeded: try input.unsigned())
            guard version == DeskSnapshot.formatVersion else { throw Refusal.otherVersion(version) }
            let mark = LedgerMark(ledgerID: try input.string(), seq: try input.int(), hash: try input.string(),
                                  offset: try input.int(), length: try input.int())
            let mainLength = try input.count()
            let archiveLength = try input.count()
            let recordCount = try input.count()
            var spans: [Range<Int>] = []
            var digests: [UInt8] = []
            spans.reserveCapacity(recordCount)
            digests.reserveCapacity(recordCount * 32)
            var end = 0
            for _ in 0..<recordCount {
                let length = try input.count()
                spans.append(end..<(end + length))
                end += length
                digests += try input.raw(32)
            }
            let main = try input.raw(mainLength)
            let archive = try input.raw(archiveLength)
            let headEnd = magic.count + input.offset
            let checksum = try input.raw(32)
            guard Array(SHA256.hash(data: UnsafeRawBufferPointer(rebasing: bytes[..<headEnd]))).elementsEqual(checksum) else {
                throw Refusal.corrupt("checksum")
            }
            guard size - (headEnd + 32) == end else { throw Refusal.corrupt("the records do not fill the file") }
            return Opened(mark: mark, main: main, archive: archive, mapping: mapping, recordsStart: headEnd + 32,
                          spans: spans, digests: digests)
        } catch let malformed as CompactReader.Malformed {
            throw Refusal.corrupt(malformed.description)
        }
    }

    /// An open snapshot: its mark and main bytes, and its closed cases' records, read on demand
    /// for as long as a desk decoded from it lives (the mapping goes with the last reference).
    public final class Opened: CaseRecords, @unchecked Sendable {
        // Read-only memory, never changed after `read`, and the replay under its lock: safe to
        // share between threads.
        public let mark: LedgerMark
        /// Replays the ledger up to the mark, for a record that fails its digest; set by whoever
        /// knows the ledger (`SnapshotCache`). Run at most once.
        public var replay: (() -> DeskState?)?
        private var replayed: DeskState??
        private let lock = NSLock()
        public let main: UnsafeRawBufferPointer
        private let archive: UnsafeRawBufferPointer
        private let mapping: Mapping
        private let recordsStart: Int
        private let spans: [Range<Int>]
        private let digests: [UInt8]

        fileprivate init(mark: LedgerMark, main: UnsafeRawBufferPointer, archive: UnsafeRawBufferPointer, mapping: Mapping,
                         recordsStart: Int, spans: [Range<Int>], digests: [UInt8]) {
            self.mark = mark
            self.main = main
            self.archive = archive
            self.mapping = mapping
            self.recordsStart = recordsStart
            self.spans = spans
            self.digests = digests
        }

        public func withRecord<T>(_ number: Int, _ read: (UnsafeRawBufferPointer) throws -> T) rethrows -> T? {
            guard spans.indices.contains(number) else { return nil }
            let span = spans[number]
            let record = UnsafeRawBufferPointer(rebasing: mapping.bytes[(recordsStart + span.lowerBound)..<(recordsStart + span.upperBound)])
            guard SHA256.hash(data: record).elementsEqual(digests[(number * 32)..<(number * 32 + 32)]) else { return nil }
            return try read(record)
        }

        public func withArchive<T>(_ read: (UnsafeRawBufferPointer) throws -> T) rethrows -> T { try read(archive) }

        public func replayedDesk() -> DeskState? {
            lock.lock()
            defer { lock.unlock() }
            if replayed == nil { replayed = .some(replay?()) }
            return replayed ?? nil
        }
    }

    /// The file's bytes in memory, unmapped when the last reader lets go.
    fileprivate final class Mapping: @unchecked Sendable {
        let start: UnsafeMutableRawPointer
        let size: Int

        init(start: UnsafeMutableRawPointer, size: Int) {
            self.start = start
            self.size = size
        }

        var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: start, count: size) }

        deinit { munmap(start, size) }
    }
}
