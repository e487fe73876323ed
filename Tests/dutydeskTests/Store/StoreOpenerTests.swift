import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

@Suite struct StoreOpenerTests {
    @Test func writingMakesTheLedgerFilesFolderAndReadingNeverDoes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("desk/ledger.jsonl")
        let opener = StoreOpener(location: .file(path: path), deskID: "330106", operatorName: "测试员",
                                 timeZone: TimeZone(identifier: "Asia/Shanghai")!, anchors: nil, patience: .standard)
        #expect(throws: LedgerError.notFound(path: path)) { try opener.open(writable: false) }
        let store = try opener.open(writable: true)
        #expect(store is LedgerFile && store.condition == .sound)
        var info = stat()
        #expect(stat(scratch.file("desk"), &info) == 0 && info.st_mode & 0o777 == 0o750)
        #expect(try opener.open(writable: false).readNew().count == 1)
    }
}
