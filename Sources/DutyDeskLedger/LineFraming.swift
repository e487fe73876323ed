import Crypto
import DutyDeskCore
import DutyDeskJSON
import Foundation

/// How one event becomes one line of the ledger, and how a line is checked.
///
/// A line is compact JSON that `jq` reads, with the fields in a fixed order and `hash` last:
/// `{"v":1,"seq":…,"id":…,"at":…,"op":…,"type":…,"case":…,"data":{…},"prev":"…","hash":"…"}`.
/// `hash` is the SHA-256 (hex) of the line's bytes before `,"hash":"`, and `prev` is the
/// previous line's hash, so changing, dropping or reordering any line breaks the chain.
/// Hashing the bytes as written (rather than a re-serialisation) lets an auditor check a line
/// with nothing but `sha256sum`. Public so that every store frames the same bytes.
public enum LineFraming {
    static let formatVersion = 1
    /// The hash of the line before the first one.
    public static let genesisHash = LineHash.genesis.text
    /// `,"hash":"` + 64 hex digits + `"}`.
    static let hashSuffixLength = 9 + 64 + 2
    private static let hashFieldPrefix = Array(#","hash":""#.utf8)

    /// The line's bytes, newline included, and its hash.
    public static func encode(_ event: Event, previousHash: String, utcOffset: Int) -> (bytes: [UInt8], hash: String) {
        let body = JSONObject([
            ("v", .int(formatVersion)),
            ("seq", .int(event.seq)),
            ("id", .string(event.id)),
            ("at", .string(ISO8601Timestamp.format(event.recordedAt, utcOffset: utcOffset))),
            ("op", .string(event.operatorName)),
            ("type", .string(event.body.typeName)),
            ("case", event.caseID.map { .string($0.rawValue) } ?? .null),
            ("data", .object(EventPayloadCodec.encode(event.body, utcOffset: utcOffset))),
            ("prev", .string(previousHash)),
        ])
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        JSONWriter.write(.object(body), into: &bytes)
        bytes.removeLast()  // the closing brace: `hash` goes inside the object
        let hash = bytes.withUnsafeBytes { Hex.sha256($0) }
        bytes.append(contentsOf: hashFieldPrefix)
        bytes.append(contentsOf: Array(hash.utf8))
        bytes.append(contentsOf: Array(#""}"#.utf8))
        bytes.append(UInt8(ascii: "\n"))
        return (bytes, hash)
    }

    /// Whether `bytes` start the way the first line of every ledger starts (or are a prefix of that).
    static func couldBeginLedger(_ bytes: [UInt8]) -> Bool {
        let opening = Array(#"{"v":\#(formatVersion),"seq":1,"#.utf8)
        return bytes.prefix(opening.count).elementsEqual(opening.prefix(min(bytes.count, opening.count)))
    }

    /// True when the line (without its newline) carries a hash that matches its own bytes.
    /// Says nothing about its place in the chain.
    static func hashMatches(_ line: UnsafeRawBufferPointer) -> Bool {
        storedHash(line).map { hashMatches(line, stored: $0) } ?? false
    }

    /// Hashes the line's bytes before `,"hash":"` and compares the digest's hex digits with the
    /// stored ones, without building a string.
    static func hashMatches(_ line: UnsafeRawBufferPointer, stored: LineHash) -> Bool {
        LineHash(digestOf: UnsafeRawBufferPointer(rebasing: line[..<(line.count - hashSuffixLength)])) == stored
    }

    /// The hash at the end of the line, if the line ends the way every line must.
    static func storedHash(_ line: UnsafeRawBufferPointer) -> LineHash? {
        let count = line.count
        guard count > hashSuffixLength + 2 else { return nil }
        let start = count - hashSuffixLength
        guard line[count - 2] == UInt8(ascii: "\""), line[count - 1] == UInt8(ascii: "}") else { return nil }
        for (index, byte) in hashFieldPrefix.enumerated() where line[start + index] != byte { return nil }
        let hex = UnsafeRawBufferPointer(rebasing: line[(start + hashFieldPrefix.count)..<(count - 2)])
        guard hex.allSatisfy(Hex.isLowercaseDigit) else { return nil }
        return LineHash(hex)
    }

    /// Decodes a line whose hash already matched, checking its place in the chain.
    static func decode(_ line: UnsafeRawBufferPointer, expectedSeq: Int, previousHash: LineHash)
        throws(LineFault.Reason) -> Event {
        if let event = EnvelopeReader.decode(line, expectedSeq: expectedSeq, previousHash: previousHash) { return event }
        return try decodeInGeneral(line, expectedSeq: expectedSeq, previousHash: previousHash.text)
    }

    /// Any line a JSON parser accepts, whatever its layout; names what is wrong with it.
    static func decodeInGeneral(_ line: UnsafeRawBufferPointer, expectedSeq: Int, previousHash: String)
        throws(LineFault.Reason) -> Event {
        let object: JSONObject
        do {
            guard let parsed = try JSONParser.parse(line).objectValue else { throw LineFault.Reason.malformed("not an object") }
            object = parsed
        } catch let reason as LineFault.Reason {
            throw reason
        } catch {
            throw .malformed("\(error)")
        }
        guard object["v"]?.intValue == formatVersion else { throw .unsupportedVersion }
        guard let seq = object["seq"]?.intValue else { throw .malformed("seq") }
        guard seq == expectedSeq else { throw .sequenceGap(expected: expectedSeq, found: seq) }
        guard object["prev"]?.stringValue == previousHash else { throw .brokenChain }
        guard let id = object["id"]?.stringValue else { throw .malformed("id") }
        guard let atText = object["at"]?.stringValue, let at = ISO8601Timestamp.parse(atText) else {
            throw .malformed("at")
        }
        guard let operatorName = object["op"]?.stringValue else { throw .malformed("op") }
        guard let type = object["type"]?.stringValue else { throw .malformed("type") }
        guard let data = object["data"]?.objectValue else { throw .malformed("data") }
        let caseID = object["case"]?.stringValue.map(CaseID.init)
        let body: EventBody
        do {
            body = try EventPayloadCodec.decode(type: type, data: data)
        } catch {
            throw .malformed(error.description)
        }
        return Event(seq: seq, id: id, recordedAt: at, operatorName: operatorName, caseID: caseID, body: body)
    }
}

/// A line's hash as the 64 hex digits the ledger writes, kept as bytes: checking a million
/// lines' chain compares vectors instead of building and comparing strings.
struct LineHash: Equatable {
    let hex: SIMD64<UInt8>

    static let genesis = LineHash(hex: SIMD64(repeating: UInt8(ascii: "0")))

    private init(hex: SIMD64<UInt8>) { self.hex = hex }

    /// 64 hex digits as they stand in a line.
    init(_ digits: UnsafeRawBufferPointer) {
        hex = digits.loadUnaligned(as: SIMD64<UInt8>.self)
    }

    /// The SHA-256 of `bytes`, in the ledger's lowercase hex.
    init(digestOf bytes: UnsafeRawBufferPointer) {
        let digest = SHA256.hash(data: bytes)
        hex = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { out in
            digest.withUnsafeBytes { raw in
                for index in 0..<32 {
                    let byte = raw[index]
                    out[2 * index] = Hex.digits[Int(byte >> 4)]
                    out[2 * index + 1] = Hex.digits[Int(byte & 0x0F)]
                }
            }
            return UnsafeRawBufferPointer(out).loadUnaligned(as: SIMD64<UInt8>.self)
        }
    }

    var text: String { withUnsafeBytes(of: hex) { String(decoding: $0, as: UTF8.self) } }
}

/// Hex digits of SHA-256, as the ledger writes them.
enum Hex {
    static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        encode(SHA256.hash(data: bytes))
    }

    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isLowercaseDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
