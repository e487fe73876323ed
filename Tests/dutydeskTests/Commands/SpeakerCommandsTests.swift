import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk press --attendee` and `respond --expert`, the real binary on a real ledger with a roster in
/// its settings: a conference without a 负责人 or 新闻发言人 is recorded and flagged and meets no clock.
@Suite struct SpeakerCommandsTests {
    let scratch: Scratch
    let log: String
    let config: String

    init() throws {
        scratch = try Scratch("speaker-cli")
        log = scratch.file("ledger.jsonl")
        config = scratch.file("config.toml")
        try """
            [[units]]
            name = "县应急管理局"
            head = "马军"

            [[spokespersons]]
            unit = "县应急管理局"
            name = "何伟"

            [[experts]]
            name = "周建"
            field = "地质灾害"
            """.write(toFile: config, atomically: true, encoding: .utf8)
    }

    func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(["--config", config] + arguments, log: log) }
    func ledger() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: log)) }
    func deadlineKind() throws -> String? {
        try JSONParser.parse(try desk("list", "--json").stdout).arrayValue?.first?.objectValue?["deadlineKind"]?.stringValue
    }

    @Test func aConferenceCountsOnlyWithAHeadOrSpokesperson() throws {
        defer { scratch.remove() }
        let code = try #require(try desk("add", "--title", "山体滑坡", "--locality", "青山乡", "--discovered", "-3h",
                                         "--grade", "重大", "--unit", "县应急管理局").lines.first)
        let before = try ledger()
        let none = try desk("press", code)
        #expect(none.status == 2 && none.stderr.contains("出席人员"), "\(none.stderr)")
        let unknown = try desk("press", code, "--attendee", "路人甲")
        #expect(unknown.status == 2 && unknown.stderr.contains("负责人、新闻发言人、其他"), "\(unknown.stderr)")
        let badRole = try desk("press", code, "--attendee", "路人甲:记者")
        #expect(badRole.status == 2, "\(badRole.stderr)")
        #expect(try ledger() == before, "a refusal appends nothing")

        let staff = try desk("press", code, "--at", "-1h", "--attendee", "何静:其他")
        #expect(staff.status == 0, "\(staff.stderr)")
        #expect(try deadlineKind() == "press-conference", "a conference without a head or spokesperson meets no clock")
        #expect(try desk("list").stdout.contains("发布会未计"))
        #expect(try desk("show", code).stdout.contains("无负责人或新闻发言人出席，不计为发布会"))
        let shown = try JSONParser.parse(try desk("show", code, "--json").stdout).objectValue
        #expect(shown?["uncountedConferences"]?.arrayValue?.first?.objectValue?["attendees"]?.arrayValue?.count == 1)

        // The settings place 何伟 as a spokesperson: no capacity needed.
        #expect(try desk("press", code, "--attendee", "何伟").status == 0)
        #expect(try deadlineKind() == "follow-up")
        let brief = try desk("report", "case", code).stdout
        #expect(brief.contains("新闻发布会出席情况") && brief.contains("何伟（新闻发言人）") && brief.contains("何静（其他）"), "\(brief)")
        let english = try DeskBinary.run(["--config", config, "--lang", "en", "report", "case", code], log: log).stdout
        #expect(english.contains("Press conference attendance") && !english.contains("出席情况"), "\(english)")
    }

    @Test func anExpertInterpretationNamesItsExpert() throws {
        defer { scratch.remove() }
        let code = try #require(try desk("add", "--title", "景区调价", "--locality", "青山乡").lines.first)
        let before = try ledger()
        let bare = try desk("respond", code, "--method", "专家解读", "--text", "解读")
        #expect(bare.status == 2 && bare.stderr.contains("解读专家"), "\(bare.stderr)")
        #expect(try ledger() == before)
        #expect(try desk("respond", code, "--method", "expert", "--text", "解读", "--expert", "周建").status == 0)
        #expect(try desk("show", code).stdout.contains("专家：周建"))
    }
}
