import Foundation
import Testing
@testable import DutyDeskLedger

@Suite(.serialized) struct SideFileTests {
    @Test func aSideFileHasItsFinalModeWhateverTheUmaskAndLeavesNoTemporaryFile() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("report.md")
        let previous = umask(0)
        defer { umask(previous) }
        try SideFile.replace(path, with: Array("一\n".utf8), mode: 0o640)
        try SideFile.replace(path, with: Array("二\n".utf8), mode: 0o640)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o640)
        #expect(try fixture.bytes(path) == Array("二\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.scratch.path) == ["report.md"])
    }

    @Test func createNeverReplacesAndAFailedWriteLeavesNothing() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl.torn-1")
        #expect(try SideFile.create(path, with: [1, 2], mode: 0o640))
        #expect(try !SideFile.create(path, with: [3], mode: 0o640))
        #expect(try fixture.bytes(path) == [1, 2])
        #expect(throws: LedgerError.self) { try SideFile.replace(fixture.scratch.file("missing/x"), with: [1], mode: 0o600) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.scratch.path) == ["ledger.jsonl.torn-1"])
    }
}
