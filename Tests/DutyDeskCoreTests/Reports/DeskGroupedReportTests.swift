import DutyDeskCore
import Foundation
import Testing

/// Desks' own documents side by side: every table behind a 值班台 column, a first section of each
/// desk's figures with only the counts totalled, and the period said once.
@Suite struct DeskGroupedReportTests {
    let context = ReportContext(now: Date(timeIntervalSince1970: 1_800_000_000), timeZone: TimeZone(identifier: "Asia/Shanghai")!,
                                policy: DeadlinePolicy(), deskName: "3301", language: .chinese)

    func document(cases: Int, share: Double?, units: [(String, Int)]) -> ReportDocument {
        ReportDocument(kind: "stats", title: "考核统计 2026-11-09 至 2026-11-12", facts: [
            ReportFact("desk", "值班台", .text("本台")), ReportFact("generatedAt", "生成时间", .text("2026-11-12 12:00")),
            ReportFact("from", "起", .text("2026-11-09")), ReportFact("cases", "事件数", .integer(cases)),
            ReportFact("share", "按时率", .share(share)),
        ], sections: [
            ReportSection(key: "byUnit", title: "按责任单位", table: ReportTable(
                columns: [.init("unit", "责任单位"), .init("cases", "事件数")],
                rows: units.map { [.text($0.0), .integer($0.1)] }, emptyText: "（无）")),
        ])
    }

    @Test func tablesGainTheDeskColumnAndCountsAreTotalled() {
        let grouped = DeskGroupedReport.document([
            ("330102", document(cases: 3, share: 0.5, units: [("县水务局", 2), ("县环保局", 1)])),
            ("330106", document(cases: 1, share: 1, units: [("县水务局", 1)])),
        ], kind: .stats, counts: ["cases"], context: context)
        #expect(grouped.title == "考核统计 2026-11-09 至 2026-11-12")
        #expect(grouped.facts.map(\.key) == ["desk", "generatedAt", "desks", "from", "cases"])
        #expect(grouped.facts.first { $0.key == "desk" }?.value.text == "3301")
        #expect(grouped.facts.first { $0.key == "cases" }?.value == .integer(4))
        #expect(grouped.facts.first { $0.key == "desks" }?.value == .integer(2))

        let byDesk = grouped.sections[0]
        #expect(byDesk.key == "byDesk" && byDesk.title == "各值班台")
        #expect(byDesk.table?.columns.map(\.key) == ["desk", "cases", "share"])
        #expect(byDesk.table?.rows.map { $0.map(\.text) } == [["330102", "3", "50.0%"], ["330106", "1", "100.0%"], ["合计", "4", ""]],
                "a share of shares is no desk's figure, so the total leaves it blank")

        let byUnit = grouped.sections[1]
        #expect(byUnit.key == "byUnit" && byUnit.table?.columns.map(\.title) == ["值班台", "责任单位", "事件数"])
        #expect(byUnit.table?.rows.map { $0.map(\.text) } == [["330102", "县水务局", "2"], ["330102", "县环保局", "1"],
                                                             ["330106", "县水务局", "1"]])
    }

    @Test func oneDeskHasNoTotalRowAndADeskWithoutASectionAddsNoRows() {
        var bare = document(cases: 0, share: nil, units: [])
        bare = ReportDocument(kind: bare.kind, title: bare.title, facts: bare.facts, sections: [])
        let one = DeskGroupedReport.document([("330102", document(cases: 2, share: nil, units: [("县水务局", 2)]))],
                                             kind: .stats, counts: ["cases"], context: context)
        #expect(one.sections[0].table?.rows.count == 1)
        let two = DeskGroupedReport.document([("330102", document(cases: 2, share: nil, units: [("县水务局", 2)])),
                                              ("330108", bare)], kind: .stats, counts: ["cases"], context: context)
        #expect(two.sections[1].table?.rows.count == 1)
        #expect(two.sections[0].table?.rows.last?.map(\.text) == ["合计", "2", ""])
    }

    /// A section the first desk's document leaves out (it had nothing for it) still carries the
    /// other desks' rows: the city's report is built from every desk's sections, not the first's.
    @Test func aSectionOnlyALaterDeskHasKeepsItsRows() {
        var bare = document(cases: 0, share: nil, units: [])
        bare = ReportDocument(kind: bare.kind, title: bare.title, facts: bare.facts, sections: [])
        let grouped = DeskGroupedReport.document([("330108", bare), ("330102", document(cases: 2, share: nil, units: [("县水务局", 2)]))],
                                                 kind: .stats, counts: ["cases"], context: context)
        let byUnit = grouped.sections.first { $0.key == "byUnit" }
        #expect(byUnit?.table?.rows.map { $0.map(\.text) } == [["330102", "县水务局", "2"]])
        #expect(grouped.facts.first { $0.key == "cases" }?.value == .integer(2))
    }
}
