import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct PatrolSectionTests {
    typealias S = Scenario

    static func record(_ hours: Double, _ channels: [Channel] = [.weibo]) -> PatrolRecord {
        PatrolRecord(patrol: Patrol(channels: channels, at: S.hours(hours)), recordedAt: S.hours(hours), operatorName: "张伟")
    }

    @Test func wholeHoursAreWrittenWithoutADecimal() {
        #expect(PatrolSection.format(2) == "2")
        #expect(PatrolSection.format(1.5) == "1.5")
    }

    /// Only the stretch's patrols, in time order; each stretch over the limit is said above the table.
    @Test func theStretchsPatrolsAreListedAndItsGapsSaid() {
        let section = PatrolSection.section([Self.record(5, [.web]), Self.record(1), Self.record(-1), Self.record(9)],
                                            from: S.start, to: S.hours(8), hours: 2, context: ReportFixture.context(at: S.hours(8)))
        #expect(section.key == "patrols")
        let rows = ReportFixture.rows(section)
        #expect(rows.map(\.first) == ["2026-11-23 09:00", "2026-11-23 13:00"])
        #expect(rows.map { $0[1] } == ["微博", "网站"])
        #expect(rows.first?.last == "张伟")
        #expect(section.table?.rows.first?[1].json == .array([.string("weibo")]))
        #expect(section.paragraphs.count == 2)
        #expect(section.paragraphs.first?.hasPrefix("超过 2 小时未巡查：2026-11-23 09:00 至 2026-11-23 13:00") == true)
        #expect(section.paragraphs.last?.hasPrefix("超过 2 小时未巡查：2026-11-23 13:00 至 2026-11-23 16:00") == true)
    }

    @Test func aStretchPatrolledOftenEnoughSaysNoGap() {
        let section = PatrolSection.section([Self.record(1), Self.record(2.5)], from: S.start, to: S.hours(4), hours: 2,
                                            context: ReportFixture.context(at: S.hours(4), language: .english))
        #expect(section.paragraphs.isEmpty)
        #expect(ReportFixture.rows(section).map { $0[1] } == ["Weibo", "Weibo"])
    }
}
