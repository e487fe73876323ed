import DutyDeskCore
import Foundation
import Testing

@Suite struct CheckpointTests {
    let checkpoint = Checkpoint(ledgerID: "9F1C-22", seq: 128, headHash: String(repeating: "0a", count: 32),
                                signedAt: Date(timeIntervalSince1970: 1_795_000_000.9), publicKey: String(repeating: "e", count: 64),
                                signature: String(repeating: "5", count: 128))

    @Test func aTokenIsOneLineThatReadsBackToWhatWasSigned() throws {
        let token = checkpoint.token
        #expect(!token.contains(" ") && !token.contains("\n"))
        #expect(token.hasPrefix("dd1.9F1C-22.128." + String(repeating: "0a", count: 32) + ".1795000000."))
        let read = try #require(Checkpoint(token: "  " + token + "\n"))
        #expect(read.signedBytes == checkpoint.signedBytes)
        #expect(read.signature == checkpoint.signature && read.publicKey.isEmpty)
        #expect(String(decoding: checkpoint.signedBytes, as: UTF8.self)
            == "dutydesk-checkpoint/1\n9F1C-22\n128\n\(checkpoint.headHash)\n1795000000\n")
    }

    @Test(arguments: ["", "dd1", "dd2.L.1.\(String(repeating: "a", count: 64)).1.\(String(repeating: "b", count: 128))",
                      "dd1.L.0.\(String(repeating: "a", count: 64)).1.\(String(repeating: "b", count: 128))",
                      "dd1.L.1.\(String(repeating: "A", count: 64)).1.\(String(repeating: "b", count: 128))",
                      "dd1.L.1.\(String(repeating: "a", count: 63)).1.\(String(repeating: "b", count: 128))",
                      "dd1..1.\(String(repeating: "a", count: 64)).1.\(String(repeating: "b", count: 128))",
                      "dd1.L.1.\(String(repeating: "a", count: 64)).x.\(String(repeating: "b", count: 128))"])
    func aMalformedTokenIsNoCheckpoint(_ text: String) {
        #expect(Checkpoint(token: text) == nil)
    }
}
