import Foundation
import Testing
@testable import DutyDeskLedger

/// A ledger path that is not a regular file is refused at once: a FIFO would hang every reader.
@Suite struct POSIXFileTests {
    @Test func aFIFOAFolderOrADeviceIsRefusedAtOnce() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let fifo = fixture.scratch.file("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = Date()
        for (path, kind) in [(fifo, FileKind.fifo), (fixture.scratch.path, .directory), ("/dev/null", .device)] {
            for access in [LedgerFile.Access.readOnly, .readWrite] {
                #expect(throws: LedgerError.notAFile(path: path, kind: kind)) { try fixture.store(path, access) }
            }
        }
        #expect(Date().timeIntervalSince(started) < 2)
    }
}
