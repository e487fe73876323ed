import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

/// The console and its ledger under strain, in real tmux: a lock held elsewhere, an alarm from the
/// anchors, SIGQUIT and a crash.
@Suite(.serialized) struct ConsoleLedgerTmuxTests {
    let console: ConsoleInTmux
    var log: String { console.log }
    var tmux: Tmux { console.tmux }

    init() throws {
        console = try ConsoleInTmux("console-ledger")
        #expect(try DeskBinary.run(["add", "--title", "青山乡山体滑坡", "--locality", "青山乡"], log: log).status == 0)
    }

    func openConsole() throws {
        try tmux.type("\(DeskBinary.path)", enter: true)
        try console.expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(QueueRow.code) }
    }

    func typeIntake(_ title: String) throws {
        try tmux.type("n")
        try console.expectScreen("the intake form") { $0.contains("一句话事由") }
        try tmux.type(title)
        try tmux.press("Tab")
        try console.expectScreen("the locality list") { $0.contains("1 青山乡") }
        try tmux.type("1")
    }

    @Test func aSaveWaitsForALockHeldElsewhereWhileTheConsoleKeepsTickingAndHappensOnceFreed() throws {
        defer { console.scratch.remove() }
        try openConsole()
        try typeIntake("网传城关镇停水")
        let holder = open(log, O_RDONLY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        try tmux.press("C-s")
        try console.expectScreen("the wait is shown with the holder") { $0.contains("台账被进程 \(getpid()) 占用 1s") }
        try console.expectScreen("and counts on: the loop is not blocked") { $0.contains("台账被进程 \(getpid()) 占用 3s") }
        flock(holder, LOCK_UN)
        try console.expectScreen("saved once the lock is free") { $0.contains("已登记 YQ-") && !$0.contains("占用") }
        let titles = try DeskBinary.run(["list"], log: log).stdout
        #expect(titles.contains("网传城关镇停水"))
        try tmux.type("q")
    }

    @Test func escapeGivesUpAWaitingSaveAndKeepsTheForm() throws {
        defer { console.scratch.remove() }
        try openConsole()
        try typeIntake("网传青山乡停电")
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let holder = open(log, O_RDONLY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        try tmux.press("C-s")
        try console.expectScreen("the wait") { $0.contains("台账被进程 \(getpid()) 占用") }
        try tmux.press("Escape")
        try console.expectScreen("cancelled, form kept") { $0.contains("已取消保存") && $0.contains("网传青山乡停电") }
        flock(holder, LOCK_UN)
        try console.expectScreen("nothing is saved later") { !$0.contains("占用") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }

    @Test func aLedgerCutShortShowsTheAlarmInRed() throws {
        defer { console.scratch.remove() }
        #expect(try DeskBinary.run(["add", "--title", "第二件", "--locality", "青山乡"], log: log).status == 0)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        let newlines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        try Data(bytes[...newlines[1]]).write(to: URL(fileURLWithPath: log))
        try openConsole()
        try console.expectScreen("the anchor alarm") { $0.contains("警报：台账比本机见过的短") && $0.contains("只读") }
        try typeIntake("不应写入")
        try tmux.press("C-s")
        try console.expectScreen("the save is refused") { $0.contains("警报") }
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: log))) == Array(bytes[...newlines[1]]))
    }

    @Test(arguments: [SIGQUIT, SIGSEGV])
    func aQuitSignalOrACrashRestoresTheTerminalAtOnceAndKeepsTheDraft(_ signal: Int32) throws {
        defer { console.scratch.remove() }
        try openConsole()
        try typeIntake("网传化工园区异味")
        let pid = try #require(try console.programPID())
        let draft = log + ".draft.json"
        let deadline = Date().addingTimeInterval(5)
        while !((try? String(contentsOfFile: draft, encoding: .utf8))?.contains("网传化工园区异味") ?? false), Date() < deadline {
            usleep(50_000)
        }
        kill(pid, signal)
        try console.expectScreen("the shell is back at once", within: 3) {
            !$0.contains("舆情值班台") && $0.split(separator: "\n").last?.hasPrefix("$") == true
        }
        let screen = try tmux.screen()
        #expect(!screen.lowercased().contains("backtrace"), "\(screen)")
        #expect(try String(contentsOfFile: draft, encoding: .utf8).contains("网传化工园区异味"))
    }
}
