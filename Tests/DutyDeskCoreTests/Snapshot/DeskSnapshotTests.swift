import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// A desk rebuilt from its snapshot is the desk a full replay gives, and goes on the same way.
@Suite struct DeskSnapshotTests {
    static func roundTrip(_ desk: DeskState) throws -> DeskState {
        let bytes = DeskSnapshot.encode(desk)
        return try bytes.withUnsafeBytes { try DeskSnapshot.decode($0) }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func aRestoredDeskEqualsAFullReplay(seed: UInt64) throws {
        var shift = RandomShift(seed: seed)
        shift.record(3000)
        let replayed = DeskState(replaying: shift.events)
        #expect(CanonicalDesk(try Self.roundTrip(replayed)) == CanonicalDesk(replayed))
    }

    /// A snapshot of a prefix, then the rest of the events, is the whole replay.
    @Test func aRestoredDeskTakesTheTailAsAReplayWould() throws {
        var shift = RandomShift(seed: 9)
        shift.record(2500)
        let cut = 1700
        var restored = try Self.roundTrip(DeskState(replaying: shift.events.prefix(cut)))
        #expect(restored.casesTouched(since: cut) == [])
        #expect(restored.casesTouched(since: cut - 1) == nil)
        for event in shift.events.dropFirst(cut) { restored.apply(event) }
        #expect(CanonicalDesk(restored) == CanonicalDesk(DeskState(replaying: shift.events)))
    }

    /// Facts a hand-merged ledger can hold: a step on a case never reported, a type this build
    /// does not know, a second report of the same case.
    @Test func orphansAndUnknownTypesSurvive() throws {
        var shift = RandomShift(seed: 5)
        shift.record(300)
        let at = shift.now
        var events = shift.events
        let next = events.count + 1
        events.append(Event(seq: next, id: "x1", recordedAt: at, operatorName: "张伟", caseID: CaseID("nowhere"),
                            body: .noteAdded(text: "无主")))
        events.append(Event(seq: next + 1, id: "x2", recordedAt: at, operatorName: "张伟", caseID: nil,
                            body: .unrecognized(type: "future.kind", payload: JSONObject([("n", .int(-7)), ("d", .double(0.5)),
                                                                                   ("a", .array([.null, .bool(true)]))]))))
        let replayed = DeskState(replaying: events)
        #expect(replayed.orphanEvents.count == 2)
        #expect(CanonicalDesk(try Self.roundTrip(replayed)) == CanonicalDesk(replayed))
    }

    /// The desk-level lists a replay fills: a patrol on the night shift comes back with who logged it.
    @Test func patrolsSurvive() throws {
        var shift = RandomShift(seed: 6)
        shift.record(200)
        var events = shift.events
        events.append(Event(seq: events.count + 1, id: "p1", recordedAt: shift.now, operatorName: "李娜", caseID: nil,
                            body: .patrolLogged(Patrol(channels: [.weibo, .wechat], at: shift.now, cases: [], note: "无新情况"))))
        let replayed = DeskState(replaying: events)
        #expect(replayed.patrols.count == 1)
        #expect(CanonicalDesk(try Self.roundTrip(replayed)) == CanonicalDesk(replayed))
    }

    /// Every stored property of the desk is one the snapshot writes (and `CanonicalDesk` compares):
    /// a list added to `DeskState` and forgotten here would make a snapshot-started desk lie.
    @Test func theSnapshotKnowsEveryPartOfTheDesk() {
        let parts = Set(Mirror(reflecting: DeskState()).children.compactMap(\.label))
        let written: Set = ["identity", "eventCount", "lastSeq", "repairs", "orphanEvents", "handovers", "decisions",
                            "assessments", "checkpoints", "patrols", "cases"]
        // Indexes and counters rebuilt by `apply` from what is written.
        let derived: Set = ["indexByID", "indexByCode", "indexByRef", "highestNumberByPrefix", "recentTouches"]
        #expect(parts.isSuperset(of: written), "the mirror no longer shows the desk's parts")
        #expect(parts.subtracting(written).subtracting(derived).isEmpty,
                "DeskState gained \(parts.subtracting(written).subtracting(derived).sorted()): write it in DeskSnapshot")
    }

    @Test func anEmptyDeskRoundTrips() throws {
        #expect(CanonicalDesk(try Self.roundTrip(DeskState())) == CanonicalDesk(DeskState()))
    }

    /// Cut or altered bytes throw, whatever byte it is; they never trap.
    @Test func damagedBytesAreRefused() throws {
        var shift = RandomShift(seed: 3)
        shift.record(200)
        let bytes = DeskSnapshot.encode(DeskState(replaying: shift.events))
        for cut in stride(from: 0, to: bytes.count - 1, by: max(1, bytes.count / 97)) {
            #expect(throws: (any Error).self) { try Array(bytes[..<cut]).withUnsafeBytes { try DeskSnapshot.decode($0) } }
        }
        var generator = RandomShift.Generator(seed: 77)
        for _ in 0..<200 {
            var mutated = bytes
            mutated[Int.random(in: 0..<mutated.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            // Some changes still read (a letter of a title); none may crash.
            _ = try? mutated.withUnsafeBytes { try DeskSnapshot.decode($0) }
        }
    }
}
