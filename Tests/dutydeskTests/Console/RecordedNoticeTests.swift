import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// What the console says after recording on a case: the step in the timeline's words, numbered as
/// it counts, on one line and in the operator's language.
@Suite struct RecordedNoticeTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func context(_ scratch: Scratch, language: String) throws -> DeskContext {
        try DeskContext(DeskOptions.parse(["--operator", "张伟"]), environment: [
            "HOME": scratch.path, "XDG_DATA_HOME": scratch.file("data"), "XDG_CONFIG_HOME": scratch.file("config"),
            "XDG_STATE_HOME": scratch.file("state"), "DUTYDESK_LANG": language,
        ])
    }

    /// A case and, on it, a first response and a follow-up whose text holds a line break and an escape.
    static func desk(_ zone: TimeZone) throws -> (subject: Case, followUp: Event) {
        var desk = DeskState()
        @discardableResult func record(_ build: (EventDrafter) throws -> EventDraft) throws -> Event {
            let draft = try build(EventDrafter(state: desk, now: now, timeZone: zone))
            let event = Event(seq: desk.lastSeq + 1, id: "notice-\(desk.lastSeq + 1)", recordedAt: now, operatorName: "张伟",
                              caseID: draft.caseID, body: draft.body)
            desk.apply(event)
            return event
        }
        try record { try $0.report(EventDrafter.Intake(title: "网传自来水发黄", locality: "城关镇"), newCaseID: CaseID("c1")) }
        let code = desk.cases.last!.code
        try record { try $0.respond(code, method: .governmentWeibo, text: "已派员核查", at: nil) }
        let followUp = try record { try $0.respond(code, method: .governmentWeibo, text: "水质合格\n\u{1B}[31m恢复供水", at: nil) }
        return (try #require(desk.findCase(code: code)), followUp)
    }

    @Test(arguments: [("zh", "已记录 {}：续报一"), ("en", "Recorded on {}: Follow-up 1")])
    func theFollowUpIsNamedAsItCountsOnOneLine(language: String, opening: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let context = try Self.context(scratch, language: language)
        let (subject, followUp) = try Self.desk(context.timeZone)
        let notice = context.recordedNotice(subject, followUp)
        #expect(notice.hasPrefix(fill(opening, subject.code)), "\(notice)")
        #expect(notice.contains("水质合格") && notice.contains("恢复供水"))
        #expect(!notice.contains("\n") && !notice.contains("\u{1B}"), "one line, no escape reaches the terminal: \(notice)")
    }
}
