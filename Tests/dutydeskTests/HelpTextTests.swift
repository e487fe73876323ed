import DutyDeskCore
import DutyDeskText
import Testing
@testable import dutydesk

/// The help's Chinese said again in its columns.
@Suite struct HelpTextTests {
    @Test func theParsersWordsAreSaidInChinese() {
        let said = HelpText.inLanguage("USAGE: dutydesk <subcommand>\n\nOPTIONS:\n  --lock-timeout <seconds> (default: 30)\n"
            + "  -h, --help              Show help information.\n\nSUBCOMMANDS:\n  console (default)       全屏值班台\n\n"
            + "  See 'dutydesk help <subcommand>' for detailed help.", .chinese)
        #expect(said.contains("用法：dutydesk") && said.contains("选项：") && said.contains("子命令："))
        #expect(said.contains("（默认：30）") && said.contains("显示帮助。") && said.contains("各子命令的详细帮助：dutydesk help <子命令>"))
        #expect(said.contains("  console（默认）         全屏值班台"), "the abstract stays in its column: \(said)")
        #expect(HelpText.inLanguage("USAGE: x", .english) == "USAGE: x", "English help is the parser's own")
    }

    /// A Chinese description wider than the terminal wraps under its own column, by character.
    @Test func aWideLineWrapsUnderItsColumn() {
        // 81 characters after the 26-column label: 27 to a line of 54 columns, and the 。 after
        // the last one may not start the fourth line, so that character goes down with it.
        let line = "  --config <path>         " + String(repeating: "本台设", count: 27) + "。"
        let fitted = HelpText.fitted(line + "\n短行", width: 80).split(separator: "\n").map(String.init)
        let indent = String(repeating: " ", count: 26)
        #expect(fitted.count == 5 && fitted.last == "短行", "\(fitted)")
        for piece in fitted { #expect(DisplayWidth.of(piece) <= 80, "\(piece)") }
        #expect(fitted[0] == "  --config <path>         " + String(repeating: "本台设", count: 9))
        #expect(fitted[1] == indent + String(repeating: "本台设", count: 9), "under its column: \(fitted[1])")
        #expect(fitted[3] == indent + "设。", "避头尾: \(fitted[3])")
        let path = HelpText.fitted("  DUTYDESK_LOG       " + String(repeating: "台账", count: 12) + " $XDG_DATA_HOME/dutydesk/ledger.jsonl）。",
                                   width: 80).split(separator: "\n").map(String.init)
        #expect(path.count == 2 && path[1] == String(repeating: " ", count: 21) + "$XDG_DATA_HOME/dutydesk/ledger.jsonl）。",
                "a path goes down whole: \(path)")
        #expect(HelpText.textStart("概述：舆情值班台") == 0)
        #expect(HelpText.textStart(indent + "续行") == 26)
    }
}
