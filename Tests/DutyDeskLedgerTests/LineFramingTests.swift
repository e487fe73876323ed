import Crypto
import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

/// The hash contract: a fixed event gives fixed bytes and a fixed hash, which anyone can check
/// with `sha256sum` over the line up to `,"hash":"`. A change to the layout, the escaping or the
/// hashing breaks every ledger already written, so these bytes are written out by hand.
@Suite struct LineFramingTests {
    static let at = Date(timeIntervalSince1970: 1_795_392_000)  // 2026-11-23 08:00 +08:00
    static let first = Event(seq: 1, id: "00000000-0000-4000-8000-000000000001", recordedAt: at, operatorName: "王芳",
                             caseID: nil, body: .ledgerCreated(LedgerIdentity(ledgerID: "L-1", deskID: "城关", createdAt: at)))
    static let second = Event(seq: 2, id: "00000000-0000-4000-8000-000000000002", recordedAt: at + 1_800,
                              operatorName: "王芳", caseID: CaseID("C-1"), body: .noteAdded(text: "说\"明\"\n第二行"))
    static let firstHash = "a43e95d057d4150ac882803a0719a0dd100b76d0607b93950ac2f8b93a9e423b"
    static let secondHash = "de74495b91d33661a8806002404c9f63cd374dce2c08d83b0862e186784b26f2"

    @Test func theFirstLineIsTheseBytesAndThisHash() {
        let framed = LineFraming.encode(Self.first, previousHash: LineFraming.genesisHash, utcOffset: 8 * 3600)
        let expected = #"{"v":1,"seq":1,"id":"00000000-0000-4000-8000-000000000001","at":"2026-11-23T08:00:00+08:00","#
            + #""op":"王芳","type":"log.created","case":null,"#
            + #""data":{"logId":"L-1","deskId":"城关","createdAt":"2026-11-23T08:00:00+08:00"},"#
            + #""prev":"0000000000000000000000000000000000000000000000000000000000000000","#
            + #""hash":"\#(Self.firstHash)"}"# + "\n"
        #expect(String(decoding: framed.bytes, as: UTF8.self) == expected)
        #expect(framed.hash == Self.firstHash)
    }

    @Test func aChainedLineEscapesItsTextAndNamesThePreviousHash() {
        let framed = LineFraming.encode(Self.second, previousHash: Self.firstHash, utcOffset: 8 * 3600)
        let expected = #"{"v":1,"seq":2,"id":"00000000-0000-4000-8000-000000000002","at":"2026-11-23T08:30:00+08:00","#
            + #""op":"王芳","type":"note.added","case":"C-1","data":{"text":"说\"明\"\n第二行"},"#
            + #""prev":"\#(Self.firstHash)","hash":"\#(Self.secondHash)"}"# + "\n"
        #expect(String(decoding: framed.bytes, as: UTF8.self) == expected)
        #expect(framed.hash == Self.secondHash)
    }

    /// What `sha256sum` would say of the bytes before `,"hash":"`, computed apart from the framing.
    @Test(arguments: [(first, LineFraming.genesisHash), (second, firstHash)])
    func theHashIsTheDigestOfTheLineBeforeIt(event: Event, previous: String) {
        let framed = LineFraming.encode(event, previousHash: previous, utcOffset: 8 * 3600)
        let text = String(decoding: framed.bytes, as: UTF8.self)
        let head = text[..<text.range(of: #","hash":""#)!.lowerBound]
        let digest = SHA256.hash(data: Array(head.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(digest == framed.hash)
        #expect(framed.bytes.dropLast().withUnsafeBytes { LineFraming.hashMatches($0) })
    }

    @Test func aFramedLineReadsBackAsTheSameEvent() throws {
        let framed = LineFraming.encode(Self.second, previousHash: Self.firstHash, utcOffset: 8 * 3600)
        let event = try framed.bytes.dropLast().withUnsafeBytes {
            try LineFraming.decodeInGeneral($0, expectedSeq: 2, previousHash: Self.firstHash)
        }
        #expect(event == Self.second)
    }

    @Test func oneChangedByteNoLongerMatchesItsHash() {
        var bytes = LineFraming.encode(Self.first, previousHash: LineFraming.genesisHash, utcOffset: 8 * 3600).bytes
        bytes.removeLast()
        bytes[bytes.firstIndex(of: UInt8(ascii: "1"))!] = UInt8(ascii: "2")
        #expect(!bytes.withUnsafeBytes { LineFraming.hashMatches($0) })
    }

    @Test func aLineInTheWrongPlaceIsRefused() {
        let framed = LineFraming.encode(Self.second, previousHash: Self.firstHash, utcOffset: 8 * 3600)
        #expect(throws: LineFault.Reason.self) {
            try framed.bytes.dropLast().withUnsafeBytes {
                try LineFraming.decodeInGeneral($0, expectedSeq: 3, previousHash: Self.firstHash)
            }
        }
        #expect(throws: LineFault.Reason.self) {
            try framed.bytes.dropLast().withUnsafeBytes {
                try LineFraming.decodeInGeneral($0, expectedSeq: 2, previousHash: LineFraming.genesisHash)
            }
        }
    }
}
