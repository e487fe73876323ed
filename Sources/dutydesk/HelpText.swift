import DutyDeskCore
import Foundation

/// `--help` in one language. ArgumentParser reads a command's help strings when it builds the
/// command (its configuration, an instance for the options), so `Entry` chooses the language from
/// `--lang` / DUTYDESK_LANG before anything reads them, and every help string is written in both
/// languages beside each other (`pick`). The parser's own words (section titles, the help and
/// version flags) are said again in Chinese by `inLanguage`.
enum HelpText {
    /// Set once, before the command line is parsed; Chinese unless the officer asked for English.
    nonisolated(unsafe) static var language: Language = .chinese

    static func pick(zh: String, en: String) -> String { language == .chinese ? zh : en }

    /// ArgumentParser's fixed English words, in the order they appear, as a Chinese help says them.
    /// A phrase the parser adds later shows up in `HelpLanguageTests`, which greps every help in
    /// Chinese for Latin words.
    static let parserWords: [(english: String, chinese: String)] = [
        ("OVERVIEW: ", "概述："),
        ("USAGE: ", "用法："),
        ("ARGUMENTS:", "参数："),
        ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："),
        ("Show help information.", "显示帮助。"),
        ("Show the version.", "显示版本。"),
        // The default subcommand's mark, as wide as the parser's, so its abstract stays in its column.
        (" (default)", "（默认）  "),
        ("(default: ", "（默认："),
    ]

    /// The help as ArgumentParser wrote it, in `language`.
    static func inLanguage(_ help: String) -> String {
        guard language == .chinese else { return help }
        var said = help
        for (english, chinese) in parserWords {
            said = said.replacingOccurrences(of: english, with: chinese)
        }
        // "（默认：30)" – the parser closes what it opened with an ASCII parenthesis.
        said = said.replacingOccurrences(of: #"（默认：([^)\n]*)\)"#, with: "（默认：$1）", options: .regularExpression)
        return said.replacingOccurrences(of: #"See '([^']*) <subcommand>' for detailed help\."#,
                                         with: "各子命令的详细帮助：$1 <子命令>", options: .regularExpression)
    }
}
