import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// The 考核统计 of the fixture, against figures worked out by hand from its script
/// (`Fixtures/make-report-ledger.sh`), at 2026-11-12 12:00:
///
/// | case | grade | first deadline | met | verdict | to first release | to press conf. |
/// | --- | --- | --- | --- | --- | --- | --- |
/// | A 20261110-001 | 一般 | 11-12 08:00 | 11-10 20:00 | on time | 12 h | |
/// | B 20261110-002 | 重大 | 11-11 09:00 | 11-11 11:00 | late 2 h | 6 h | 26 h |
/// | C 20261110-003 | 一般 | 11-12 14:00 | — | pending | | |
/// | D 20261111-001 | 较大 | 11-12 23:00 | 11-12 02:00 | on time | 27 h | |
/// | E 20261111-002 | 一般 | 11-13 08:00 | closed as duplicate 11-11 09:00 | exempt | | |
/// | F 20261111-003 | 一般 | 11-11 10:00 | — | missed 26 h | | |
/// | G 20261112-001 | 特别重大 | 11-13 06:00 | 11-12 10:00 | on time | 4 h | 4 h |
///
/// Judged A B D F G (5), on time A D G (3): 60 %. Times to first release 4 6 12 27 h: the median
/// by nearest rank is the 2nd (6 h), P90 the 4th (27 h). Press conferences 4 26 h: median 4, P90 26.
@Suite struct ReportStatisticsTests {
    static let hour = 3600

    func stats() throws -> JSONValue {
        let output = try ReportFixture.report(["stats", "--format", "json"] + ReportFixture.period)
        #expect(output.status == 0, "\(output.stderr)")
        return try JSONParser.parse(output.stdout)
    }

    func rows(_ report: JSONValue, section: String) -> [JSONObject] {
        let sections = report.objectValue?["sections"]?.arrayValue ?? []
        let match = sections.first { $0.objectValue?["key"]?.stringValue == section }
        return match?.objectValue?["rows"]?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    @Test func totalsMatchTheHandComputedFigures() throws {
        let report = try stats()
        let facts = try #require(report.objectValue?["facts"]?.objectValue)
        #expect(facts["cases"] == .int(7))
        #expect(facts["judged"] == .int(5))
        #expect(facts["share"] == .double(0.6))
        #expect(facts["overdue"] == .int(2))
        let total = try #require(rows(report, section: "total").first)
        #expect(total["firstReleaseMedian"] == .int(6 * Self.hour))
        #expect(total["firstReleaseP90"] == .int(27 * Self.hour))
        #expect(total["pressMedian"] == .int(4 * Self.hour))
        #expect(total["pressP90"] == .int(26 * Self.hour))
    }

    @Test func perGradeAndPerUnit() throws {
        let report = try stats()
        let general = try #require(rows(report, section: "byGrade").first { $0["grade"] == .string("一般") })
        // A on time, F missed; C pending and E exempt are not judged.
        #expect(general["cases"] == .int(4))
        #expect(general["judged"] == .int(2))
        #expect(general["share"] == .double(0.5))
        #expect(general["firstReleaseMedian"] == .int(12 * Self.hour))
        let ecology = try #require(rows(report, section: "byUnit").first { $0["unit"] == .string("市生态环境局") })
        #expect(ecology["onTime"] == .int(0))
        #expect(ecology["overdue"] == .int(1))
        #expect(ecology["pressMedian"] == .int(26 * Self.hour))
        let days = rows(report, section: "perDay").map { $0["cases"]?.intValue ?? -1 }
        // Discovered: F on the 9th; A B C D on the 10th (D at 23:00); E on the 11th; G on the 12th.
        #expect(days == [1, 4, 1, 1])
    }

    /// A's follow-up came 2 h late, B's press conference 2 h late and its next release is 1 h
    /// overdue, F never responded: 26 h.
    @Test func overdueNoticeListsEveryMissedDeadline() throws {
        let output = try ReportFixture.report(["overdue", "--format", "json"] + ReportFixture.period)
        let report = try JSONParser.parse(output.stdout)
        let missed = rows(report, section: "missed").map { row in
            "\(row["code"]?.stringValue ?? "") \(row["lateBy"]?.intValue.map { $0 / Self.hour } ?? -1)"
        }
        #expect(missed.sorted() == ["YQ-20261110-001 2", "YQ-20261110-002 1", "YQ-20261110-002 2", "YQ-20261111-003 26"])
    }
}
