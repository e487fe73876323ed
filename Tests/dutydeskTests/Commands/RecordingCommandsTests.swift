import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// The CLI as a script or an operator at a shell uses it: the real binary on a real ledger.
@Suite struct RecordingCommandsTests {
    let scratch: Scratch
    let log: String

    init() throws {
        scratch = try Scratch("cli")
        log = scratch.file("ledger.jsonl")
    }

    func desk(_ arguments: String..., stdin: String? = nil) throws -> DeskBinary.Output {
        try DeskBinary.run(arguments, log: log, stdin: stdin.map { Data($0.utf8) })
    }

    func ledger() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: log)) }

    @Test func addPrintsTheCodeAloneAndTheCaseIsOnThe48HourClock() throws {
        defer { scratch.remove() }
        let added = try desk("add", "--title", "网传某小区自来水发黄", "--locality", "城关镇", "--caller", "李女士",
                             "--phone", "13800000000", "--discovered", "-2h")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.lines.count == 1)
        let code = try #require(added.lines.first)
        #expect(code.wholeMatch(of: /YQ-\d{8}-001/) != nil)

        let listed = try desk("list", "--json")
        let cases = try #require(try JSONParser.parse(listed.stdout).arrayValue)
        let row = try #require(cases.first?.objectValue)
        #expect(row["code"]?.stringValue == code)
        #expect(row["channel"]?.stringValue == "值班电话")
        #expect(row["channelCode"]?.stringValue == "phone")
        #expect(row["grade"]?.stringValue == "不涉及", "a phone report involves no emergency unless it is graded")
        #expect(row["level"]?.stringValue == "一般" && row["levelCode"]?.stringValue == "general")
        #expect(row["deadlineKind"]?.stringValue == "response")
        let left = try #require(row["secondsLeft"]?.intValue)
        #expect((46 * 3600 - 120)...(46 * 3600) ~= left)
        let discovered = try #require(row["discoveredAt"]?.stringValue.flatMap(ISO8601Timestamp.parse))
        let due = try #require(row["deadline"]?.stringValue.flatMap(ISO8601Timestamp.parse))
        #expect(due.timeIntervalSince(discovered) == 48 * 3600)
        #expect(row["discoveredAt"]?.stringValue?.hasSuffix("+08:00") == true)
    }

    @Test func regradeRespondAndPressMoveTheClockAndShowInTheTimeline() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "暴雨积水视频", "--locality", "河西街道", "--channel", "weibo",
                            "--discovered", "-30h").lines[0]
        #expect(try desk("grade", code, "重大", "--at", "-1h").status == 0)
        var shown = try JSONParser.parse(try desk("show", code, "--json").stdout).objectValue!
        #expect(shown["deadlineKind"]?.stringValue == "press-conference")
        #expect(shown["secondsLeft"]!.intValue! < -5 * 3600)

        #expect(try desk("press", code, "--at", "-20m", "--speaker", "王局长", "--attendee", "王局长:负责人").status == 0)
        #expect(try desk("respond", code, "--method", "政务微博", "--text", "已组织排水").status == 0)
        #expect(try desk("assign", code, "--unit", "县应急管理局", "--role", "牵头").status == 0)
        #expect(try desk("note", code, "会商后续报").status == 0)
        shown = try JSONParser.parse(try desk("show", code, "--json").stdout).objectValue!
        #expect(shown["deadlineKind"]?.stringValue == "follow-up")
        let timeline = (shown["timeline"]?.arrayValue ?? []).compactMap(\.objectValue)
        #expect(timeline.map { $0["type"]?.stringValue } == [
            "case.reported", "case.regraded", "press-conference.held", "response.published", "unit.assigned",
            "note.added",
        ])
        #expect(timeline.allSatisfy { $0["operator"]?.stringValue == "测试员" && $0["at"]?.stringValue != nil })
        #expect(timeline[3]["summary"]?.stringValue?.hasPrefix("续报一") == true)

        #expect(try desk("feedback", code, "--unit", "县应急管理局", "--text", "积水已排除").status == 0)
        #expect(try desk("close", code, "--reason", "办结").status == 0)
        #expect(try JSONParser.parse(try desk("list", "--json").stdout).arrayValue == [])
        #expect(try JSONParser.parse(try desk("list", "--all", "--json").stdout).arrayValue?.count == 1)
    }

    @Test(arguments: [
        ["add", "--title", "t", "--locality", "l", "--grade", "huge"],
        ["add", "--title", "t", "--locality", "l", "--channel", "pigeon"],
        ["assign", "YQ-20990101-001", "--unit", "u", "--role", "boss"],
        ["respond", "YQ-20990101-001", "--method", "telepathy"],
        ["add", "--title", "t", "--locality", "l", "--discovered", "someday"],
    ])
    func badValuesExit2NamingTheValidOnesAndAppendNothing(arguments: [String]) throws {
        defer { scratch.remove() }
        _ = try desk("add", "--title", "已有事件", "--locality", "城关镇")
        let before = try ledger()
        let result = try DeskBinary.run(arguments, log: log)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("「\(arguments.last!)」"), "\(result.stderr)")
        #expect(result.stderr.contains("可选值") || result.stderr.contains("可用格式"), "\(result.stderr)")
        #expect(try ledger() == before)
    }

    @Test func refusalsExit1AndAppendNothing() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "已有事件", "--locality", "城关镇", "--discovered", "-1h").lines[0]
        let before = try ledger()
        let unknown = try desk("press", "YQ-20990101-009")
        #expect(unknown.status == 1 && unknown.stderr.contains("YQ-20990101-009"))
        let future = try desk("press", code, "--at", "2099-01-01 10:00")
        #expect(future.status == 1 && future.stderr.contains("未来"), "\(future.stderr)")
        let early = try desk("respond", code, "--method", "weibo", "--at", "-3h")
        #expect(early.status == 1 && early.stderr.contains("早于发现时间"), "\(early.stderr)")
        let futureDiscovery = try desk("add", "--title", "t", "--locality", "l", "--discovered", "2099-01-01 10:00")
        #expect(futureDiscovery.status == 1)
        // Each refusal names its field in Chinese, never by its id in the code.
        #expect(futureDiscovery.stderr.contains("发现时间（2099-01-01 10:00）") && !futureDiscovery.stderr.contains("discovered"),
                "\(futureDiscovery.stderr)")
        #expect(early.stderr.contains("发生时间（") && !early.stderr.contains("at "), "\(early.stderr)")
        let untitled = try desk("add", "--title", " ", "--locality", "城关镇")
        #expect(untitled.status == 2 && untitled.stderr.contains("事由 不能为空"), "an empty value is bad usage: \(untitled.stderr)")
        #expect(try desk("show", "YQ-20990101-009").status == 1)
        #expect(try ledger() == before)
    }

    /// The 1,320-character title: bad usage (exit 2), the field and the limit named in the
    /// operator's language, nothing appended.
    @Test func aTitleOverTheLimitExits2AndAppendsNothing() throws {
        defer { scratch.remove() }
        _ = try desk("add", "--title", "已有事件", "--locality", "城关镇")
        let before = try ledger()
        let title = String(repeating: "网传城关镇中学食堂饭菜变质，", count: 94)
        let refused = try desk("add", "--title", title, "--locality", "城关镇")
        #expect(refused.status == 2 && refused.stderr.contains("事由 有 1316 个字，最多 100 个字"), "\(refused.stderr)")
        let english = try desk("--lang", "en", "add", "--title", title, "--locality", "城关镇")
        #expect(english.status == 2 && english.stderr.contains("Title has 1316 characters, at most 100"), "\(english.stderr)")
        #expect(refused.stdout.isEmpty && english.stdout.isEmpty)
        #expect(try ledger() == before)
    }

    @Test func englishMessagesOnRequest() throws {
        defer { scratch.remove() }
        let result = try desk("--lang", "en", "add", "--title", "t", "--locality", "l", "--grade", "huge")
        #expect(result.status == 2)
        #expect(result.stderr.contains("valid values: extraordinary, major, "), "\(result.stderr)")
    }

    @Test func theLedgerIsJSONLinesThatJqReads() throws {
        defer { scratch.remove() }
        _ = try desk("add", "--title", "含\"引号\"与\u{1B}[31m转义", "--locality", "城关镇")
        let lines = String(decoding: try ledger(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONParser.parse(String(line)).objectValue)
            #expect(object.pairs.map(\.key) == ["v", "seq", "id", "at", "op", "type", "case", "data", "prev", "hash"])
            #expect(!line.contains("\u{1B}"))
        }
        let text = try desk("list")
        #expect(!text.stdout.contains("\u{1B}"))
        #expect(text.stdout.contains("␛[31m"))
    }
}

/// With no `--operator`, no `DUTYDESK_OPERATOR` and no user the system can name, what is recorded
/// is named in the operator's language, never an English placeholder in a Chinese ledger.
@Suite struct UnnamedOperatorTests {
    @Test(arguments: [("zh", "未署名"), ("en", "unnamed")])
    func anOperatorNobodyNamedIsSaidInTheLanguage(lang: String, name: String) throws {
        let scratch = try Scratch("unnamed-\(lang)")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        var environment = DeskBinary.environment(log: log)
        for variable in ["DUTYDESK_OPERATOR", "USER", "LOGNAME"] { environment.removeValue(forKey: variable) }
        // Where this process has a login name, the binary rightly takes it.
        let expected = getlogin().map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? name
        let added = try DeskBinary.run(["add", "--title", "网传某路段积水", "--locality", "城关镇", "--lang", lang],
                                       environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        let shown = try DeskBinary.run(["show", try #require(added.lines.first), "--json"], environment: environment)
        let timeline = try #require(JSONParser.parse(shown.stdout).objectValue?["timeline"]?.arrayValue)
        #expect(timeline.first?.objectValue?["operator"]?.stringValue == expected)
    }
}
