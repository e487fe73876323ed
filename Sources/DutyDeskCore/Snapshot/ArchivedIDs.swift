/// Which case ids a snapshot's closed cases may have, answered without reading the closed part.
///
/// Every new case's first event asks whether a case with its id exists already. The closed cases'
/// table would answer, but reading it means checking the whole closed part's checksum first
/// (some 25 MB for a desk of a hundred thousand closed cases: a quarter of an `add` on it). This
/// set is in the snapshot's main bytes, under the head's checksum: a 64-bit fingerprint of each
/// closed case's id, sorted. An id whose fingerprint is not in it is certainly not a closed
/// case's; one whose fingerprint is (a closed case's, or by chance the same fingerprint) is
/// looked up in the table as before.
struct ArchivedIDs: Sendable, Equatable {
    private let fingerprints: [UInt64]

    init<S: Sequence>(_ ids: S) where S.Element == CaseID {
        fingerprints = ids.map(Self.fingerprint).sorted()
    }

    var count: Int { fingerprints.count }

    /// False only when no closed case has this id.
    func mayHold(_ id: CaseID) -> Bool {
        let wanted = Self.fingerprint(id)
        let index = fingerprints.indices.partitionPoint { fingerprints[$0] < wanted }
        return index < fingerprints.count && fingerprints[index] == wanted
    }

    func write(into out: inout CompactWriter) {
        out.unsigned(UInt64(fingerprints.count))
        for fingerprint in fingerprints { withUnsafeBytes(of: fingerprint.littleEndian) { out.raw($0) } }
    }

    /// The set as `write` wrote it; throws unless the fingerprints are in order.
    static func read(from input: inout CompactReader) throws(CompactReader.Malformed) -> ArchivedIDs {
        let at = input.offset
        let count = try input.count()
        guard count <= Int.max / 8 else { throw CompactReader.Malformed(offset: at) }
        let bytes = try input.raw(8 * count)
        // One copy and one pass over plain words: this runs on every opening, for every closed case.
        var inOrder = true
        let fingerprints = [UInt64](unsafeUninitializedCapacity: count) { words, initialized in
            var previous: UInt64 = 0
            for index in 0..<count {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 * index, as: UInt64.self))
                inOrder = inOrder && previous <= word
                previous = word
                words[index] = word
            }
            initialized = count
        }
        guard inOrder else { throw CompactReader.Malformed(offset: at) }
        return ArchivedIDs(sorted: fingerprints)
    }

    private init(sorted fingerprints: [UInt64]) { self.fingerprints = fingerprints }

    /// FNV-1a over the id's UTF-8: the same in every process (Swift's `Hasher` is seeded per process).
    private static func fingerprint(_ id: CaseID) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.rawValue.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
