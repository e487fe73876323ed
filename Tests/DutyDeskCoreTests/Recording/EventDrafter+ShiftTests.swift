import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct EventDrafterShiftTests {
    typealias S = Scenario

    @Test func aHandoverNamesWhoIsOnDutyFromWhen() throws {
        var scenario = Scenario()
        #expect(scenario.state.onDuty == nil)
        #expect(scenario.state.shiftStartedAt == S.start)
        try scenario.record(at: S.hours(8)) { try $0.handOver(from: "张伟", to: " 李娜 ", note: "化工园区待回告") }
        #expect(scenario.state.onDuty == "李娜")
        #expect(scenario.state.shiftStartedAt == S.hours(8))
        #expect(scenario.state.handovers.last?.handover == ShiftHandover(outgoing: "张伟", incoming: "李娜", note: "化工园区待回告"))
        #expect(scenario.state.orphanEvents.isEmpty)
        // Recorded in the same second as the handover, but after it in the ledger: this shift's.
        let code = try scenario.report("学校周边网吧接纳未成年人", discovered: S.hours(7), typedAt: S.hours(8))
        #expect(scenario.state.casesRecordedThisShift.map(\.code) == [code])
    }

    @Test func theIncomingOperatorMustBeSomeoneElse() {
        let drafter = EventDrafter(state: DeskState(), now: S.start, timeZone: S.zone)
        #expect(throws: DraftRefusal.emptyField(name: .incoming)) { try drafter.handOver(from: "张伟", to: " ", note: "") }
        #expect(throws: DraftRefusal.invalidValue(field: .incoming, value: "张伟")) {
            try drafter.handOver(from: "张伟", to: "张伟", note: "")
        }
    }
}
