import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk checklist`: a case registered under a plan lists its items, `--tick` records one; refusals
/// append nothing.
@Suite struct ChecklistCommandTests {
    let scratch: Scratch
    let log: String

    init() throws {
        scratch = try Scratch("checklist-cli")
        log = scratch.file("ledger.jsonl")
        try """
            [response-plans]
            "重大" = ["第一时间报告", "收集权威信息", "起草通稿"]
            "特别重大" = ["第一时间报告", "收集权威信息", "起草通稿", "主要负责人到场"]

            [response-plans.class]
            "复杂敏感事件" = ["会商研判", "起草通稿"]
            """.write(toFile: scratch.file("config.toml"), atomically: true, encoding: .utf8)
    }

    func desk(_ arguments: String...) throws -> DeskBinary.Output {
        try DeskBinary.run(["--config", scratch.file("config.toml")] + arguments, log: log)
    }
    func ledger() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: log)) }

    @Test func itemsAreListedAndTickedOnce() throws {
        defer { scratch.remove() }
        let code = try #require(try desk("add", "--title", "暴雨致道路积水", "--locality", "河西街道", "--grade", "重大",
                                         "--discovered", "-2h").lines.first)
        let listed = try desk("checklist", code)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("1. ☐ 第一时间报告") && listed.stdout.contains("3. ☐ 起草通稿"), "\(listed.stdout)")
        let ticked = try desk("checklist", code, "--tick", "第一时间报告", "--at", "-1h")
        #expect(ticked.status == 0, "\(ticked.stderr)")
        #expect(ticked.stdout.contains("1. ✓ 第一时间报告（") && ticked.stdout.contains("2. ☐ 收集权威信息"), "\(ticked.stdout)")

        let shown = try JSONParser.parse(try desk("show", code, "--json").stdout).objectValue
        let items = shown?["checklist"]?.arrayValue?.compactMap(\.objectValue) ?? []
        #expect(items.map { $0["item"]?.stringValue } == ["第一时间报告", "收集权威信息", "起草通稿"])
        #expect(items.first?["tickedBy"]?.stringValue?.isEmpty == false && items.last?["tickedAt"]?.isNull == true, "\(items)")

        let before = try ledger()
        let unknown = try desk("checklist", code, "--tick", "拟定发言人")
        #expect(unknown.status == 2 && unknown.stderr.contains("收集权威信息、起草通稿"), "\(unknown.stderr)")
        let twice = try desk("checklist", code, "--tick", "1")
        #expect(twice.status == 1 && twice.stderr.contains("已由"), "\(twice.stderr)")
        let badTime = try desk("checklist", code, "--tick", "2", "--at", "明天")
        #expect(badTime.status == 2, "\(badTime.stderr)")
        #expect(try ledger() == before)

        // A regrade adds what the higher plan requires, and keeps the tick.
        #expect(try desk("grade", code, "特别重大").status == 0)
        let after = try desk("checklist", code, "--lang", "en").stdout
        #expect(after.contains("1. ✓ 第一时间报告 (") && after.contains("4. ☐ 主要负责人到场"), "\(after)")
        let brief = try desk("report", "case", code).stdout
        #expect(brief.contains("响应预案") && brief.contains("主要负责人到场"), "\(brief)")
        let handover = try desk("report", "handover").stdout
        #expect(handover.contains("预案未办事项") && handover.contains("收集权威信息、起草通稿、主要负责人到场"), "\(handover)")
    }

    /// A triage that sets a warning class records what the class's plan adds, and `checklist` lists it.
    @Test func aTriageWithAClassAddsItsPlan() throws {
        defer { scratch.remove() }
        let code = try #require(try desk("add", "--title", "网传学校食堂问题", "--locality", "城关镇", "--grade", "重大",
                                         "--discovered", "-2h").lines.first)
        #expect(try desk("triage", code, "--class", "复杂敏感事件").status == 0)
        let listed = try desk("checklist", code).stdout
        #expect(listed.contains("3. ☐ 起草通稿") && listed.contains("4. ☐ 会商研判") && !listed.contains("5."), "\(listed)")
        let lines = String(decoding: try ledger(), as: UTF8.self).split(separator: "\n")
        let triaged = try #require(lines.last { $0.contains("\"case.triaged\"") })
        #expect(triaged.contains("\"checklist\":[\"会商研判\"]"), "\(triaged)")
    }

    /// A plan under a key that is no level or class stops the command, naming what is valid, before anything is written.
    @Test func aBadPlanKeyIsRefusedNamingTheValidOnes() throws {
        defer { scratch.remove() }
        try """
            [response-plans.class]
            "热点" = ["会商研判"]
            """.write(toFile: scratch.file("config.toml"), atomically: true, encoding: .utf8)
        let refused = try desk("add", "--title", "t", "--locality", "城关镇", "--lang", "en")
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("\"热点\" in [response-plans.class] is not valid there (valid: routine, hotspot, sensitive, emergency)"),
                "\(refused.stderr)")
        let written = FileManager.default.fileExists(atPath: log) ? try ledger() : Data()
        #expect(written.isEmpty, "nothing is appended under a bad config")
    }

    @Test func theHelpIsInBothLanguages() throws {
        defer { scratch.remove() }
        let chinese = try DeskBinary.run(["checklist", "--help"], log: log, extra: ["DUTYDESK_LANG": "zh"])
        #expect(chinese.stdout.contains("响应预案") && chinese.stdout.contains("--tick"), "\(chinese.stdout)")
        let english = try DeskBinary.run(["checklist", "--help"], log: log, extra: ["DUTYDESK_LANG": "en"])
        #expect(english.stdout.contains("Response plan") && !english.stdout.contains("响应预案"), "\(english.stdout)")
    }
}
