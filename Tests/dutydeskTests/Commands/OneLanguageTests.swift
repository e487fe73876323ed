import DutyDeskTestSupport
import DutyDeskText
import Foundation
import Testing
@testable import dutydesk

/// One language at a time, as an operator at a shell meets it: the usual mistakes, each run by the
/// real binary in Chinese and in English, and what it prints read for the other language's words.
@Suite struct OneLanguageTests {
    let scratch: Scratch
    let log: String

    init() throws {
        scratch = try Scratch("one-language")
        log = scratch.file("ledger.jsonl")
    }

    /// The subcommands a Chinese message lists by name (they are what is typed), and the themes.
    static let typedNames = Set(ConventionsTests.commandPaths.flatMap { $0 }).union(["light"])

    /// Each a command line that must fail, with what it must print in Chinese.
    func mistakes() throws -> [(arguments: [String], stdin: String?, chinese: String)] {
        let badConfig = scratch.file("bad.toml")
        try "[desk]\ncolour = 1\n".write(toFile: badConfig, atomically: true, encoding: .utf8)
        return [
            (["bogus"], nil, "没有子命令「bogus」"),
            (["--lang", "fr", "list"], nil, "--lang 无效"),
            (["add", "--title", "t"], nil, "缺少必填参数 --locality"),
            (["list", "--bogus"], nil, "没有选项 --bogus"),
            (["list", "--lock-timeout", "abc"], nil, "--lock-timeout <seconds> 的值「abc」无效"),
            (["add", "--title", "", "--locality", "l"], nil, "事由 不能为空"),
            (["add", "--title", "t", "--locality", "l", "--grade", "huge"], nil, "可选值：特别重大、重大"),
            (["add", "--title", "t", "--locality", "l", "--discovered", "someday"], nil, "无法识别的时间"),
            (["add", "--title", String(repeating: "t", count: 150), "--locality", "l"], nil, "最多 100 个字"),
            (["show", "YQ-20990101-009"], nil, "没有编号为 YQ-20990101-009 的事件"),
            (["verify", "--log", scratch.file("nothing.jsonl")], nil, "台账文件不存在"),
            (["--config", scratch.file("none.toml"), "list"], nil, "--config：没有文件"),
            (["--config", badConfig, "list"], nil, "没有键「colour」"),
            (["demo", "--into", log], nil, "演示只写入新的台账"),
            (["console"], nil, "控制台需要终端"),
            (["console", "--theme", "nosuch"], nil, "没有名为「nosuch」的主题"),
            (["report", "daily", "--out", scratch.file("no/such/folder/daily.md")], nil, "--out：无法写入"),
            (["import"], "not json\n", "标准输入第 1 行"),
        ]
    }

    @Test func theUsualMistakesAreSaidInOneLanguage() throws {
        defer { scratch.remove() }
        #expect(try DeskBinary.run(["add", "--title", "t", "--locality", "l"], log: log).status == 0)
        for (arguments, stdin, chinese) in try mistakes() {
            let zh = try DeskBinary.run(arguments, log: log, stdin: stdin.map { Data($0.utf8) })
            let zhText = zh.stdout + zh.stderr
            #expect(zh.status != 0, "\(arguments) succeeded")
            #expect(zhText.contains(chinese), "\(arguments): \(zhText)")
            let english = OneLanguage.englishWords(in: zhText, allowing: Self.typedNames)
            #expect(english.isEmpty, "\(arguments) in Chinese says \(english): \(zhText)")

            let en = try DeskBinary.run(arguments, log: log, stdin: stdin.map { Data($0.utf8) },
                                        extra: ["DUTYDESK_LANG": "en"])
            let enText = en.stdout + en.stderr
            #expect(en.status == zh.status, "\(arguments): \(enText)")
            let chineseCharacters = OneLanguage.chineseCharacters(in: enText)
            #expect(chineseCharacters.isEmpty, "\(arguments) in English says \(String(chineseCharacters)): \(enText)")
        }
    }

