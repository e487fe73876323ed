import DutyDeskCore
import DutyDeskJSON
import Foundation
import Testing
@testable import DutyDeskLedger

/// The fast reader must say exactly what the general one says, and step aside for anything else.
@Suite struct EnvelopeReaderTests {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    static let at = Date(timeIntervalSince1970: 1_795_000_000)

    /// Every kind of event the codec knows, framed as the writer frames it, with a chain.
    static func lines() -> [(bytes: [UInt8], previous: LineHash, seq: Int, event: Event)] {
        let bodies: [EventBody] = [
            .ledgerCreated(LedgerIdentity(ledgerID: "L", deskID: "城关", createdAt: at)),
            .caseReported(CaseReport(code: "YQ-20261123-001", title: "网传\"自来水\"发黄\n第二行", detail: "细节\t制表",
                                     locality: "城关镇", discoveredAt: at)),
            .caseTriaged(Triage(at: at, grade: .major, verification: .grounded)),
            .responsePublished(PublicResponse(method: .governmentWeibo, text: "通报", at: at)),
            .shiftHandedOver(ShiftHandover(outgoing: "张伟", incoming: "李娜", note: "")),
            .unrecognized(type: "future.thing", payload: JSONObject([("x", .int(1))])),
        ]
        var previous = LineHash.genesis
        return bodies.enumerated().map { index, body in
            let event = Event(seq: index + 1, id: "E-\(index + 1)", recordedAt: at, operatorName: index == 3 ? "王 \"芳\"" : "张伟",
                              caseID: index == 0 || index == 4 ? nil : CaseID("C-1"), body: body)
            let framed = LineFraming.encode(event, previousHash: previous.text, utcOffset: 8 * 3600)
            defer { previous = framed.bytes.dropLast().withUnsafeBytes { LineFraming.storedHash($0)! } }
            return (Array(framed.bytes.dropLast()), previous, index + 1, event)
        }
    }

    @Test func agreesWithTheGeneralReaderOnEveryKindOfLine() throws {
        for line in Self.lines() {
            let general = try line.bytes.withUnsafeBytes {
                try LineFraming.decodeInGeneral($0, expectedSeq: line.seq, previousHash: line.previous.text)
            }
            let fast = line.bytes.withUnsafeBytes {
                EnvelopeReader.decode($0, expectedSeq: line.seq, previousHash: line.previous)
            }
            #expect(general == line.event)
            // An operator name with an escaped quote is the general reader's to read.
            if line.event.operatorName.contains("\"") {
                #expect(fast == nil)
            } else {
                #expect(fast == line.event)
            }
        }
    }

    @Test func stepsAsideForAGapABrokenChainOrAnotherLayout() {
        let line = Self.lines()[1]
        line.bytes.withUnsafeBytes { bytes in
            #expect(EnvelopeReader.decode(bytes, expectedSeq: 3, previousHash: line.previous) == nil)
            #expect(EnvelopeReader.decode(bytes, expectedSeq: 2, previousHash: .genesis) == nil)
        }
        let reordered = String(decoding: line.bytes, as: UTF8.self)
            .replacingOccurrences(of: #"{"v":1,"seq":2,"#, with: #"{"seq":2,"v":1,"#)
        Array(reordered.utf8).withUnsafeBytes { bytes in
            #expect(EnvelopeReader.decode(bytes, expectedSeq: 2, previousHash: line.previous) == nil)
        }
        var invalid = line.bytes
        let op = invalid.firstIndex(of: "张".utf8.first!)!
        invalid[op + 1] = 0x20  // breaks the UTF-8 of 张
        invalid.withUnsafeBytes { bytes in
            #expect(EnvelopeReader.decode(bytes, expectedSeq: 2, previousHash: line.previous) == nil)
        }
    }
}
