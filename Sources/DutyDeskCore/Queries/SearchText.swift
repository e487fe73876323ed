import Foundation

/// What the queue's search looks through in a case: its code, the report's text, the caller and
/// every unit, each field folded as `lowercased()` folds it and followed by a NUL, so that a
/// match never runs from one field into the next. A snapshot keeps it in a closed case's summary
/// (`CaseList.Summary.searchText`), so a search reads it there rather than decoding the case.
public enum SearchText {
    /// The case's text, as a search compares it.
    public static func of(_ subject: Case) -> [UInt8] {
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
    public static func folded(_ text: String) -> [UInt8] {
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

    /// Whether `text` holds `wanted`'s bytes in a row. `memchr` (vectorised in the C library)
    /// finds each place the last byte occurs: in Chinese text the first byte of a character is
    /// one of a few lead bytes, the last one varies far more.
    public static func contains(_ text: UnsafeRawBufferPointer, _ wanted: [UInt8]) -> Bool {
        guard let last = wanted.last else { return true }
        guard wanted.count <= text.count else { return false }
        return wanted.withUnsafeBufferPointer { wanted in
            let base = text.baseAddress!
            var from = wanted.count - 1
            while from < text.count {
                guard let found = memchr(base + from, Int32(last), text.count - from) else { return false }
                let end = base.distance(to: UnsafeRawPointer(found))
                if memcmp(base + end + 1 - wanted.count, wanted.baseAddress!, wanted.count) == 0 { return true }
                from = end + 1
            }
            return false
        }
    }

    /// Blocks with no letter that has a case: general punctuation (“”…—), CJK punctuation, kana and
    /// ideographs, Hangul, and the fullwidth punctuation and digits before the fullwidth capitals.
    private static let caseless: [ClosedRange<UInt32>] = [0x2000...0x206F, 0x2E80...0x9FFF, 0xAC00...0xD7A3,
                                                          0xF900...0xFAFF, 0xFF01...0xFF20]
}
