import DutyDeskCore
import DutyDeskJSON
import Foundation

/// Reads a line laid out exactly as `LineFraming.encode` writes it, by matching its literal keys in
/// their fixed order: only `data` goes through the JSON parser. Replaying a large ledger spends
/// most of its time here, and this is several times cheaper than building a JSON tree of every line.
///
/// It only ever accepts: anything unexpected (another layout, an escape, a gap, a broken chain,
/// invalid UTF-8) returns nil, and `LineFraming.decodeInGeneral` reads the line instead and names
/// what is wrong, so errors are the same either way.
struct EnvelopeReader {
    private let line: UnsafeRawBufferPointer
    private var index = 0

    /// `,"prev":"` + 64 hex + `"` + `,"hash":"` + 64 hex + `"}`: the fixed end of every line.
    private static let trailerLength = 9 + 64 + 1 + LineFraming.hashSuffixLength

    static func decode(_ line: UnsafeRawBufferPointer, expectedSeq: Int, previousHash: LineHash) -> Event? {
        var reader = EnvelopeReader(line: line)
        return reader.event(expectedSeq: expectedSeq, previousHash: previousHash)
    }

    private init(line: UnsafeRawBufferPointer) { self.line = line }

    private mutating func event(expectedSeq: Int, previousHash: LineHash) -> Event? {
        let trailer = line.count - Self.trailerLength
        guard trailer > 0, expect(#"{"v":1,"seq":"#), let seq = integer(), seq == expectedSeq,
              expect(#","id":""#), let id = string(),
              expect(#","at":""#), let at = timestamp(),
              expect(#","op":""#), let operatorName = string(),
              expect(#","type":""#), let type = string(),
              expect(#","case":"#), let caseID = nullableString(),
              expect(#","data":"#), index < trailer else { return nil }
        let data = UnsafeRawBufferPointer(rebasing: line[index..<trailer])
        index = trailer
        guard expect(#","prev":""#),
              LineHash(UnsafeRawBufferPointer(rebasing: line[index..<(index + 64)])) == previousHash,
              let object = try? JSONParser.parse(data).objectValue,
              let body = try? EventPayloadCodec.decode(type: type, data: object) else { return nil }
        return Event(seq: seq, id: id, recordedAt: at, operatorName: operatorName, caseID: caseID.map(CaseID.init), body: body)
    }

    private mutating func expect(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= line.count,
              memcmp(line.baseAddress! + index, literal.utf8Start, count) == 0 else { return false }
        index += count
        return true
    }

    /// A positive decimal integer without leading zeros, as the writer puts `seq`.
    private mutating func integer() -> Int? {
        var value = 0
        let start = index
        while index < line.count, case let byte = line[index], byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            guard index - start < 18 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start, line[start] != UInt8(ascii: "0") else { return nil }
        return value
    }

    /// The rest of a string whose opening quote was matched, up to its closing quote. A string
    /// with an escape or a control character is left to the JSON parser; UTF-8 must be valid.
    private mutating func string() -> String? {
        let start = index
        var ascii = true
        while index < line.count {
            let byte = line[index]
            if byte == UInt8(ascii: "\"") { break }
            guard byte >= 0x20, byte != UInt8(ascii: "\\") else { return nil }
            ascii = ascii && byte < 0x80
            index += 1
        }
        guard index < line.count else { return nil }
        let bytes = UnsafeRawBufferPointer(rebasing: line[start..<index]).assumingMemoryBound(to: UInt8.self)
        index += 1
        return ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }

    private mutating func timestamp() -> Date? {
        let start = index
        while index < line.count, line[index] != UInt8(ascii: "\"") { index += 1 }
        guard index < line.count else { return nil }
        let date = ISO8601Timestamp.parse(utf8: UnsafeRawBufferPointer(rebasing: line[start..<index]))
        index += 1
        return date
    }

    /// `null`, or a string: the outer optional says whether the bytes were either.
    private mutating func nullableString() -> String?? {
        if expect("null") { return .some(nil) }
        guard expect("\"") else { return nil }
        return string().map { .some($0) }
    }
}
