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
/// mark (ledger id, seq, hash, offset, length), the main bytes' length, the archive table's length
/// and the number of closed cases' records; the main bytes; the SHA-256 of everything before it
/// (the head). Then the closed part: the archive table (`ArchiveTable`) and the records' index
/// (for each record where it ends, 8 bytes little-endian, and its SHA-256), with a SHA-256 of
/// their own; then the records, one after another.
///
/// Opening maps the file and checks the head only; the closed part is checked the first time
/// anything in it is read, and a record against its own digest each time it is read. A process
/// that needs only the open cases (`add`) never reads the closed part: hashing its 18 MB at a
/// million events was a fifth of an `add`. Whatever fails its check is read from the ledger
/// instead (`CaseRecords.replayedDesk`), so a desk of a hundred thousand closed cases opens in
/// the time its open ones take and can still not be shown anything the ledger does not hold.
/// Written whole or not at all (`SideFile.replace`: temporary file, fsync, rename), mode 0640
/// like the ledger. It is a cache that cannot lie: whatever is wrong with it (missing, another
/// version, a bad checksum, a mark the ledger does not hold) only means a replay.
public enum SnapshotFile {
    static let magic = Array("dutydesk-snapshot\n".utf8)
    /// A record's entry in the index: where it ends and its SHA-256.
    static let indexEntry = 8 + 32

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
        var bytes = out.bytes
        let closedLength = encoded.archive.count + indexEntry * encoded.recordEnds.count
        bytes.reserveCapacity(bytes.count + encoded.main.count + 32 + closedLength + 32 + encoded.records.count)
        bytes += encoded.main
        bytes += bytes.withUnsafeBytes { Array(SHA256.hash(data: $0)) }
        let closedStart = bytes.count
        bytes += encoded.archive
        encoded.records.withUnsafeBytes { records in
            var start = 0
            for end in encoded.recordEnds {
                withUnsafeBytes(of: UInt64(end).littleEndian) { bytes += $0 }
                bytes += Array(SHA256.hash(data: UnsafeRawBufferPointer(rebasing: records[start..<end])))
                start = end
            }
        }
        bytes += bytes.withUnsafeBytes { Array(SHA256.hash(data: UnsafeRawBufferPointer(rebasing: $0[closedStart...]))) }
        bytes += encoded.records
        try SideFile.replace(path, with: bytes, mode: 0o640)
    }

    /// Maps the snapshot and checks its head: the mark and the main bytes, and that the closed
    /// part and the records have room in the file.
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
            let main = try input.raw(mainLength)
            let headEnd = magic.count + input.offset
            let checksum = try input.raw(32)
            guard Array(SHA256.hash(data: UnsafeRawBufferPointer(rebasing: bytes[..<headEnd]))).elementsEqual(checksum) else {
                throw Refusal.corrupt("checksum")
            }
            // Each part is bounded by the file before it is multiplied or added, so nothing overflows.
            let closedStart = headEnd + 32
            guard archiveLength <= size, recordCount <= size / indexEntry,
                  closedStart + archiveLength + indexEntry * recordCount + 32 <= size else {
                throw Refusal.corrupt("the closed cases do not fit the file")
            }
            let closedEnd = closedStart + archiveLength + indexEntry * recordCount
            return Opened(mark: mark, main: main, mapping: mapping, archive: closedStart..<(closedStart + archiveLength),
                          index: (closedStart + archiveLength)..<closedEnd, recordCount: recordCount)
        } catch let malformed as CompactReader.Malformed {
            throw Refusal.corrupt(malformed.description)
        }
    }

    /// An open snapshot: its mark and main bytes, and its closed cases' table and records, read on
    /// demand for as long as a desk decoded from it lives (the mapping goes with the last reference).
    public final class Opened: CaseRecords, @unchecked Sendable {
        // Read-only memory, never changed after `read`; the closed part's verdict and the replay
        // under their locks: safe to share between threads.
        public let mark: LedgerMark
        /// Replays the ledger up to the mark, for a record that fails its digest; set by whoever
        /// knows the ledger (`SnapshotCache`). Run at most once.
        public var replay: (() -> DeskState?)?
        private var replayed: DeskState??
        private let lock = NSLock()
        public let main: UnsafeRawBufferPointer
        public let recordCount: Int
        private let mapping: Mapping
        private let archive: Range<Int>
        private let index: Range<Int>
        private var closedPartSound: Bool?
        private let checking = NSLock()

        fileprivate init(mark: LedgerMark, main: UnsafeRawBufferPointer, mapping: Mapping, archive: Range<Int>,
                         index: Range<Int>, recordCount: Int) {
            self.mark = mark
            self.main = main
            self.mapping = mapping
            self.archive = archive
            self.index = index
            self.recordCount = recordCount
        }

        public func withRecord<T>(_ number: Int, _ read: (UnsafeRawBufferPointer) throws -> T) rethrows -> T? {
            guard (0..<recordCount).contains(number), closedPartHolds() else { return nil }
            let records = index.upperBound + 32
            let start = number == 0 ? 0 : end(of: number - 1), end = end(of: number)
            let record = UnsafeRawBufferPointer(rebasing: mapping.bytes[(records + start)..<(records + end)])
            let digest = index.lowerBound + number * SnapshotFile.indexEntry + 8
            guard SHA256.hash(data: record).elementsEqual(mapping.bytes[digest..<(digest + 32)]) else { return nil }
            return try read(record)
        }

        public func withArchive<T>(_ read: (UnsafeRawBufferPointer) throws -> T) throws -> T {
            guard closedPartHolds() else { throw Refusal.corrupt("the closed cases' checksum") }
            return try read(UnsafeRawBufferPointer(rebasing: mapping.bytes[archive]))
        }

        /// Gives back the main bytes' pages once the desk is decoded from them. The open cases are
        /// then in memory twice, as bytes and as cases: 36 MB of a console's resident memory at
        /// a hundred thousand open cases. The mapping stays, and a later read of them only faults
        /// them in again from the file, which a snapshot never changes in place (it is replaced).
        public func releaseMain() {
            guard let start = main.baseAddress else { return }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let from = (Int(bitPattern: start) + page - 1) / page * page
            let to = (Int(bitPattern: start) + main.count) / page * page
            guard to > from, let first = UnsafeMutableRawPointer(bitPattern: from) else { return }
            madvise(first, to - from, MADV_DONTNEED)
        }

        public func replayedDesk() -> DeskState? {
            lock.lock()
            defer { lock.unlock() }
            if replayed == nil { replayed = .some(replay?()) }
            return replayed ?? nil
        }

        /// Where record `number` ends among the records; read in place, trusted once the closed
        /// part has held.
        private func end(of number: Int) -> Int {
            // Clamped: a damaged entry beyond Int's range fails the bounds check rather than trapping.
            Int(clamping: UInt64(littleEndian: mapping.bytes.loadUnaligned(
                fromByteOffset: index.lowerBound + number * SnapshotFile.indexEntry, as: UInt64.self)))
        }

        /// The closed part against its checksum, once: and the index's ends in order, within the
        /// records, the last at their end, and the table of as many cases as there are records.
        private func closedPartHolds() -> Bool {
            checking.lock()
            defer { checking.unlock() }
            if let closedPartSound { return closedPartSound }
            let bytes = mapping.bytes
            let part = UnsafeRawBufferPointer(rebasing: bytes[archive.lowerBound..<index.upperBound])
            var sound = SHA256.hash(data: part).elementsEqual(bytes[index.upperBound..<(index.upperBound + 32)])
            let recordsLength = bytes.count - (index.upperBound + 32)
            var previous = 0
            for number in 0..<recordCount where sound {
                let end = end(of: number)
                sound = end >= previous && end <= recordsLength
                previous = end
            }
            sound = sound && previous == recordsLength
                && (try? ArchiveTable(UnsafeRawBufferPointer(rebasing: bytes[archive])).count) == recordCount
            closedPartSound = sound
            return sound
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
