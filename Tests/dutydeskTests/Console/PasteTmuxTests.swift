import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

/// Pasting into the real console in real tmux: a paste lands in the focused field whole, and
/// nothing inside it acts as a key, however many lines or escapes it carries.
extension IntakeTmuxTests {
    func openIntake() throws {
        try openConsole()
        try tmux.type("n")
        try expectScreen("the intake form") { $0.contains("电话登记") && $0.contains("一句话事由") }
    }

    /// Four lines and an SGR escape into 一句话事由: one title, line breaks as spaces; the 3 does
    /// not pick a channel, the escape does not cancel the form and the m does not open a note.
    @Test func fourLinesAndAnEscapeStayInTheTitle() throws {
        defer { scratch.remove() }
        try openIntake()
        try tmux.paste("网传城关镇停水\n3\n13800000000\n涉及三个小区\u{1B}[31mm")
        try expectScreen("the paste in the title") { $0.contains("网传城关镇停水 3 13800000000 涉及三个小区[31mm") }
        try tmux.press("Tab")
        try expectScreen("the locality list") { $0.contains("1 青山乡") }
        try tmux.type("1")
        try tmux.press("C-s")
        try expectScreen("saved") { $0.contains(QueueRow.code) && !$0.contains("一句话事由") }
        let row = try #require(try cases().first { $0["title"]?.stringValue?.hasPrefix("网传城关镇停水") == true })
        #expect(row["title"]?.stringValue == "网传城关镇停水 3 13800000000 涉及三个小区[31mm")
        #expect(row["channel"]?.stringValue == "值班电话", "the pasted 3 picked no channel")
        #expect(row["locality"]?.stringValue == "青山乡")
        #expect(row["phone"]?.stringValue ?? "" == "", "the pasted number went into the title, not the phone")
        let ledger = try String(contentsOfFile: log, encoding: .utf8)
        #expect(ledger.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 3, "created, seeded case, this case")
        #expect(!ledger.contains("note.added"), "the pasted m opened no note form")
        try tmux.type("q")
    }

    /// 2,000 characters into 详细情况 are on screen within 0.2 s (it took 48 s one key at a time).
    @Test func twoThousandCharactersAreAbsorbedAtOnce() throws {
        defer { scratch.remove() }
        try openIntake()
        for _ in 0..<5 { try tmux.press("Tab") }
        try expectScreen("the detail field focused") { $0.contains("详情") }
        let text = String(repeating: "城关镇锦绣花园小区自来水发黄", count: 142) + "水质已送检，结果仍待出尾"
        #expect(text.count == 2_000)
        // Timed from when tmux has handed the paste to the console (its two commands' own start-up
        // is not the console's) to the first capture that shows the end of it.
        try tmux.paste(text)
        let started = ContinuousClock.now
        try expectScreen("the whole paste absorbed", within: 5) { $0.contains("结果仍待出尾") }
        let elapsed = ContinuousClock.now - started
        print("2,000-character paste absorbed in \(elapsed)")
        // The 0.2 s, and room for one 50 ms poll of tmux's screen and the draft's fsync on a
        // shared disk (0.06–0.15 s on a busy two-core machine).
        #expect(elapsed < .milliseconds(300), "\(elapsed)")
        try tmux.press("Escape")
        try expectScreen("asked before losing it") { $0.contains("放弃") }
        try tmux.type("y")
        try tmux.type("q")
    }
}
