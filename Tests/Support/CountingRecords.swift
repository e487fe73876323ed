import DutyDeskCore
import Foundation

/// A snapshot's closed cases' records held in memory, as `SnapshotFile` maps them from the file,
/// counting how many times a case was decoded from them and the table was read: what tests of
/// "this decodes only what it shows" count through the same `CaseRecords` door production reads by.
public final class CountingRecords: CaseRecords, @unchecked Sendable {
    private let bytes: [UInt8]
    private let ends: [Int]
    private let archive: [UInt8]
    private let lock = NSLock()
    private var count = 0
    private var tableCount = 0

    public init(_ encoded: DeskSnapshot.Encoded) {
        bytes = encoded.records
        ends = encoded.recordEnds
        archive = encoded.archive
    }

    /// The desk `desk`'s snapshot rebuilds, reading its closed cases from records counted here.
    public static func restored(_ desk: DeskState) throws -> (DeskState, CountingRecords) {
        let encoded = DeskSnapshot.encode(desk)
        let records = CountingRecords(encoded)
        return (try encoded.main.withUnsafeBytes { try DeskSnapshot.decode($0, records: records) }, records)
    }

    /// How many records were read so far.
    public var reads: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    /// How many times the closed cases' table was read so far (in a file, each first read checks
    /// the whole closed part's checksum).
    public var archiveReads: Int {
        lock.lock()
        defer { lock.unlock() }
        return tableCount
    }

    public func withRecord<T>(_ number: Int, _ read: (UnsafeRawBufferPointer) throws -> T) rethrows -> T? {
        guard ends.indices.contains(number) else { return nil }
        lock.lock()
        count += 1
        lock.unlock()
        let start = number == 0 ? 0 : ends[number - 1]
        return try bytes.withUnsafeBytes { try read(UnsafeRawBufferPointer(rebasing: $0[start..<ends[number]])) }
    }

    public var recordCount: Int { ends.count }

    public func withArchive<T>(_ read: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        lock.lock()
        tableCount += 1
        lock.unlock()
        return try archive.withUnsafeBytes(read)
    }

    /// Records in memory do not fail.
    public func replayedDesk() -> DeskState? { nil }
}
