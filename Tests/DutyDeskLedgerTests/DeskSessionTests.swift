import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

@Suite struct DeskSessionTests {
    /// Two operators on one ledger: what the other appended is in the state the command decides
    /// on, and is counted by `refresh`.
    @Test func aCommandDecidesOnTheLedgerAsItStands() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, mine, cases) = try fixture.ledger(["甲"])
        let other = try fixture.session(path)
        try fixture.report(other, "乙")
        var seen = 0
        try mine.record { state in
            seen = state.cases.count
            return [try EventDrafter(state: state, now: Date(), timeZone: LedgerFixture.zone).note(cases[0].code, text: "已核实")]
        }
        #expect(seen == 2, "the other operator's case was read under the lock")
        #expect(try other.refresh() == 1 && other.state.cases.count == 2)
        #expect(try other.refresh() == 0)
    }

    /// A handover is recorded under the incoming operator's name; everything else under the session's.
    @Test func anEventIsRecordedUnderTheOperatorItNames() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (_, session, _) = try fixture.ledger([])
        let handed = try session.record(by: "李娜") { state in
            [try EventDrafter(state: state, now: Date(), timeZone: LedgerFixture.zone).handOver(from: "测试员", to: "李娜", note: "")]
        }
        #expect(handed.map(\.operatorName) == ["李娜"])
        #expect(try fixture.report(session, "丙").timeline.first?.operatorName == "测试员")
    }

    /// Starting from a snapshot's state, the session reads only what came after it.
    @Test func aSessionFromASnapshotReadsOnlyWhatFollows() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, session, _) = try fixture.ledger(["甲", "乙"])
        let snapshot = session.state
        let store = try fixture.store(path)
        _ = try store.readNew()
        let resumed = try DeskSession(store: store, operatorName: "测试员", startingFrom: snapshot)
        #expect(resumed.startedAt == snapshot.eventCount && resumed.state.cases.count == 2)
    }
}
