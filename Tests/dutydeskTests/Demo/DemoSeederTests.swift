import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// The demo shift shows a newcomer every kind of record in one command: read back here through
/// the CLI as the console would show it.
@Suite struct DemoSeederTests {
    @Test func theDemoHoldsEveryDeskLevelRecordAndAMissedFirstReport() throws {
        let scratch = try Scratch("demo-kinds")
        defer { scratch.remove() }
        let log = scratch.file("demo/ledger.jsonl")
        let demo = try DeskBinary.run(["demo", "--into", log], log: log)
        #expect(demo.status == 0, "\(demo.stderr)")

        let assessments = try JSONParser.parse(try DeskBinary.run(["assessments", "--json"], log: log).stdout).arrayValue
        let assessment = try #require(assessments?.first?.objectValue)
        #expect(assessment["cases"]?.arrayValue?.count == 1, "a case opened from the assessment: \(assessment)")

        let accountability = try DeskBinary.run(["report", "accountability"], log: log).stdout
        #expect(accountability.contains("约谈") && accountability.contains("县交通运输局"), "\(accountability)")

        let cases = try JSONParser.parse(try DeskBinary.run(["list", "--json"], log: log).stdout).arrayValue ?? []
        let truck = try #require(cases.compactMap(\.objectValue).first { $0["title"]?.stringValue?.hasPrefix("G205") == true })
        let detail = try JSONParser.parse(try DeskBinary.run(["show", truck["code"]?.stringValue ?? "", "--json"],
                                                             log: log).stdout).objectValue
        #expect(detail?["tolerated"]?.arrayValue?.isEmpty == false, "a 容错 on the press conference's speaker")

        let list = try DeskBinary.run(["list"], log: log).stdout
        #expect(list.contains("报 超时"), "a first report missed: \(list)")

        let contacts = try DeskBinary.run(["contacts"], log: log).stdout
        let onCall = try #require(contacts.components(separatedBy: "当前值班：").last)
        #expect(onCall.contains("王芳") && onCall.contains("钱副县长") && !onCall.contains("李娜"), "\(contacts)")
    }

    /// Issue 14: a conference without a 负责人 or 新闻发言人 flagged, a transfer by the joint meeting with its
    /// analysis, a unit's step on the ground and a 专家解读 naming its expert.
    @Test func theDemoShowsAttendanceTheMeetingsTransferAndOfflineHandling() throws {
        let scratch = try Scratch("demo-handling")
        defer { scratch.remove() }
        let log = scratch.file("demo/ledger.jsonl")
        #expect(try DeskBinary.run(["demo", "--into", log], log: log).status == 0)
        let cases = try JSONParser.parse(try DeskBinary.run(["list", "--all", "--json"], log: log).stdout).arrayValue?
            .compactMap(\.objectValue) ?? []
        func code(_ prefix: String) throws -> String {
            try #require(cases.first { $0["title"]?.stringValue?.hasPrefix(prefix) == true }?["code"]?.stringValue)
        }
        let landslide = try DeskBinary.run(["show", try code("青山乡山体滑坡")], log: log).stdout
        #expect(landslide.contains("无负责人或新闻发言人出席，不计为发布会"), "\(landslide)")
        #expect(try DeskBinary.run(["list"], log: log).stdout.contains("发布会未计"))
        let housing = try DeskBinary.run(["report", "case", try code("城南某楼盘")], log: log).stdout
        #expect(housing.contains("会商转办") && housing.contains("县政务公开办") && housing.contains("传播路径：论坛→业主微信群"),
                "\(housing)")
        let tickets = try DeskBinary.run(["report", "case", try code("景区门票")], log: log).stdout
        #expect(tickets.contains("网上回应与网下处置") && tickets.contains("专家：陶然"), "\(tickets)")
    }

    /// Issue 14, point 5: the flood case's response plan, two items ticked and three still to do,
    /// which the handover lists.
    @Test func theDemoShowsATickedAndAnUntickedChecklistItem() throws {
        let scratch = try Scratch("demo-checklist")
        defer { scratch.remove() }
        let log = scratch.file("demo/ledger.jsonl")
        #expect(try DeskBinary.run(["demo", "--into", log], log: log).status == 0)
        let cases = try JSONParser.parse(try DeskBinary.run(["list", "--all", "--json"], log: log).stdout).arrayValue?
            .compactMap(\.objectValue) ?? []
        let flood = try #require(cases.first { $0["title"]?.stringValue?.hasPrefix("暴雨致河西街道") == true }?["code"]?.stringValue)
        let checklist = try DeskBinary.run(["checklist", flood], log: log).stdout
        #expect(checklist.contains("1. ✓ 第一时间报告（") && checklist.contains("3. ☐ 确定牵头单位"), "\(checklist)")
        let handover = try DeskBinary.run(["report", "handover"], log: log).stdout
        #expect(handover.contains("预案未办事项") && handover.contains("确定牵头单位、起草通稿、拟定发言人"), "\(handover)")
        // The chemical-park case, judged 复杂敏感事件, carries the class's plan after its grade's.
        let chemical = try #require(cases.first { $0["title"]?.stringValue?.hasPrefix("化工园区") == true }?["code"]?.stringValue)
        let classed = try DeskBinary.run(["checklist", chemical], log: log).stdout
        #expect(classed.contains("5. ☐ 拟定发言人") && classed.contains("6. ☐ 召开会商研判") && classed.contains("7. ☐ 统一对外口径"),
                "\(classed)")
    }
}
