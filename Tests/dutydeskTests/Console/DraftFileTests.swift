import DutyDeskJSON
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
        let draft = DraftFile.Draft(fields: [.title: "网传自来水发黄", .phone: "138", .detail: "第一行\n第二行"],
                                    openedAt: Date(timeIntervalSince1970: 1_789_999_000),
                                    savedAt: Date(timeIntervalSince1970: 1_790_000_000), operatorName: "张伟")
        try file.save(draft)
        #expect(file.load() == draft)
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        file.discard()
        #expect(file.load() == nil)
    }

    /// The file keeps the fields' ids as text, readable by whoever opens it; a key no form field
    /// has (written by another version) is left out on reading rather than guessed at.
    @Test func theFileKeysFieldsByTheirIDsText() throws {
        let scratch = try Scratch("draftkeys")
        defer { scratch.remove() }
        let file = DraftFile(path: scratch.file("ledger.jsonl.draft.json"))
        try file.save(DraftFile.Draft(fields: [.title: "网传自来水发黄", .discovered: "-1h"], openedAt: Date(timeIntervalSince1970: 0),
                                      savedAt: Date(timeIntervalSince1970: 60), operatorName: "张伟"))
        let written = try JSONParser.parse(try #require(FileManager.default.contents(atPath: file.path)))
        let fields = try #require(written.objectValue?["fields"]?.objectValue)
        #expect(fields.pairs.map(\.key) == ["discovered", "title"])
        let older = #"{"recorder":"张伟","openedAt":"1970-01-01T00:00:00+00:00","savedAt":"1970-01-01T00:01:00+00:00","#
            + #""fields":{"title":"甲","fax":"0571"}}"#
        try Data(older.utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(file.load()?.fields == [.title: "甲"])
    }

    @Test func aGarbledDraftIsIgnored() throws {
        let scratch = try Scratch("draftbad")
        defer { scratch.remove() }
        let file = DraftFile(path: scratch.file("ledger.jsonl.draft.json"))
        try Data("{\"fields\":".utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(file.load() == nil)
    }
}
