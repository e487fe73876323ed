import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct ConferenceAttendanceSectionTests {
    typealias S = Scenario

    /// A brief whose conferences carry no attendance (older ledgers) reads as it did: no section.
    @Test func noRecordedAttendanceNoSection() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        #expect(ConferenceAttendanceSection.brief(scenario.subject(code), ReportFixture.context(at: S.hours(1))).isEmpty)
    }

    /// Both conferences in the order they were held: the uncounted one flagged ✗ and said above the table,
    /// the counted one named as the release it is.
    @Test func everyConferenceIsListedWithWhetherItCounts() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        try scenario.record(at: S.hours(2)) {
            try $0.pressConference(code, at: S.hours(2), attendees: [ConferenceAttendee(name: "李华", role: .other)])
        }
        try scenario.record(at: S.hours(5)) {
            try $0.pressConference(code, at: S.hours(4), attendees: [ConferenceAttendee(name: "张明", role: .spokesperson)])
        }
        let sections = ConferenceAttendanceSection.brief(scenario.subject(code), ReportFixture.context(at: S.hours(6)))
        #expect(sections.map(\.key) == ["conferenceAttendance"])
        #expect(sections.first?.paragraphs == [SpeakerWords.chinese.uncounted])
        #expect(ReportFixture.rows(sections.first) == [
            ["发布会未计", "2026-11-23 10:00", "李华（其他）", "✗"],
            [Strings.chinese.releaseName(number: 0), "2026-11-23 12:00", "张明（新闻发言人）", "✓"],
        ])
        #expect(sections.first?.table?.rows.last?.last?.json == .bool(true))
    }

    @Test func theStatsCountEachUnitsFlaggedCasesAndNameAnUnassignedOne() throws {
        var scenario = Scenario()
        let first = try scenario.report()
        let second = try scenario.report("夜间施工扰民")
        let third = try scenario.report("路灯不亮")
        try scenario.record(at: S.hours(1)) { try $0.assign(first, unit: "县水务局", role: .first) }
        try scenario.record(at: S.hours(1)) { try $0.assign(second, unit: "县水务局", role: .first) }
        let flags = [first: 2, second: 1, third: 1]
        let figures = UnitFlagCount.byUnit([first, second, third].map(scenario.subject)) { flags[$0.code] ?? 0 }
        #expect(figures == [UnitFlagCount(name: "", count: 1, cases: [third]),
                            UnitFlagCount(name: "县水务局", count: 3, cases: [first, second].sorted())])
        let section = ConferenceAttendanceSection.stats(figures, ReportFixture.context(at: S.hours(2)))
        #expect(ReportFixture.rows(section.first).map(\.first) == ["未明确", "县水务局"])
        #expect(ConferenceAttendanceSection.stats([], ReportFixture.context(at: S.hours(2))).isEmpty)
    }
}
