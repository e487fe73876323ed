import DutyDeskCore
import DutyDeskText
import Foundation
import Glibc

/// `--help` in one language. ArgumentParser reads a command's help strings when it builds the
/// command (its configuration, an instance for the options), so `Entry` chooses the language from
/// `--lang` / DUTYDESK_LANG before anything reads them, and every help string is written in both
/// languages beside each other (`pick`). The parser's own words (section titles, the help and
/// version flags) are said again in Chinese by `inLanguage`, and Chinese lines, which have no
/// spaces for the parser to wrap at, are wrapped again to the terminal by `fitted`.
enum HelpText {
    /// Set once, before the command line is parsed; Chinese unless the operator asked for English.
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
    static func inLanguage(_ help: String, _ language: Language = HelpText.language) -> String {
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

    /// The help's lines at most `width` display columns: a line wider than that is wrapped (Chinese
    /// by character, a path or an option whole, 避头尾) under the column its text starts in, so an
    /// option's description stays in the description column.
    static func fitted(_ help: String, width: Int) -> String {
        help.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard DisplayWidth.of(line) > width else { return String(line) }
            let head = String(line.prefix(textStart(line)))
            let indent = DisplayWidth.of(head)
            let pieces = wrap(String(line.dropFirst(head.count)), width: max(width - indent, width / 2))
            return pieces.enumerated().map { ($0.offset == 0 ? head : String(repeating: " ", count: indent)) + $0.element }
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Lines of at most `width` columns. Unlike `TextWrap`, which breaks a long Latin word by
    /// character as a case's text may need, a help keeps what is typed whole: a run of ASCII
    /// (`$XDG_DATA_HOME/dutydesk/ledger.jsonl`, `--lock-timeout`) is one piece.
    static func wrap(_ text: String, width: Int) -> [String] {
        var pieces: [String] = []
        for character in text {
            let typed = character.isASCII && character != " "
            if let last = pieces.last?.last,
               (typed && last.isASCII && last != " ") || TextWrap.noLineStart.contains(character) || TextWrap.noLineEnd.contains(last) {
                pieces[pieces.count - 1].append(character)
            } else {
                pieces.append(String(character))
            }
        }
        var lines: [String] = []
        var line = ""
        for piece in pieces {
            if !line.isEmpty, DisplayWidth.of(line) + DisplayWidth.of(piece) > width {
                lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
                line = piece == " " ? "" : piece
            } else {
                line += piece
            }
        }
        return line.isEmpty ? lines : lines + [line]
    }

    /// Where a line's text starts: after a name (an option, a subcommand, a variable) and the
    /// spaces that pad it to its column, or after the spaces a continued description is indented
    /// by; at the start of a paragraph.
    static func textStart<S: StringProtocol>(_ line: S) -> Int {
        if let named = String(line).firstMatch(of: /^ +\S+(?: \S+)*? {2,}/) { return named.output.count }
        return line.prefix { $0 == " " }.count
    }

    /// The terminal's width when standard output is one, else 80.
    static var terminalWidth: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
