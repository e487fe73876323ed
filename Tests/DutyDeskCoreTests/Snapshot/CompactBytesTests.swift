import Foundation
import Testing
@testable import DutyDeskCore

/// The snapshot's byte layout: the encodings LEB128 and zigzag fix, a round trip of each kind, and
/// every byte out of place read as `Malformed` at its offset rather than a trap.
@Suite struct CompactBytesTests {
    static func read<T>(_ bytes: [UInt8], _ body: (inout CompactReader) throws -> T) throws -> T {
        try bytes.withUnsafeBytes { buffer in
            var reader = CompactReader(buffer)
            return try body(&reader)
        }
    }

    @Test func numbersAreLEB128AndZigzag() {
        var writer = CompactWriter()
        writer.unsigned(0)
        writer.unsigned(127)
        writer.unsigned(300)
        writer.int(-1)
        writer.int(1)
        writer.int(-64)
        #expect(writer.bytes == [0x00, 0x7F, 0xAC, 0x02, 0x01, 0x02, 0x7F])
    }

    @Test func eachKindReadsBackAsWritten() throws {
        let moment = Date(timeIntervalSince1970: 1_795_000_000.123456)
        var writer = CompactWriter()
        writer.unsigned(UInt64.max)
        writer.int(Int.min)
        writer.int(Int.max)
        writer.bool(true)
        writer.date(moment)
        writer.string("网传自来水发黄 ✓")
        writer.raw([9, 8])
        writer.place(of: Grade.general, among: Array(Grade.allCases))
        try Self.read(writer.bytes) { (reader: inout CompactReader) throws in
            #expect(try reader.unsigned() == UInt64.max)
            #expect(try reader.int() == Int.min)
            #expect(try reader.int() == Int.max)
            #expect(try reader.bool())
            #expect(try reader.date() == moment, "a date's fraction survives exactly")
            #expect(try reader.string() == "网传自来水发黄 ✓")
            #expect(Array(try reader.raw(2)) == [9, 8])
            #expect(try reader.place(among: Array(Grade.allCases)) == Grade.general)
            #expect(reader.isAtEnd)
        }
    }

    @Test func aByteOutOfPlaceIsMalformedAtItsOffset() {
        let cases: [([UInt8], Int, (inout CompactReader) throws -> Void)] = [
            ([0x80, 0x80], 2, { reader in _ = try reader.unsigned() }),  // varint cut off
            ([UInt8](repeating: 0xFF, count: 10) + [0x01], 10, { reader in
                _ = try reader.unsigned() }),                                                             // past 64 bits
            ([0x02], 0, { reader in _ = try reader.bool() }),
            ([0x01, 0x02, 0x03], 0, { reader in _ = try reader.date() }),
            ([0x05, 0x61], 1, { reader in _ = try reader.count() }),     // more than is left
            ([0x02, 0xC3, 0x28], 1, { reader in _ = try reader.string() }),  // not UTF-8
            // A cut-off four-byte sequence, repaired as one U+FFFD of the same length.
            ([0x03, 0xF0, 0x9F, 0x98], 1, { reader in _ = try reader.string() }),
            ([0x01], 0, { reader in _ = try reader.raw(2) }),
            ([0x03], 0, { reader in _ = try reader.place(among: ["a", "b", "c"]) }),  // past the values
        ]
        for (bytes, offset, body) in cases {
            #expect(throws: CompactReader.Malformed(offset: offset), "\(bytes)") { try Self.read(bytes, body) }
        }
    }
}
