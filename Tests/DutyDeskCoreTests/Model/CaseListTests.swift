import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

/// A desk's cases as a snapshot leaves them: closed ones archived, read on access, brought back
/// whole by an event, and answered for by their summaries without being decoded.
@Suite struct CaseListTests {
    static func restored(seed: UInt64) throws -> (restored: DeskState, replayed: DeskState, shift: RandomShift) {
        var shift = RandomShift(seed: seed)
        shift.record(1500)
        let replayed = DeskState(replaying: shift.events)
        return (try DeskSnapshotTests.roundTrip(replayed), replayed, shift)
    }

    @Test func anEventOnAnArchivedCaseBringsItBackWhole() throws {
        var (restored, replayed, shift) = try Self.restored(seed: 21)
        let index = try #require(restored.cases.indices.first { restored.cases.isArchived($0) })
        let subject = restored.cases[index]
        let note = Event(seq: restored.lastSeq + 1, id: "n1", recordedAt: shift.now, operatorName: "张伟", caseID: subject.id,
                         body: .noteAdded(text: "复核"))
        restored.apply(note)
        replayed.apply(note)
        #expect(!restored.cases.isArchived(index))
        #expect(restored.cases[index] == replayed.cases[index])
        #expect(restored.cases[index].timeline.count == subject.timeline.count + 1)
    }

    @Test func aSummaryRulesOutOnlyCasesOutsideAPeriod() throws {
        let (restored, replayed, _) = try Self.restored(seed: 22)
        let moments = replayed.cases.flatMap { $0.timeline.map(\.recordedAt) }.sorted()
        let period = moments[moments.count / 3]..<moments[moments.count / 2]
        let touching = restored.cases.touching(period).map(\.id)
        for index in replayed.cases.indices {
            let subject = replayed.cases[index]
            let names = [subject.discoveredAt] + subject.timeline.flatMap { [$0.happenedAt, $0.recordedAt] }
            if names.contains(where: period.contains) { #expect(touching.contains(subject.id)) }
            #expect(restored.cases.code(index) == subject.code)
        }
        #expect(touching.count < replayed.cases.count, "no archived case was left out of the period")
    }
}
