import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct ReportKindTests {
    @Test(arguments: [Language.chinese, .english])
    func everyKindHasItsOwnTitle(language: Language) {
        let words = ReportStrings.table(for: language)
        let titles = ReportKind.allCases.map { $0.title(words) }
        #expect(titles.allSatisfy { !$0.isEmpty })
        #expect(Set(titles).count == titles.count, "\(titles)")
    }

    @Test func aTitleIsTheDocumentsTitle() {
        let context = ReportContext(now: Scenario.start, timeZone: Scenario.zone, policy: DeadlinePolicy(),
                                    deskName: "城关", language: .chinese)
        let document = DailyReport.document(DeskState(), day: CivilTime(year: 2026, month: 11, day: 23), context: context)
        #expect(document.kind == ReportKind.daily.rawValue)
        #expect(document.title.hasPrefix(ReportKind.daily.title(.chinese)))
    }

    @Test func theDefaultPeriodEndsOnTheDayAsked() {
        let day = CivilTime(year: 2026, month: 11, day: 23)
        let month = DayRange(first: CivilTime(year: 2026, month: 11, day: 1), last: day)
        #expect(ReportKind.daily.defaultPeriod(endingOn: day) == DayRange(first: day, last: day))
        for kind in [ReportKind.stats, .overdue, .analysis, .accountability] {
            #expect(kind.defaultPeriod(endingOn: day) == month, "\(kind)")
        }
        let first = CivilTime(year: 2026, month: 12, day: 1)
        #expect(ReportKind.stats.defaultPeriod(endingOn: first) == DayRange(first: first, last: first))
        #expect(ReportKind.handover.defaultPeriod(endingOn: day) == nil)
        #expect(ReportKind.caseBrief.defaultPeriod(endingOn: day) == nil)
    }

    /// The day is the one in the desk's zone: 20:00 UTC on 30 November is already 1 December in
    /// Shanghai, so the month there is one day long.
    @Test func theDefaultPeriodAtAMomentEndsOnThatDayInTheZone() throws {
        let now = CivilTime(year: 2026, month: 11, day: 30, hour: 20).date(utcOffset: 0)
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let first = CivilTime(year: 2026, month: 12, day: 1)
        #expect(ReportKind.stats.defaultPeriod(endingAt: now, in: shanghai) == DayRange(first: first, last: first))
        let utc = try #require(TimeZone(identifier: "UTC"))
        let lastOfNovember = CivilTime(year: 2026, month: 11, day: 30)
        #expect(ReportKind.analysis.defaultPeriod(endingAt: now, in: utc)
            == DayRange(first: CivilTime(year: 2026, month: 11, day: 1), last: lastOfNovember))
        #expect(ReportKind.handover.defaultPeriod(endingAt: now, in: utc) == nil)
    }

    /// The raw value is the JSON `kind` and the subcommand's name: programs read it.
    @Test func theKindsKeepTheirNames() {
        #expect(ReportKind.allCases.map(\.rawValue)
            == ["handover", "daily", "stats", "overdue", "case", "analysis", "accountability"])
    }
}
