import Foundation
import Testing
@testable import DutyDeskCore

/// The release workflow's words: how long a draft waited, and each refusal in both languages,
/// listing names with the language's separator.
@Suite struct ReleaseStringsTests {
    @Test func aWaitIsInMinutesThenHoursAndNeverNegative() {
        #expect(Strings.chinese.waited(59) == "0分")
        #expect(Strings.chinese.waited(59 * 60) == "59分")
        #expect(Strings.chinese.waited(80 * 60 + 30) == "1小时20分")
        #expect(Strings.english.waited(80 * 60) == "1h20m")
        #expect(Strings.english.waited(-600) == "0m", "a clock set back shows no negative wait")
    }

    static func time(_ date: Date) -> String { DisplayTime.minutes(date, in: Scenario.zone) }

    @Test(arguments: [
        (ReleaseRefusal.noDraft(code: "YQ-1", draft: "7"), "YQ-1 没有稿件「7」", "YQ-1 has no draft \"7\""),
        (ReleaseRefusal.noDraft(code: "YQ-1", draft: nil), "YQ-1 没有待会签、待审定或待发布的稿件",
         "YQ-1 has no draft awaiting agreement, sign-off or publication"),
        (ReleaseRefusal.notCooperating(unit: "县水务局", code: "YQ-1", cooperating: ["县卫健委", "县住建局"]),
         "县水务局 不是 YQ-1 的配合单位；配合单位：县卫健委、县住建局",
         "县水务局 is not a co-operating unit of YQ-1; co-operating units: 县卫健委, 县住建局"),
        (ReleaseRefusal.notCooperating(unit: "县水务局", code: "YQ-1", cooperating: []), "YQ-1 没有配合单位，县水务局 无需会签",
         "YQ-1 has no co-operating units, so 县水务局 has nothing to agree to"),
        (ReleaseRefusal.beforeStep(value: Scenario.hours(0.5), step: Scenario.hours(1)), "时间 2026-11-23 08:30 早于上一步 2026-11-23 09:00",
         "time 2026-11-23 08:30 is before the step it follows (2026-11-23 09:00)"),
    ])
    func eachRefusalIsSaidInBothLanguages(refusal: ReleaseRefusal, chinese: String, english: String) {
        #expect(Strings.chinese.releaseRefusal(refusal, time: Self.time) == chinese)
        #expect(Strings.english.releaseRefusal(refusal, time: Self.time) == english)
    }
}
