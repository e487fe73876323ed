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
        for (index, text) in Self.tricky.enumerated() {
            let scalars = text.unicodeScalars.map { String(format: "\\\\u%04x", $0.value) }.joined()
            // printf's \u escapes keep the shell's own line editing out of the way; "|" and the
            // round's number mark the end, so neither the typed command line (it holds printf)
            // nor the last round's line, still there until `clear` runs, is taken for this one.
            let end = "|\(index)"
            try console.tmux.type("clear; printf \"\(scalars)\(end)\"; read", enter: true)
            try console.expectScreen("\(scalars) printed") { screen in
                guard let first = screen.split(separator: "\n", omittingEmptySubsequences: false).first else { return false }
                return !first.contains("printf") && first.trimmingCharacters(in: .whitespaces).hasSuffix(end)
            }
            #expect(try console.tmux.cursorColumn() == DisplayWidth.of(text) + end.count, "\(scalars)")
            try console.tmux.press("Enter")
        }
    }
}
