import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

@Suite struct DraftFileTests {
    @Test func aDraftSurvivesAsWrittenAndOnlyItsOwnerCanReadIt() throws {
        let scratch = try Scratch("draft")
        defer { scratch.remove() }
        let file = DraftFile(path: scratch.file("ledger.jsonl.draft.json"))
        #expect(file.load() == nil)
        let draft = DraftFile.Draft(fields: ["title": "网传自来水发黄", "phone": "138", "detail": "第一行\n第二行"],
                                    openedAt: Date(timeIntervalSince1970: 1_789_999_000),
                                    savedAt: Date(timeIntervalSince1970: 1_790_000_000), operatorName: "张伟")
        try file.save(draft)
        #expect(file.load() == draft)
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        file.discard()
        #expect(file.load() == nil)
    }

    @Test func aGarbledDraftIsIgnored() throws {
        let scratch = try Scratch("draftbad")
        defer { scratch.remove() }
        let file = DraftFile(path: scratch.file("ledger.jsonl.draft.json"))
        try Data("{\"fields\":".utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(file.load() == nil)
    }
}
