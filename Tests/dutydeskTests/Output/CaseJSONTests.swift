import DutyDeskCore
import DutyDeskJSON
import Testing
@testable import dutydesk

/// `list --json` and `show --json`: what scripts read, so names and codes stay as they are.
@Suite struct CaseJSONTests {
    typealias F = OutputFixture

    @Test func aSummaryCarriesEachNameWithItsCodeAndTheClock() throws {
        let state = try F.desk([("网传自来水发黄", .major)])
        let standing = try #require(F.standings(state, at: F.hours(1)).first)
        let summary = try #require(CaseJSON(timeZone: F.zone, strings: .english).summary(standing).objectValue)
        #expect(Array(summary.pairs.map(\.key).prefix(10))
            == ["code", "title", "status", "statusCode", "level", "levelCode", "grade", "gradeCode", "channel", "channelCode"])
        #expect(summary["grade"] == "重大" && summary["gradeCode"] == "major", "Chinese names whatever the language")
        #expect(summary["discoveredAt"] == "2026-11-23T08:00:00+08:00")
        // A major emergency: the press conference within 24 hours, 23 of them left.
        #expect(summary["deadline"] == "2026-11-24T08:00:00+08:00")
        #expect(summary["secondsLeft"] == .int(23 * 3600))
        #expect(summary["unit"] == .null)
        #expect(summary["openItems"] == .array([]))
    }

    /// The detail adds who recorded the case under the key scripts already read (`recordedBy`).
    @Test func theDetailAddsTheRecordUnderItsOldKeys() throws {
        let state = try F.desk([("网传自来水发黄", .general)])
        let standing = try #require(F.standings(state, at: F.hours(1)).first)
        let detail = try #require(CaseJSON(timeZone: F.zone, strings: .chinese).detail(standing).objectValue)
        #expect(detail["recordedBy"] == "张伟")
        #expect(detail["recordedAt"] == "2026-11-23T08:00:00+08:00")
        #expect(detail["units"] == .array([]))
        #expect(detail["code"] == summaryCode(state))
    }

    func summaryCode(_ state: DeskState) -> JSONValue { .string(state.cases.first?.code ?? "") }
}
