import DutyDeskCore
import DutyDeskTestSupport
import DutyDeskText
import Foundation
import Testing

/// The width table agrees with what the terminal draws: each tricky character is printed in real
/// tmux and the cursor column read back. A disagreement shifts every cell after it in a row.
@Suite(.serialized) struct DisplayWidthTmuxTests {
    static let tricky: [String] = ["中", "a", "…", "\u{00AD}", "\u{4DC0}", "😀", "\u{200B}", "e\u{0301}", "ｱ", "─",
                                   "🇨🇳", "\u{3000}", "❤", "，", "）"]

    @Test func theTerminalDrawsEachCharacterAsWideAsTheTableSays() throws {
        let console = try ConsoleInTmux("widths")
        defer { console.scratch.remove() }
        for text in Self.tricky {
            let scalars = text.unicodeScalars.map { String(format: "\\\\u%04x", $0.value) }.joined()
            // printf's \u escapes keep the shell's own line editing out of the way; "|" marks the end.
            try console.tmux.type("clear; printf \"\(scalars)|\"; read", enter: true)
            try console.expectScreen("\(scalars) printed") { $0.split(separator: "\n").first?.contains("|") == true }
            #expect(try console.tmux.cursorColumn() == DisplayWidth.of(text) + 1, "\(scalars)")
            try console.tmux.press("Enter")
        }
    }
}
