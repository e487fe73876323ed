import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

/// The header, tabs and footer every screen is framed by.
@Suite struct ScreenFrameTests {
    typealias F = ConsoleFixture

    static func header(_ state: ConsoleState, width: Int = 100, overdue: Int = 0) -> String {
        var grid = Grid(width: width, height: 3)
        ScreenFrame.header(&grid, state: state, now: F.now, overdue: overdue)
        return grid.text(row: 0)
    }

    /// The operator first, then the overdue count, the desk's name, and the clock at the right edge.
    @Test func theHeaderNamesTheOperatorTheOverdueAndTheClock() {
        let header = Self.header(F.state(), overdue: 3)
        #expect(header.hasPrefix(" 值班员 张伟 "))
        #expect(header.contains(" 超时 3 "))
        #expect(header.contains("城关值班台"))
        #expect(header.trimmingCharacters(in: .whitespaces).hasSuffix(DisplayTime.zone(F.zone, at: F.now)))
        #expect(!Self.header(F.state(), overdue: 0).contains("超时"), "no count while nothing is overdue")
    }

    /// After a handover to someone else the header says who holds the desk beside this console's operator.
    @Test func theHeaderSaysWhoIsOnDutyWhenItIsSomeoneElse() {
        var state = F.state()
        state.apply(Event(seq: 900, id: "h", recordedAt: F.now, operatorName: "张伟", caseID: nil,
                          body: .shiftHandedOver(ShiftHandover(outgoing: "张伟", incoming: "李娜"))))
        #expect(Self.header(state).hasPrefix(" 值班员 张伟 · 在班 李娜 "))
    }

    @Test func theTabsNameEachLaneWithItsCountAndMarkTheOneShown() {
        let state = F.state()
        var grid = Grid(width: 120, height: 3)
        let counts = Dictionary(uniqueKeysWithValues: Lane.allCases.enumerated().map { ($1, $0 + 1) })
        ScreenFrame.tabs(&grid, state: state, counts: counts)
        let row = grid.text(row: 1)
        for lane in Lane.allCases { #expect(row.contains(" \(state.strings.lane(lane)) \(counts[lane]!) "), "\(lane)") }
        let active = (0..<grid.width).filter { grid[$0, 1].role == .tabActive }
        #expect(!active.isEmpty)
    }

    /// While the whole chain is read behind a snapshot's first frame the tabs say so, in each
    /// language, and once it is read they say the ledger is sound.
    @Test(arguments: [Language.chinese, .english])
    func theTabsSayTheLedgerIsBeingVerifiedUntilItIs(language: Language) {
        var state = F.state(language)
        func tabs() -> String {
            var grid = Grid(width: 120, height: 3)
            ScreenFrame.tabs(&grid, state: state, counts: [:])
            return grid.text(row: 1).trimmingCharacters(in: .whitespaces)
        }
        state.handle(.ledgerHealth(.checking), now: F.now)
        #expect(tabs().hasSuffix(state.strings.ledgerChecking))
        state.handle(.ledgerHealth(.sound), now: F.now)
        #expect(tabs().hasSuffix(state.strings.ledgerSound))
        #expect(!tabs().contains(state.strings.ledgerChecking))
    }
}
