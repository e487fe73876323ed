import Foundation

/// A snapshot's closed cases as they lie in its bytes: each one's summary (`CaseList.Summary`),
/// and where a case is by its id, its code and its originating system's reference, found by
/// binary search. Nothing is decoded on opening: a desk of a hundred thousand closed cases
/// answers `add`'s "is this reference known?" by reading some twenty summaries' first strings.
///
/// Layout, every number little-endian: the number of summaries N, the number of references R,
/// the length of the summaries' bytes; where each summary ends (N × 8 bytes); the summaries'
/// numbers sorted by id, by code (upper-cased) and by reference (the R with one), 4 bytes each;
/// for each summary the number of the first one whose queue row's facts are the same (4 bytes);
/// then the summaries, each as `CaseList.Summary.write` writes it (id, code, reference and search
/// text first).
/// Equal keys are sorted by number, which is the order the cases were reported in.
///
/// Every read checks its bounds and throws `CompactReader.Malformed` for bytes out of place, so a
/// damaged table can only make its reader fall back to the ledger (`CaseList`), never trap.
public struct ArchiveTable {
    private let bytes: UnsafeRawBufferPointer
    public let count: Int
    private let referenceCount: Int
    private let endsAt = 24
    private let byIDAt: Int
    private let byCodeAt: Int
    private let byReferenceAt: Int
    private let rowOwnersAt: Int
    private let summariesAt: Int

    public init(_ bytes: UnsafeRawBufferPointer) throws(CompactReader.Malformed) {
        guard bytes.count >= 24 else { throw CompactReader.Malformed(offset: 0) }
        self.bytes = bytes
        let count = Self.number(bytes, at: 0)
        let references = Self.number(bytes, at: 8)
        let length = Self.number(bytes, at: 16)
        // Each part is bounded by the whole before it is multiplied, so no product overflows.
        guard count <= UInt64(bytes.count), references <= count, length <= UInt64(bytes.count),
              24 + 20 * count + 4 * references + length == UInt64(bytes.count) else {
            throw CompactReader.Malformed(offset: 0)
        }
        self.count = Int(count)
        referenceCount = Int(references)
        byIDAt = endsAt + 8 * self.count
        byCodeAt = byIDAt + 4 * self.count
        byReferenceAt = byCodeAt + 4 * self.count
        rowOwnersAt = byReferenceAt + 4 * referenceCount
        summariesAt = rowOwnersAt + 4 * self.count
    }

    /// Summary `number`, whole.
    public func summary(_ number: Int) throws -> CaseList.Summary {
        var input = try reader(number)
        return try CaseList.Summary.read(from: &input)
    }

    /// Summary `number`'s id, read without the rest.
    public func id(_ number: Int) throws -> CaseID {
        var input = try reader(number)
        return CaseID(try input.string())
    }

    /// Every summary's code, in the order numbered.
    public func codes() throws -> [String] {
        try (0..<count).map { number in
            var input = try reader(number, past: .id)
            return try input.string()
        }
    }

    /// What a report over a period and the shift's list ask of every closed case, read without its strings.
    public func span(_ number: Int) throws -> (firstSeq: Int, earliest: Date, latest: Date) {
        var input = try reader(number, past: .searchText)
        return (try input.int(), try input.date(), try input.date())
    }

    /// Summary `number`'s search text (`SearchText`), where it lies: valid while these bytes are.
    public func searchText(_ number: Int) throws -> UnsafeRawBufferPointer {
        var input = try reader(number, past: .ref)
        return try input.raw(try input.count())
    }

    /// The first summary whose queue row's facts (`CaseList.Summary.Row`) are summary `number`'s.
    public func rowOwner(_ number: Int) throws -> Int {
        guard (0..<count).contains(number) else { throw CompactReader.Malformed(offset: rowOwnersAt) }
        return try entry(rowOwnersAt, number)
    }

    /// The summary with this id.
    public func number(id: CaseID) throws -> Int? {
        try first(in: byIDAt, count: count, equalTo: id.rawValue) { try self.keys($0).id }
    }

    /// The last summary with this code (upper-cased, as `DeskState` looks codes up): a later case
    /// with a code already used is the one found, as a replay indexes it.
    public func lastNumber(codeKey: String) throws -> Int? {
        try last(in: byCodeAt, count: count, equalTo: codeKey) { DeskState.codeKey(try self.keys($0).code) }
    }

    /// The first summary with this reference: the case first opened for it.
    public func firstNumber(reference: String) throws -> Int? {
        try first(in: byReferenceAt, count: referenceCount, equalTo: reference) { try self.keys($0).ref }
    }

