import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk patrol`: the real binary on a real ledger; the handover lists the patrol.
@Suite struct PatrolCommandTests {
    @Test func aPatrolIsRecordedAndBadValuesAreRefusedWithNothingAppended() throws {
        let scratch = try Scratch("patrol-cli")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }
        let code = try #require(try desk("add", "--title", "网传停水", "--locality", "城关镇").lines.first)
        let recorded = try desk("patrol", "--channels", "微博,微信", "--found", code)
        #expect(recorded.status == 0 && recorded.stderr.contains("已记录巡查（微博、微信）：发现 \(code)"), "\(recorded.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let badChannel = try desk("patrol", "--channels", "微博,电报")
        #expect(badChannel.status == 2 && badChannel.stderr.contains("可选值"), "\(badChannel.stderr)")
        let unknown = try desk("patrol", "--channels", "weibo", "--found", "YQ-20990101-001")
        #expect(unknown.status == 1 && unknown.stderr.contains("YQ-20990101-001"), "\(unknown.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        let handover = try desk("report", "handover").stdout
        #expect(handover.contains("## 巡查记录") && handover.contains("发现 \(code)"), "\(handover)")
    }
}