    /// The 口径 library's commands, what they print when they work and when they refuse, in each
    /// language on a ledger of its own: what is typed is Chinese for the Chinese run and shaped
    /// ASCII (`water-1`) for the English one, so a leak is the desk's words, not the operator's.
    @Test func theWordingLibraryIsSaidInOneLanguage() throws {
        defer { scratch.remove() }
        for (language, topic, text, approver, reason) in [("zh", "二次供水", "水质达标", "王县长", "检测结果更新"),
                                                           ("en", "water-1", "tank-2", "wang-3", "test-4")] {
            let ledger = scratch.file("wording-\(language).jsonl")
            let extra = ["DUTYDESK_LANG": language]
            func desk(_ arguments: [String]) throws -> DeskBinary.Output {
                try DeskBinary.run(arguments, log: ledger, extra: extra)
            }
            // The first listing finds no ledger yet: a refusal the operator meets, said in one language too.
            let runs: [(arguments: [String], fails: Bool)] = [
                (["wording"], true),
                (["wording", "add", "--topic", topic, "--text", text, "--approved-by", approver], false),
                (["wording", "add", "--topic", " ", "--text", text, "--approved-by", approver], true),
                (["wording", "add", "--topic", topic, "--text", text, "--approved-by", approver], true),
                (["wording", "add", "--topic", topic], true),
                (["wording"], false),
                (["wording", "withdraw", "nosuch-9", "--reason", reason], true),
                (["wording", "withdraw", topic, "--reason", reason], false),
                (["wording", "withdraw", topic, "--reason", reason], true),
                (["wording"], false),
            ]
            for (arguments, fails) in runs {
                let run = try desk(arguments)
                let said = run.stdout + run.stderr
                #expect((run.status != 0) == fails, "\(language) \(arguments): \(said)")
                #expect(!said.isEmpty, "\(language) \(arguments) said nothing")
                if language == "zh" {
                    let english = OneLanguage.englishWords(in: said, allowing: Self.typedNames)
                    #expect(english.isEmpty, "\(arguments) in Chinese says \(english): \(said)")
                } else {
                    let chineseCharacters = OneLanguage.chineseCharacters(in: said)
                    #expect(chineseCharacters.isEmpty, "\(arguments) in English says \(String(chineseCharacters)): \(said)")
                }
            }
        }
    }

    /// What a help names besides the subcommands: `help` itself, the parser's placeholder words,
    /// file formats, a program and the variables a command reads, all typed as written.
    static let helpNames = typedNames.union(["help", "md", "csv", "json", "ISO", "PostgreSQL", "HOME", "TZ", "PGPASSFILE",
                                             "show", "respond", "add"])

    /// `--help` of the root and of every subcommand, in each language: the option strings, the
    /// parser's own words (section titles, the help and version flags) and the environment section.
    @Test func everyHelpIsInOneLanguage() throws {
        defer { scratch.remove() }
        for path in ConventionsTests.commandPaths {
            let zh = try DeskBinary.run(path + ["--help"], log: log)
            #expect(zh.status == 0, "\(path)")
            #expect(zh.stdout.contains("用法：dutydesk") && zh.stdout.contains("环境变量："), "\(path): \(zh.stdout)")
            let wide = zh.stdout.split(separator: "\n").filter { DisplayWidth.of($0) > 80 }
            #expect(wide.isEmpty, "\(path) --help in Chinese is wider than 80 columns: \(wide)")
            let english = OneLanguage.englishWords(in: zh.stdout, allowing: Self.helpNames)
            #expect(english.isEmpty, "\(path) --help in Chinese says \(english): \(zh.stdout)")

            let en = try DeskBinary.run(path + ["--help"], log: log, extra: ["DUTYDESK_LANG": "en"])
            #expect(en.stdout.contains("USAGE: dutydesk") && en.stdout.contains("ENVIRONMENT:"), "\(path): \(en.stdout)")
            let chineseCharacters = OneLanguage.chineseCharacters(in: en.stdout)
            #expect(chineseCharacters.isEmpty, "\(path) --help in English says \(String(chineseCharacters)): \(en.stdout)")
            let asked = try DeskBinary.run(["--lang", "en"] + path + ["--help"], log: log)
            #expect(asked.stdout == en.stdout, "\(path): --lang en asks for the English help as DUTYDESK_LANG does")
        }
        let help = try DeskBinary.run(["help", "add"], log: log)
        #expect(help.stdout.contains("一句话事由") && !help.stdout.contains("OPTIONS"), "\(help.stdout)")
    }

    /// The checks can fail: a leak planted in each direction is found, what is typed is not.
    @Test func aPlantedLeakIsFound() {
        defer { scratch.remove() }
        #expect(OneLanguage.englishWords(in: "台账 ok {} events") == ["ok", "events"])
        #expect(OneLanguage.englishWords(in: "--as-of 回看 YQ-20261201-001 Esc 返回 24h「bogus」").isEmpty)
        #expect(String(OneLanguage.chineseCharacters(in: "On duty 值班员，ok")) == "值班员，")
    }
}
