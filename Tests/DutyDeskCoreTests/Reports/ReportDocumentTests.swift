import DutyDeskJSON
import Testing
@testable import DutyDeskCore

/// A cell carries what a person reads and what a program reads; the two must say the same thing.
@Suite struct ReportDocumentTests {
    @Test func aTimeIsLocalForPeopleAndISOWithItsOffsetForPrograms() {
        let cell = ReportCell.time(Scenario.start, in: Scenario.zone)
        #expect(cell.text == "2026-11-23 08:00")
        #expect(cell.json.stringValue?.hasPrefix("2026-11-23T08:00:00") == true)
        #expect(cell.json.stringValue?.hasSuffix("+08:00") == true)
        #expect(ReportCell.time(nil, in: Scenario.zone) == ReportCell(text: "", json: .null))
    }

    @Test func hoursHaveOneDecimalAndJSONKeepsTheSeconds() {
        #expect(ReportCell.hours(5400) == ReportCell(text: "1.5", json: .int(5400)))
        #expect(ReportCell.hours(19_800).text == "5.5")
        #expect(ReportCell.hours(0).text == "0.0")
        #expect(ReportCell.hours(nil) == ReportCell(text: "", json: .null))
    }

    /// Nothing judged yet is blank, never 0 %: a desk with no cases has not been 0 % on time.
    @Test func aShareIsAPercentageAndItsFractionRoundedToFourPlaces() {
        #expect(ReportCell.share(5.0 / 6.0) == ReportCell(text: "83.3%", json: .double(0.8333)))
        #expect(ReportCell.share(1).text == "100.0%")
        #expect(ReportCell.share(0).text == "0.0%")
        #expect(ReportCell.share(nil) == ReportCell(text: "", json: .null))
    }

    @Test func textAndIntegersAreTheSameInBoth() {
        #expect(ReportCell.text("城关镇") == ReportCell(text: "城关镇", json: .string("城关镇")))
        #expect(ReportCell.integer(12) == ReportCell(text: "12", json: .int(12)))
    }
}
