import Foundation
import Testing
@testable import DutyDeskCore

/// 分级响应预案's words: a checklist line and the tick refusals, in both languages.
@Suite struct ChecklistStringsTests {
    typealias S = Scenario

    @Test func refusalsAreSaidInBothLanguages() {
        let unknown = DraftRefusal.unknownChecklistItem(code: "YQ-1", item: "x", unticked: ["起草通稿", "拟定发言人"])
        #expect(Strings.chinese.recordingError(unknown, timeZone: S.zone) == "YQ-1：预案中没有「x」；未办事项：起草通稿、拟定发言人")
        #expect(Strings.english.recordingError(unknown, timeZone: S.zone)
            == "YQ-1: the plan has no item \"x\"; not done yet: 起草通稿, 拟定发言人")
        let none = DraftRefusal.unknownChecklistItem(code: "YQ-1", item: "x", unticked: [])
        #expect(Strings.chinese.recordingError(none, timeZone: S.zone) == "YQ-1：没有未办的预案事项（「x」）")
        #expect(Strings.english.recordingError(none, timeZone: S.zone) == "YQ-1: no response-plan item is left to do (\"x\")")
        let twice = DraftRefusal.alreadyTicked(code: "YQ-1", item: "起草通稿", by: "王芳", at: S.hours(1))
        #expect(Strings.chinese.recordingError(twice, timeZone: S.zone) == "YQ-1：「起草通稿」已由 王芳 于 2026-11-23 09:00 办理")
        #expect(Strings.english.recordingError(twice, timeZone: S.zone) == "YQ-1: \"起草通稿\" was ticked by 王芳 at 2026-11-23 09:00")
    }

    /// A line says who and when only once the item is done; the time is the caller's format.
    @Test func aLineShowsWhoAndWhenOnlyOnceDone() {
        var item = ChecklistItem(text: "起草通稿")
        let clock: (Date) -> String = { _ in "14:05" }
        #expect(Strings.chinese.checklistLine(item, time: clock) == "☐ 起草通稿")
        #expect(Strings.english.checklistLine(item, time: clock) == "☐ 起草通稿")
        item.tickedBy = "张三"
        item.tickedAt = S.hours(1)
        #expect(Strings.chinese.checklistLine(item, time: clock) == "✓ 起草通稿（张三 14:05）")
        #expect(Strings.english.checklistLine(item, time: clock) == "✓ 起草通稿 (张三 14:05)")
    }

    @Test func theTickSummaryNamesTheItem() {
        let tick = ChecklistTick(item: "起草通稿", at: S.hours(1))
        #expect(Strings.chinese.checklistTickSummary(tick) == "预案事项已办：起草通稿")
        #expect(Strings.english.checklistTickSummary(tick) == "Plan item done: 起草通稿")
    }
}
