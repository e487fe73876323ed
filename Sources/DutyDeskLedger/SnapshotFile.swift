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
/// mark (ledger id, seq, hash, offset, length) and the payload's length and bytes, then the
/// SHA-256 of everything before it. Written whole or not at all (`SideFile.replace`: temporary
/// file, fsync, rename), mode 0640 like the ledger. It is a cache that cannot lie: whatever is
/// wrong with it (missing, another version, a bad checksum, a mark the ledger does not hold) only
/// means a full replay.
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

    public static func write(_ payload: [UInt8], mark: LedgerMark, to path: String) throws {
        var out = CompactWriter()
        out.raw(magic)
        out.unsigned(UInt64(DeskSnapshot.formatVersion))
        out.string(mark.ledgerID)
        out.int(mark.seq)
        out.string(mark.hash)
        out.int(mark.offset)
        out.int(mark.length)
        out.unsigned(UInt64(payload.count))
        var bytes = out.bytes
        bytes.reserveCapacity(bytes.count + payload.count + 32)
        bytes += payload
        let digest = bytes.withUnsafeBytes { Array(SHA256.hash(data: $0)) }
        bytes += digest
        try SideFile.replace(path, with: bytes, mode: 0o640)
    }

    /// Maps the snapshot, checks its checksum and header, and hands its mark and payload to `use`
    /// (the payload is valid only inside it).
    public static func read<T>(_ path: String,
                               _ use: (LedgerMark, UnsafeRawBufferPointer) throws -> T) throws -> T {
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
        defer { munmap(mapped, size) }
        let bytes = UnsafeRawBufferPointer(start: mapped, count: size)
        let body = UnsafeRawBufferPointer(rebasing: bytes[..<(size - 32)])
        guard Array(SHA256.hash(data: body)).elementsEqual(bytes[(size - 32)...]) else {
            throw Refusal.corrupt("checksum")
        }
        guard body.starts(with: magic) else { throw Refusal.corrupt("not a snapshot") }
        var input = CompactReader(UnsafeRawBufferPointer(rebasing: body[magic.count...]))
        do {
            let version = Int(truncatingIfNeeded: try input.unsigned())
            guard version == DeskSnapshot.formatVersion else { throw Refusal.otherVersion(version) }
            let mark = LedgerMark(ledgerID: try input.string(), seq: try input.int(), hash: try input.string(),
                                  offset: try input.int(), length: try input.int())
            let payload = try input.raw(try input.count())
            guard input.isAtEnd else { throw Refusal.corrupt("bytes after the payload") }
            return try use(mark, payload)
        } catch let malformed as CompactReader.Malformed {
            throw Refusal.corrupt(malformed.description)
        }
    }
}
