import DutyDeskCore
import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing

/// 交接班 at the console: the handover screen, the form with the incoming operator typed in
/// Chinese, and the header naming the new operator.
@Suite(.serialized) struct ShiftTmuxTests {
    @Test func handTheDeskOverFromTheHandoverScreen() throws {
        let console = try ConsoleInTmux("shift")
        defer { console.scratch.remove() }
        let tmux = console.tmux
        try tmux.type("\(DeskBinary.path) demo --into \(console.log)", enter: true)
        try console.expectScreen("the demo queue appears") { $0.contains("舆情值班台") && $0.contains(QueueRow.code) }

        try tmux.press("H")
        try console.expectScreen("the handover report") { $0.contains("交接班记录") && $0.contains("台账末条哈希") }
        try tmux.press("H")
        try console.expectScreen("the handover form with the anchor") { $0.contains("接班人") && $0.contains("交接锚点") }
        try tmux.type("赵强")
        try tmux.press("Enter")
        try tmux.type("化工园区批示待回告")
        try tmux.press("C-s")
        try console.expectScreen("the header names the incoming operator") {
            $0.contains("值班员 赵强") && $0.contains("已交接班")
        }
        try tmux.press("q")
        try console.expectScreen("the console has quit") { !$0.contains("舆情值班台") }

        let store = try LedgerFile(path: console.log, access: .readOnly, deskID: "-", operatorName: "-", now: { Date() },
                                     timeZone: .current)
        let events = try store.readNew()
        let handover = events.dropLast().last
        #expect(handover?.body == .shiftHandedOver(ShiftHandover(outgoing: "测试员", incoming: "赵强", note: "化工园区批示待回告")))
        #expect(handover?.operatorName == "测试员")
        guard case .ledgerCheckpointed(let checkpoint)? = events.last?.body else {
            Issue.record("no checkpoint after the handover: \(String(describing: events.last))"); return
        }
        #expect(checkpoint.seq == handover?.seq, "the checkpoint covers the handover")
    }
}