    /// The table of `summaries`, in the order numbered.
    public static func bytes(of summaries: [CaseList.Summary]) -> [UInt8] {
        var written = CompactWriter()
        var ends: [Int] = []
        ends.reserveCapacity(summaries.count)
        for summary in summaries {
            summary.write(into: &written)
            ends.append(written.bytes.count)
        }
        func sorted(_ numbers: [Int], by key: (CaseList.Summary) -> String) -> [Int] {
            let keys = summaries.map { Array(key($0).utf8) }
            return numbers.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) || (keys[$0] == keys[$1] && $0 < $1) }
        }
        let all = Array(summaries.indices)
        let referenced = all.filter { !summaries[$0].ref.isEmpty }
        var out: [UInt8] = []
        out.reserveCapacity(24 + 20 * summaries.count + 4 * referenced.count + written.bytes.count)
        for number in [summaries.count, referenced.count, written.bytes.count] + ends { append(UInt64(number), to: &out) }
        for numbers in [sorted(all) { $0.id.rawValue }, sorted(all) { DeskState.codeKey($0.code) },
                        sorted(referenced) { $0.ref }] {
            for number in numbers { append(UInt32(number), to: &out) }
        }
        var owners: [CaseList.Summary.Row: Int] = [:]
        for (number, summary) in summaries.enumerated() {
            append(UInt32(owners[summary.row, default: number]), to: &out)
            if owners[summary.row] == nil { owners[summary.row] = number }
        }
        out += written.bytes
        return out
    }

    // MARK: - Reading

    private func reader(_ number: Int) throws -> CompactReader {
        guard (0..<count).contains(number) else { throw CompactReader.Malformed(offset: endsAt) }
        let start = number == 0 ? 0 : Self.number(bytes, at: endsAt + 8 * (number - 1))
        let end = Self.number(bytes, at: endsAt + 8 * number)
        let length = UInt64(bytes.count - summariesAt)
        guard start <= end, end <= length else { throw CompactReader.Malformed(offset: endsAt + 8 * number) }
        return CompactReader(UnsafeRawBufferPointer(rebasing: bytes[(summariesAt + Int(start))..<(summariesAt + Int(end))]))
    }

    /// The byte strings a summary begins with, in the order `CaseList.Summary.write` writes them.
    private enum Leading: Int { case id = 1, code, ref, searchText }

    /// A reader of summary `number` after its leading byte strings up to and including `field`,
    /// stepped over without being made into strings.
    private func reader(_ number: Int, past field: Leading) throws -> CompactReader {
        var input = try reader(number)
        for _ in 0..<field.rawValue { _ = try input.raw(try input.count()) }
        return input
    }

    private func keys(_ number: Int) throws -> (id: String, code: String, ref: String) {
        var input = try reader(number)
        return (try input.string(), try input.string(), try input.string())
    }

    /// The summary number at `index` of the sorted list at `offset`.
    private func entry(_ offset: Int, _ index: Int) throws -> Int {
        let number = Int(bytes.loadUnaligned(fromByteOffset: offset + 4 * index, as: UInt32.self).littleEndian)
        guard number < count else { throw CompactReader.Malformed(offset: offset + 4 * index) }
        return number
    }

    /// The first index of the sorted list whose key is not below `key` (`after`: above it).
    private func boundary(in offset: Int, count: Int, key: [UInt8], after: Bool,
                          _ keyOf: (Int) throws -> String) throws -> Int {
        try (0..<count).partitionPoint { middle in
            let probe = Array(try keyOf(try entry(offset, middle)).utf8)
            return after ? !key.lexicographicallyPrecedes(probe) : probe.lexicographicallyPrecedes(key)
        }
    }

    private func first(in offset: Int, count: Int, equalTo key: String,
                       _ keyOf: (Int) throws -> String) throws -> Int? {
        let index = try boundary(in: offset, count: count, key: Array(key.utf8), after: false, keyOf)
        guard index < count else { return nil }
        let number = try entry(offset, index)
        return try keyOf(number) == key ? number : nil
    }

    private func last(in offset: Int, count: Int, equalTo key: String,
                      _ keyOf: (Int) throws -> String) throws -> Int? {
        let index = try boundary(in: offset, count: count, key: Array(key.utf8), after: true, keyOf)
        guard index > 0 else { return nil }
        let number = try entry(offset, index - 1)
        return try keyOf(number) == key ? number : nil
    }

    private static func number(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
}
