import DutyDeskCore
import DutyDeskTestSupport
import DutyDeskText
import Foundation
import Testing

/// The console as an operator meets it: the real binary in a real tmux, keys typed, the
/// screen read back.
@Suite(.serialized) struct ConsoleTmuxTests {
    let console: ConsoleInTmux
    var scratch: Scratch { console.scratch }
    var log: String { console.log }
    var tmux: Tmux { console.tmux }

    init() throws {
        console = try ConsoleInTmux("tmux")
    }

    func startDemo() throws {
        try tmux.type("\(DeskBinary.path) demo --into \(log)", enter: true)
        try expectScreen("the demo queue appears") { $0.contains("舆情值班台") && $0.contains(QueueRow.code) }
    }

    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        try console.expectScreen(what, within: seconds, sourceLocation: sourceLocation, condition)
    }

    /// Asks the shell in the pane for its tty modes: canonical input and echo must be back on.
    /// The marker is computed by the shell, so only the command's output can show it.
    func expectTerminalRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try tmux.type("stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo \"<$((40+2))>\"",
                      enter: true)
        let result = try tmux.waitFor { $0.contains("<42>") }
        let line = result.screen.split(separator: "\n").first { $0.hasSuffix("<42>") }
        #expect(line == "icanon echo <42>", "\(result.screen)", sourceLocation: sourceLocation)
    }

    /// Display column where each row's countdown begins (a supervised item's marked 督).
    static func countdownColumns(_ screen: String) -> [Int] {
        screen.split(separator: "\n").filter { $0.contains(QueueRow.code) }.compactMap { line in
            guard let match = line.firstMatch(of: /(督 |报 )?(超时 )?(\d+天)?\d\d:\d\d:\d\d|—/) else { return nil }
            return DisplayWidth.of(line[..<match.range.lowerBound])
        }
    }

    @Test func theDemoQueueResizesHelpsFollowsTheLedgerAndQuitsCleanly() throws {
        defer { scratch.remove() }
        try startDemo()
        let screen = try tmux.screen()
        let columns = Self.countdownColumns(screen)
        #expect(columns.count >= 15, "\(screen)")
        #expect(Set(columns).count == 1, "every countdown starts at one column: \(columns)")
        // The demo's landslide meeting action fell due an hour ago, while its case still has time.
        #expect(screen.contains("督 超时 "), "an overdue 督办 is on its case's row: \(screen)")

        try tmux.resize(width: 60, height: 20)
        try expectScreen("the too-small message") { $0.contains("终端太小，至少需要 80×24") }
        try tmux.resize(width: 100, height: 30)
        try expectScreen("screen") { $0.contains(QueueRow.code) && !$0.contains("终端太小") }

        try tmux.type("?")
        try expectScreen("screen") { $0.contains("按键说明") && $0.contains("Ctrl-L") }
        try tmux.press("Escape")
        try expectScreen("screen") { !$0.contains("按键说明") }

        let added = try DeskBinary.run(["add", "--title", "二号终端新登记", "--locality", "城关镇"], log: log)
        #expect(added.status == 0, "\(added.stderr)")
        try expectScreen("appears within 2 s", within: 2) { $0.contains("二号终端新登记") }

        try tmux.type("q")
        let back = try tmux.waitFor { $0.split(separator: "\n").last(where: { !$0.isEmpty })?.hasPrefix("$") == true }
        #expect(back.ok, "the shell prompt is back:\n\(back.screen)")
        try expectTerminalRestored()
    }

    @Test func searchFindsChineseAndTheDetailOpensAndCloses() throws {
        defer { scratch.remove() }
        try startDemo()
        try tmux.type("/积水")
        try tmux.press("Enter")
        // One row in the queue (the preview under it names the same code on its rule).
        try expectScreen("screen") { screen in
            screen.contains("筛选：积水")
                && screen.split(separator: "\n").filter { $0.contains(QueueRow.code) && !$0.contains("─") }.count == 1
        }
        try tmux.press("Enter")
        try expectScreen("screen") { $0.contains("事件详情") && $0.contains("时间线") }
        try tmux.press("Escape")
        try expectScreen("screen") { $0.contains("筛选：积水") && !$0.contains("时间线") }
        try tmux.press("Escape")
        try expectScreen("screen") { $0.split(separator: "\n").filter { $0.contains(QueueRow.code) }.count > 15 }
        try tmux.type("q")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        defer { scratch.remove() }
        try startDemo()
        kill(try #require(try console.programPID()), SIGTERM)
        try expectScreen("screen") { $0.split(separator: "\n").last(where: { !$0.isEmpty })?.hasPrefix("$") == true }
        try expectTerminalRestored()
    }
}
