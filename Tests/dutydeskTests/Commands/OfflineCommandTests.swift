import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk offline`, `close --units-pending-reason`, `transfer --meeting` and `analyse`: the real binary
/// on a real ledger; refusals append nothing.
@Suite struct OfflineCommandTests {
    let scratch: Scratch
    let log: String

    init() throws {
        scratch = try Scratch("offline-cli")
        log = scratch.file("ledger.jsonl")
    }

    func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }
    func ledger() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: log)) }

    @Test func aCaseClosesOnceEveryUnitAnsweredOrWithWhy() throws {
        defer { scratch.remove() }
        let code = try #require(try desk("add", "--title", "自来水发黄", "--locality", "城关镇", "--discovered", "-3h",
                                         "--unit", "县水务局").lines.first)
        #expect(try desk("assign", code, "--unit", "城关镇", "--role", "cooperating").status == 0)
        var before = try ledger()
        let stranger = try desk("offline", code, "--unit", "县公安局", "--action", "入户")
        #expect(stranger.status == 1, "\(stranger.stderr)")
        let empty = try desk("offline", code, "--unit", "县水务局", "--action", " ")
        #expect(empty.status == 2 && empty.stderr.contains("网下处置措施"), "\(empty.stderr)")
        #expect(try ledger() == before)
        let step = try desk("offline", code, "--unit", "县水务局", "--action", "入户检测水质", "--place", "锦绣花园",
                            "--result", "水质达标", "--at", "-1h")
        #expect(step.status == 0, "\(step.stderr)")
        let shown = try JSONParser.parse(try desk("show", code, "--json").stdout).objectValue
        #expect(shown?["offlineSteps"]?.arrayValue?.first?.objectValue?["place"]?.stringValue == "锦绣花园")

        before = try ledger()
        let early = try desk("close", code)
        #expect(early.status == 1 && early.stderr.contains("城关镇") && early.stderr.contains("理由"), "\(early.stderr)")
        #expect(try ledger() == before)
        #expect(try desk("close", code, "--units-pending-reason", "城关镇电话说明，书面反馈后补").status == 0)
        let brief = try desk("report", "case", code).stdout
        #expect(brief.contains("网上回应与网下处置") && brief.contains("入户检测水质（锦绣花园） → 水质达标"), "\(brief)")
        #expect(brief.contains("城关镇电话说明，书面反馈后补"), "\(brief)")
        let stats = try desk("report", "stats").stdout
        #expect(stats.contains("未反馈即办结") && stats.contains(code), "\(stats)")
    }

    @Test func aMeetingTransferIsCopiedAndAnalysedBeforeFeedback() throws {
        defer { scratch.remove() }
        let code = try #require(try desk("add", "--title", "楼盘延期交房", "--locality", "城南街道").lines.first)
        #expect(try desk("assign", code, "--unit", "县住建局", "--role", "cooperating").status == 0)
        #expect(try desk("transfer", code, "--unit", "县住建局", "--reason", "会商决定由住建局牵头处置", "--meeting").status == 0)
        let before = try ledger()
        let early = try desk("feedback", code, "--unit", "县住建局", "--text", "已约谈开发商")
        #expect(early.status == 1 && early.stderr.contains("出处"), "\(early.stderr)")
        let partial = try desk("analyse", code, "--unit", "县住建局", "--source", "本地论坛", "--posted-at", "07:40",
                               "--spread", " ", "--comments", "300余条", "--views", "要求公开工期")
        #expect(partial.status == 2 && partial.stderr.contains("传播路径"), "\(partial.stderr)")
        #expect(try ledger() == before)
        #expect(try desk("analyse", code, "--unit", "县住建局", "--source", "本地论坛", "--posted-at", "07:40",
                         "--spread", "论坛→业主群", "--comments", "300余条", "--views", "要求公开工期").status == 0)
        #expect(try desk("feedback", code, "--unit", "县住建局", "--text", "已约谈开发商").status == 0)
        let brief = try desk("report", "case", code).stdout
        #expect(brief.contains("会商转办") && brief.contains("县政务公开办") && brief.contains("传播路径：论坛→业主群"), "\(brief)")
    }
}
