import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

@Suite struct DeskKeyTests {
    @Test func theKeyIsMadeOncePrivatelyAndSignsWhatOnlyItCouldHave() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("data/dutydesk/desk.key")
        #expect(try DeskKey.load(at: path) == nil)
        let key = try DeskKey.loadOrCreate(at: path)
        #expect(try DeskKey.loadOrCreate(at: path).publicKey == key.publicKey)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(Checkpoint.isHex(key.publicKey, count: 64))

        let checkpoint = try key.checkpoint(ledgerID: "L", seq: 7, headHash: String(repeating: "a", count: 64),
                                            at: Date(timeIntervalSince1970: 1_800_000_000.7))
        #expect(DeskKey.isSigned(checkpoint, by: key.publicKey))
        let other = try DeskKey.loadOrCreate(at: fixture.scratch.file("other.key"))
        #expect(!DeskKey.isSigned(checkpoint, by: other.publicKey))
        let moved = Checkpoint(ledgerID: "L", seq: 8, headHash: checkpoint.headHash, signedAt: checkpoint.signedAt,
                               publicKey: key.publicKey, signature: checkpoint.signature)
        #expect(!DeskKey.isSigned(moved, by: key.publicKey))
        let fromToken = try #require(Checkpoint(token: checkpoint.token))
        #expect(DeskKey.isSigned(fromToken, by: key.publicKey))
    }

    @Test func aFileThatHoldsNoKeyIsAnError() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("desk.key")
        try fixture.write(Array("not a key\n".utf8), to: path)
        #expect(throws: LedgerError.self) { try DeskKey.load(at: path) }
    }
}
