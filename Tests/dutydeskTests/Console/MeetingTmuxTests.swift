import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// The joint meeting as a leader meets it: the real console in tmux, two cases marked from the
/// queue, the agenda opened and paged through on a projector-sized and a small terminal, and
/// the ledger byte for byte what it was before.
@Suite(.serialized) struct MeetingTmuxTests {
    @Test func markTwoCasesPageThroughTheAgendaAndTheLedgerIsUnchanged() throws {
        let console = try ConsoleInTmux("meeting")
        defer { console.scratch.remove() }
        let tmux = console.tmux
        try tmux.type("\(DeskBinary.path) demo --into \(console.log)", enter: true)
        try console.expectScreen("the demo queue appears") { $0.contains("舆情值班台") && $0.contains(QueueRow.code) }
        let before = try Data(contentsOf: URL(fileURLWithPath: console.log))

        try tmux.press("Down", "Space", "Down", "Down", "Space")
        try console.expectScreen("two cases marked") { $0.contains("议程 2") && $0.components(separatedBy: "●").count == 4 }
        // A marked row's code as the queue shows it (1130-002), which the page's whole code holds.
        let marked = try tmux.screen().split(separator: "\n").filter { $0.contains("●") }
            .compactMap { $0.firstMatch(of: QueueRow.code).map { String($0.output) } }
        #expect(marked.count == 2)

        try tmux.press("M")
        try console.expectScreen("the first agenda item") { $0.contains("议题 1/2") && $0.contains(marked[0]) && $0.contains("███") }
        // Keys that write elsewhere do nothing here: the meeting is read-only but for `h`.
        try tmux.press("t", "r", "n", "c")
        try tmux.press("PageDown")
        try console.expectScreen("the second agenda item") { $0.contains("议题 2/2") && $0.contains(marked[1]) }
        try tmux.resize(width: 160, height: 45)
        try console.expectScreen("projector size: the digits drawn twice as large") {
            $0.contains("议题 2/2") && $0.contains("██████")
        }
        try tmux.press("PageUp")
        try console.expectScreen("back to the first item") { $0.contains("议题 1/2") && $0.contains(marked[0]) }
        try tmux.resize(width: 80, height: 24)
        try console.expectScreen("still usable at 80×24") { $0.contains("议题 1/2") && $0.contains("最近动态") }
        try tmux.press("Escape")
        try console.expectScreen("back on the queue, agenda kept") { $0.contains("编号") && $0.contains("议程 2") }
        try tmux.press("q")
        try console.expectScreen("the console has quit") { $0.contains("$") && !$0.contains("舆情值班台") }

        let after = try Data(contentsOf: URL(fileURLWithPath: console.log))
        #expect(after == before, "the meeting appended to the ledger")

        // The marks survive a restart: kept beside the ledger, readable by its owner only.
        let agenda = console.log + ".agenda.json"
        let mode = try FileManager.default.attributesOfItem(atPath: agenda)[.posixPermissions] as? Int
        #expect(mode == 0o600, "agenda file mode \(String(mode ?? 0, radix: 8))")
        try tmux.type("\(DeskBinary.path) --log \(console.log)", enter: true)
        try console.expectScreen("the agenda kept after a restart") { screen in
            screen.contains("议程 2") && marked.allSatisfy { screen.contains("●" + $0) }
        }
        try tmux.press("M")
        try console.expectScreen("the same first agenda item") { $0.contains("议题 1/2") && $0.contains(marked[0]) }
        // The first marked case is the second row, as before the restart: Space takes its mark off.
        try tmux.press("Escape", "Down", "Space")
        try console.expectScreen("one mark taken off") { $0.contains("议程 1") && !$0.contains("●" + marked[0]) }
        try tmux.press("q")
        try console.expectScreen("the console has quit again") { $0.contains("$") && !$0.contains("舆情值班台") }
        let kept = try JSONParser.parse(try Data(contentsOf: URL(fileURLWithPath: agenda))).objectValue?["cases"]?.arrayValue
        #expect(kept?.count == 1)
    }
}
