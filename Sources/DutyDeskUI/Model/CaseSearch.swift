import DutyDeskCore
import Foundation

/// The queue's search over a text prepared once per case (its searched fields lower-cased and
/// joined), so a key typed into the search only compares bytes: it neither lower-cases nor
/// converts any case's text.
struct CaseSearch: Sendable {
    /// Per case (its index in `DeskState.cases`): the searched fields, folded, each followed by a
    /// NUL so that a match never runs from one field into the next. Nil for a case a snapshot
    /// archived until a search first looks at it (only the closed lane's do).
    private var texts: [[UInt8]?] = []

    init(_ desk: DeskState) {
        texts = desk.cases.indices.map { desk.cases.isArchived($0) ? nil : Self.prepared(desk.cases[$0]) }
    }

    /// Prepares again the cases that changed and the new ones.
    mutating func update(_ desk: DeskState, touched: some Sequence<Int>) {
        while texts.count < desk.cases.count { texts.append(nil) }
        for index in touched { texts[index] = Self.prepared(desk.cases[index]) }
    }

    /// The query as `matches` takes it; nil for an empty one, which every case matches.
    static func query(_ typed: String) -> [UInt8]? {
        typed.isEmpty ? nil : folded(typed)
    }

    /// Whether one of the case's fields contains the query, ignoring case.
    mutating func matches(_ index: Int, _ query: [UInt8], in desk: DeskState) -> Bool {
        let text = texts[index] ?? Self.prepared(desk.cases[index])
        texts[index] = text
        return Self.contains(text, query)
    }

    /// Whether `text` holds `wanted`'s bytes in a row. `memchr` (vectorised in the C library)
    /// finds each place the last byte occurs: in Chinese text the first byte of a character is
    /// one of a few lead bytes, the last one varies far more.
    static func contains(_ text: [UInt8], _ wanted: [UInt8]) -> Bool {
        guard let last = wanted.last else { return true }
        guard wanted.count <= text.count else { return false }
        return text.withUnsafeBufferPointer { text in
            wanted.withUnsafeBufferPointer { wanted in
                let base = text.baseAddress!
                var from = wanted.count - 1
                while from < text.count {
                    guard let found = memchr(base + from, Int32(last), text.count - from) else { return false }
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + end + 1 - wanted.count, wanted.baseAddress!, wanted.count) == 0 { return true }
                    from = end + 1
                }
                return false
            }
        }
    }

    /// The code, the report's text, the caller and every unit: what an operator may search by.
    private static func prepared(_ subject: Case) -> [UInt8] {
        let report = subject.report
        var text: [UInt8] = []
        for field in [report.code, report.title, report.detail, report.locality, report.caller, report.phone, report.unit]
            + subject.units.map(\.unit) {
            text += folded(field)
            text.append(0)
        }
        return text
    }

    /// `lowercased()`'s UTF-8, without its cost for the text a desk writes: ASCII is lowered byte
    /// by byte and CJK has no case. Anything else goes through `lowercased()` whole, since a few
    /// scripts lower a letter by what surrounds it (Greek final sigma).
    static func folded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value) | (0x41...0x5A ~= value ? 0x20 : 0))
            } else if Self.caseless.contains(where: { $0 ~= value }) {
                UTF8.encode(scalar) { bytes.append($0) }
            } else {
                return Array(text.lowercased().utf8)
            }
        }
        return bytes
    }

    /// Blocks with no letter that has a case: general punctuation (“”…—), CJK punctuation, kana and
    /// ideographs, Hangul, and the fullwidth punctuation and digits before the fullwidth capitals.
    private static let caseless: [ClosedRange<UInt32>] = [0x2000...0x206F, 0x2E80...0x9FFF, 0xAC00...0xD7A3,
                                                          0xF900...0xFAFF, 0xFF01...0xFF20]
}
