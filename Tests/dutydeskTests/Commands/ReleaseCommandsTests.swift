import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk release draft|confirm|object|sign-off|send-back|publish` and `respond --urgent`, the
/// real binary on a real ledger: refusals name what is missing and append nothing.
@Suite struct ReleaseCommandsTests {
    let scratch: Scratch
    let log: String

    init() throws {
        scratch = try Scratch("release-cli")
        log = scratch.file("ledger.jsonl")
    }

    func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }
    func ledger() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: log)) }

    @Test func aDraftIsAgreedSignedOffAndPublishedAndOnlyThePublicationMeetsTheClock() throws {
        defer { scratch.remove() }
        let code = try #require(try desk("add", "--title", "自来水发黄", "--locality", "城关镇", "--discovered", "-3h",
                                         "--unit", "县水务局").lines.first)
        for unit in ["县卫健委", "城关镇"] {
            #expect(try desk("assign", code, "--unit", unit, "--role", "cooperating").status == 0)
        }
        let drafted = try desk("release", "draft", code, "--method", "政务微博", "--text", "水质达标", "--sign-off-by", "王县长",
                               "--spokesperson", "赵强")
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(try desk("list").stdout.contains("待会签 0/2"))

        var before = try ledger()
        let early = try desk("release", "sign-off", code, "--leader", "王县长")
        #expect(early.status == 1)
        #expect(early.stderr.contains("县卫健委") && early.stderr.contains("城关镇"), "\(early.stderr)")
        let stranger = try desk("release", "confirm", code, "--unit", "县公安局")
        #expect(stranger.status == 1 && stranger.stderr.contains("不是 \(code) 的配合单位"), "\(stranger.stderr)")
        let bare = try desk("release", "object", code, "--unit", "城关镇", "--text", " ")
        #expect(bare.status == 2 && bare.stderr.contains("不能为空"), "\(bare.stderr)")
        let direct = try desk("respond", code, "--method", "portal", "--text", "抢先发布")
        #expect(direct.status == 1 && direct.stderr.contains("稿1"), "\(direct.stderr)")
        #expect(try ledger() == before, "a refusal appends nothing")

        #expect(try desk("release", "confirm", code, "--unit", "县卫健委").status == 0)
        #expect(try desk("release", "object", code, "--unit", "城关镇", "--text", "请写明期限").status == 0)
        #expect(try desk("release", "confirm", code, "--unit", "城关镇", "--draft", "1").status == 0)
        let show = try desk("show", code).stdout
        #expect(show.contains("城关镇 对稿1有异议：请写明期限") && show.contains("城关镇 会签同意稿1"), "\(show)")
        #expect(try desk("list").stdout.contains("待审定"))
        before = try ledger()
        let unsigned = try desk("release", "publish", code)
        #expect(unsigned.status == 1 && unsigned.stderr.contains("尚未审定"), "\(unsigned.stderr)")
        #expect(try ledger() == before)
        let backDated = try desk("release", "sign-off", code, "--leader", "王县长", "--at", "-10m")
        #expect(backDated.status == 1 && backDated.stderr.contains("早于上一步"), "a sign-off cannot precede its draft")
        #expect(try desk("release", "sign-off", code, "--leader", "王县长").status == 0)

        let rows = try #require(try JSONParser.parse(try desk("list", "--json").stdout).arrayValue)
        #expect(rows.first?.objectValue?["deadlineKind"]?.stringValue == "response", "a signed-off draft meets no clock")
        let published = try desk("release", "publish", code)
        #expect(published.status == 0, "\(published.stderr)")
        let after = try #require(try JSONParser.parse(try desk("list", "--json").stdout).arrayValue)
        #expect(after.first?.objectValue?["deadlineKind"]?.stringValue == "follow-up", "the publication met the 48 h clock")
        #expect(try desk("show", code).stdout.contains("首次回应（政务微博，赵强）：水质达标（按稿1发布）"))
        let again = try desk("release", "publish", code)
        #expect(again.status == 1 && again.stderr.contains("没有待会签、待审定或待发布的稿件"), "\(again.stderr)")
    }

    @Test func aDirectReleasePastAPendingDraftSaysWhyInTheBrief() throws {
        defer { scratch.remove() }
        let code = try #require(try desk("add", "--title", "道路积水", "--locality", "河西街道", "--discovered", "-1h").lines.first)
        #expect(try desk("release", "draft", code, "--method", "release", "--text", "积水已排除").status == 0)
        let sentBack = try desk("release", "send-back", code, "--leader", "李副县长", "--reason", "口径不一致", "--lang", "en")
        #expect(sentBack.status == 0, "\(sentBack.stderr)")
        #expect(try desk("release", "draft", code, "--method", "release", "--text", "主干道已排除").status == 0)
        let urgent = try desk("respond", code, "--method", "weibo", "--text", "请绕行", "--urgent", "险情须立即提示")
        #expect(urgent.status == 0, "\(urgent.stderr)")
        let brief = try desk("report", "case", code).stdout
        #expect(brief.contains("首次回应：直接发布（未经审定），理由：险情须立即提示"), "\(brief)")
        #expect(brief.contains("已退回（李副县长：口径不一致）"), "\(brief)")
        let english = try desk("release", "publish", code, "--lang", "en")
        #expect(english.status == 1 && english.stderr.contains("is not signed off"), "\(english.stderr)")
    }
}
