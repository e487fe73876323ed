import Foundation
import DutyDeskCore
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

    /// Every kind a refusal may name has words of its own in both languages; only a regular file,
    /// never refused, shares the special file's.
    @Test func eachRefusedKindIsNamedInTheReadersLanguage() {
        let refused: [FileKind] = [.directory, .fifo, .device, .socket, .other]
        for words in [LedgerMessages.chinese.fileKinds, LedgerMessages.english.fileKinds] {
            #expect(Set(refused.map { $0.name(in: words) }).count == refused.count)
        }
        #expect(FileKind.directory.name(in: LedgerMessages.chinese.fileKinds) == "目录")
        #expect(FileKind.fifo.name(in: LedgerMessages.english.fileKinds) == "FIFO")
    }
}
