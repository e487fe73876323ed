import DutyDeskJSON
import Testing
@testable import DutyDeskCore

@Suite struct ReportContextTests {
    typealias S = Scenario

    /// Every document opens with the desk and the moment it was written, and its title names its kind.
    @Test func aDocumentIsTitledByItsKindAndOpensWithTheDeskAndTheMoment() {
        let context = ReportFixture.context(at: S.hours(2))
        let document = context.document(.overdue, subtitle: "2026-11-01 至 2026-11-23", facts: [], sections: [])
        #expect(document.kind == "overdue")
        #expect(document.title == ReportKind.overdue.title(.chinese) + " 2026-11-01 至 2026-11-23")
        #expect(document.facts.map(\.key) == ["desk", "generatedAt"])
        #expect(document.facts.first?.value.text == "城关值班台")
        #expect(document.facts.last?.value.text == "2026-11-23 10:00")
        #expect(context.document(.daily, facts: [], sections: []).title == ReportKind.daily.title(.chinese))
    }

    /// A section's table keeps its own column names and says 无 when empty, as every report table does.
    @Test func aSectionsTableHasItsOwnColumnsAndTheReportsEmptyText() {
        let context = ReportFixture.context(at: S.start)
        let table = context.table([.init("item", "事项")], [])
        #expect(table.columns == [.init("item", "事项")])
        #expect(table.rows.isEmpty)
        #expect(table.emptyText == context.words.empty)
    }

    @Test func aPeriodIsWrittenFromTheFirstDayToTheLast() {
        let period = DayRange(first: ReportFixture.day(1), last: ReportFixture.day(23))
        #expect(ReportFixture.context(at: S.start).periodText(period) == "2026-11-01 至 2026-11-23")
        #expect(ReportFixture.context(at: S.start, language: .english).periodText(period) == "2026-11-01 to 2026-11-23")
        #expect(ReportFixture.context(at: S.start).periodFacts(period).map(\.value.text) == ["2026-11-01", "2026-11-23"])
    }

    /// JSON keeps the seconds, negative once overdue; the text says 超时, as the console does.
    @Test func timeLeftIsACountdownAndItsSeconds() {
        let context = ReportFixture.context(at: S.start)
        #expect(context.left(-3600) == ReportCell(text: "超时 01:00:00", json: .int(-3600)))
        #expect(context.left(90) == ReportCell(text: "00:01:30", json: .int(90)))
        #expect(context.left(nil).json == .null)
        #expect(context.left(nil).text == Strings.chinese.noClock)
    }

    /// A case's row ends with its most urgent clock: a general case's 48-hour response, until an
    /// instruction falls due sooner.
    @Test func aCaseRowEndsWithItsMostUrgentClock() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        let context = ReportFixture.context(at: S.hours(1))
        func row() -> [String] {
            context.caseRow(CaseStanding(scenario.subject(code), policy: context.policy, now: context.now)).map(\.text)
        }
        #expect(row().count == ReportContext.caseColumns.count)
        #expect(row().first == code)
        #expect(row()[5] == "未明确")
        #expect(Array(row().suffix(2)) == ["2026-11-25 08:00", "1天23:00:00"])
        try scenario.record(at: S.hours(1)) { try $0.instruct(code, leader: "王县长", text: "今日回应", dueAt: S.hours(4)) }
        #expect(Array(row().suffix(3)) == ["督办（王县长）", "2026-11-23 12:00", "03:00:00"])
    }
}
