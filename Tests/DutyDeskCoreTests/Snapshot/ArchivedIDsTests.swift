@testable import DutyDeskCore
import Foundation
import Testing

/// The closed cases' ids' fingerprints: no closed id is ever missed, and a new id is told apart
/// without the closed cases' table.
@Suite struct ArchivedIDsTests {
    let closed = (0..<5000).map { CaseID("case-\($0)") }

    @Test func everyClosedIDIsHeldAndOthersAreNot() {
        let ids = ArchivedIDs(closed.reversed())
        #expect(closed.allSatisfy(ids.mayHold))
        // Fingerprints of 64 bits: among 5,000 other ids none is expected to collide.
        #expect((5000..<10000).map { CaseID("case-\($0)") }.filter(ids.mayHold).isEmpty)
        #expect(!ArchivedIDs([]).mayHold(CaseID("case-0")))
    }

    @Test func readsBackAsWritten() throws {
        let ids = ArchivedIDs(closed)
        var out = CompactWriter()
        ids.write(into: &out)
        let back = try out.bytes.withUnsafeBytes { bytes in
            var input = CompactReader(bytes)
            let read = try ArchivedIDs.read(from: &input)
            #expect(input.isAtEnd)
            return read
        }
        #expect(back == ids)
    }

    /// Out of order, a binary search could miss a closed case's id: such bytes are refused.
    @Test func fingerprintsOutOfOrderAreRefused() {
        var out = CompactWriter()
        out.unsigned(2)
        for fingerprint in [UInt64(9), 3] { withUnsafeBytes(of: fingerprint.littleEndian) { out.raw($0) } }
        #expect(throws: CompactReader.Malformed.self) {
            try out.bytes.withUnsafeBytes { bytes in
                var input = CompactReader(bytes)
                _ = try ArchivedIDs.read(from: &input)
            }
        }
    }
}
