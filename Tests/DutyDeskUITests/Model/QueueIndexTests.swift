import DutyDeskCore
import DutyDeskTestSupport
import DutyDeskText
import Foundation
import Testing
@testable import DutyDeskUI

/// A console that follows the ledger event by event shows the rows a console opened on the
/// final ledger shows, and both show what filtering the whole sorted queue gives.
@Suite struct QueueIndexTests {
    static let policy = DeadlinePolicy()

    static func console(_ desk: DeskState) -> ConsoleState {
        ConsoleState(desk: desk, deskName: "城关值班台", operatorName: "张伟", policy: policy,
                     strings: ConsoleStrings.table(for: .chinese), timeZone: RandomShift.zone)
    }

    /// The rows by their definition: every case sorted at `now`, then the lane, filters and search.
    static func expected(_ state: ConsoleState, now: Date) -> [String] {
        let query = (state.searchDraft ?? state.filter).lowercased()
        return CaseQueries.queue(state.desk, policy: policy, now: now, includeClosed: true)
            .filter { standing in
                let subject = standing.subject
                let report = subject.report
                let texts = [report.code, report.title, report.detail, report.locality, report.caller, report.phone,
                             report.unit] + subject.units.map(\.unit)
                return (state.lane.status.map { subject.status == $0 } ?? true) && state.caseFilter.matches(subject)
                    && (query.isEmpty || texts.contains { $0.lowercased().contains(query) })
            }
            .map(\.subject.code)
    }

    static let searches = ["", "城关", "yq-2026112", "mr. w", "σοφια", "ÉCOLE", "县水务局", "不存在"]

    @Test(arguments: 1...8)
    func followingTheLedgerGivesTheRowsOfAFreshConsole(seed: UInt64) {
        var shift = RandomShift(seed: seed)
        shift.record(1)
        var following = Self.console(shift.state)
        var generator = RandomShift.Generator(seed: seed &* 17)
        while shift.events.count < 240 {
            shift.record(Int.random(in: 1...15, using: &generator))
            following.handle(.ledgerRead(shift.state), now: shift.now)
            let lane = Lane.allCases.randomElement(using: &generator)!
            let search = Self.searches.randomElement(using: &generator)!
            let inTown = Bool.random(using: &generator)
            var fresh = Self.console(shift.state)
            following.narrow(lane: lane, search: search, inTown: inTown)
            fresh.narrow(lane: lane, search: search, inTown: inTown)
            let codes = following.rows(now: shift.now).map(\.subject.code)
            #expect(codes == fresh.rows(now: shift.now).map(\.subject.code), "seed \(seed) at \(shift.events.count)")
            #expect(codes == Self.expected(following, now: shift.now), "seed \(seed) at \(shift.events.count)")
        }
    }

    /// Each character typed narrows the rows already chosen; Backspace widens them again.
    @Test(arguments: ["yq-20261", "城关镇自", "mr. wang", "县水务局"])
    func typingASearchGivesTheRowsOfTheWholeQuery(query: String) {
        var shift = RandomShift(seed: 11)
        shift.record(300)
        var state = Self.console(shift.state)
        for typed in (0...query.count).map({ String(query.prefix($0)) }) + [String(query.prefix(2)), ""] {
            state.typeSearch(typed)
            #expect(state.rows(now: shift.now).map(\.subject.code) == Self.expected(state, now: shift.now), "\(typed)")
        }
    }

    /// A console opened on a snapshot's desk opens on the 全部 lane, every case ever recorded, and
    /// measures its columns from the closed cases' summaries: its first frame decodes the rows it
    /// shows, not every closed case, and is the frame of the desk held whole.
    @Test(arguments: [Language.chinese, .english])
    func theFirstFrameDecodesOnlyTheRowsItShows(language: Language) throws {
        var shift = RandomShift(seed: 4)
        shift.record(3000)
        let (restored, records) = try CountingRecords.restored(shift.state)
        let closed = restored.cases.indices.filter(restored.cases.isArchived).count
        try #require(closed > 60, "the shift closes too few cases to tell")
        func console(_ desk: DeskState) -> ConsoleState {
            ConsoleState(desk: desk, deskName: "城关值班台", operatorName: "张伟", policy: Self.policy,
                         strings: ConsoleStrings.table(for: language), timeZone: RandomShift.zone)
        }
        let state = console(restored)
        let frame = ConsoleScreen.render(state, width: 100, height: 30, now: shift.now)
        #expect(state.lane == .all)
        #expect(state.rowCount == restored.cases.count)
        #expect(records.reads <= 30, "\(records.reads) of \(closed) closed cases decoded")
        let whole = console(shift.state)
        #expect(state.queueIndex.widths == whole.queueIndex.widths)
        #expect(frame.text == ConsoleScreen.render(whole, width: 100, height: 30, now: shift.now).text)
        #expect(state.rows(now: shift.now).map(\.subject.code) == whole.rows(now: shift.now).map(\.subject.code))
    }

    /// The clock column is as wide as the widest countdown among the rows, measured one per shape.
    @Test(arguments: 1...6)
    func theClockColumnFitsTheWidestCountdown(seed: UInt64) {
        var shift = RandomShift(seed: seed)
        shift.record(250)
        let state = Self.console(shift.state)
        for hours in [0.0, 20, 50, 500] {
            let now = shift.now.addingTimeInterval(hours * 3600)
            let widest = state.rows(now: now).map { DisplayWidth.of(state.strings.domain.urgentClock($0, compact: true)) }.max() ?? 0
            #expect(state.queueIndex.clockWidth(state.desk, now: now) == widest, "seed \(seed), \(hours) h")
        }
    }
}

extension ConsoleState {
    /// The lane, the search and the `:locality` filter as an operator sets them.
    fileprivate mutating func narrow(lane target: Lane, search text: String, inTown: Bool) {
        while lane != target { press([.tab]) }
        search(text)
        command("clear")
        if inTown { command("locality 城关") }
    }
}
