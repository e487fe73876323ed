import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk wording` and `release draft --wording`: the real binary on a real ledger.
@Suite struct WordingCommandTests {
    @Test func aWordingIsApprovedUsedByADraftAndWithdrawnAndBadValuesAppendNothing() throws {
        let scratch = try Scratch("wording-cli")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }
        let code = try #require(try desk("add", "--title", "网传停水", "--locality", "城关镇").lines.first)
        #expect(try desk("wording").stdout.contains("尚无审定的口径"))
        let added = try desk("wording", "add", "--topic", "二次供水", "--text", "水质达标，已清洗水箱", "--approved-by", "王县长")
        #expect(added.status == 0 && added.stderr.contains("已审定口径「二次供水」"), "\(added.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let empty = try desk("wording", "add", "--topic", " ", "--text", "x", "--approved-by", "王县长")
        #expect(empty.status == 2 && empty.stderr.contains("话题 不能为空"), "\(empty.stderr)")
        let taken = try desk("wording", "add", "--topic", "二次供水", "--text", "新", "--approved-by", "李副县长")
        #expect(taken.status == 1 && taken.stderr.contains("已有 王县长"), "\(taken.stderr)")
        let unknown = try desk("release", "draft", code, "--method", "weibo", "--wording", "征地")
        #expect(unknown.status == 2 && unknown.stderr.contains("可用口径：二次供水"), "\(unknown.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)

        let drafted = try desk("release", "draft", code, "--method", "weibo", "--wording", "二次供水")
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let line = try #require(String(decoding: try Data(contentsOf: URL(fileURLWithPath: log)), as: UTF8.self)
            .split(separator: "\n").last.map(String.init))
        #expect(line.contains("\"wording\":{\"id\":\"") && line.contains("\"topic\":\"二次供水\"") && line.contains("水质达标，已清洗水箱"), "\(line)")
        let brief = try desk("report", "case", code).stdout
        #expect(brief.contains("口径") && brief.contains("二次供水"), "\(brief)")
        #expect(try desk("show", code).stdout.contains("口径「二次供水」"))

        let withdrawn = try desk("wording", "withdraw", "二次供水", "--reason", "检测结果更新")
        #expect(withdrawn.status == 0 && withdrawn.stderr.contains("已撤回口径「二次供水」"), "\(withdrawn.stderr)")
        let listed = try desk("wording", "--lang", "en").stdout
        #expect(listed.contains("\"二次供水\"  withdrawn: 检测结果更新"), "\(listed)")
        let again = try desk("release", "draft", code, "--method", "weibo", "--wording", "二次供水", "--lang", "en")
        #expect(again.status == 1 && again.stderr.contains("was withdrawn (检测结果更新)"), "\(again.stderr)")
        #expect(try desk("wording", "--help", "--lang", "en").stdout.contains("withdraw"))
    }
}
