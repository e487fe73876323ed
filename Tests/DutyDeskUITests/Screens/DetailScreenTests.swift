import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// The case detail's lines: what the grid snapshots draw, checked here for what they must say.
@Suite struct DetailScreenTests {
    typealias F = ConsoleFixture

    static func text(_ lines: [DetailScreen.Line]) -> [String] { lines.map { $0.map(\.text).joined() } }

    /// A long title wraps under its label rather than running off the screen; the next lines are the report's fields.
    @Test func aLongTitleWrapsUnderItsLabel() throws {
        let state = F.state()
        let flood = try #require(state.desk.cases.first { $0.title.hasPrefix("暴雨") })
        let lines = Self.text(DetailScreen.lines(flood, state: state, width: 40, now: F.now))
        #expect(lines[0].hasPrefix(state.strings.domain.fields.title + " 暴雨"))
        #expect(lines[1].hasPrefix("     "), "the title's second line, under its first")
        #expect(lines.contains { $0.contains(state.strings.domain.fields.channel) && $0.contains("微博") })
        let wide = Self.text(DetailScreen.lines(flood, state: state, width: 120, now: F.now))
        #expect(wide.count < lines.count)
    }

    /// An empty field says so, never a blank a reader might take for a missing line.
    @Test func anEmptyFieldSaysNone() throws {
        let state = F.state()
        let flood = try #require(state.desk.cases.first { $0.title.hasPrefix("暴雨") })
        let phone = Self.text(DetailScreen.lines(flood, state: state, width: 100, now: F.now))
            .first { $0.contains(state.strings.domain.fields.phone) }
        #expect(phone?.contains(state.strings.domain.fields.phone + " " + state.strings.domain.fields.none) == true)
    }

    /// Scrolling stops where the last line reaches the bottom; a case no longer on the desk scrolls not at all.
    @Test func theScrollLimitIsTheLinesBelowTheBody() throws {
        let state = F.state()
        let truck = try #require(state.desk.cases.first { $0.title.contains("G205") })
        let count = DetailScreen.lines(truck, state: state, width: 80, now: F.now).count
        let body = Rect(x: 0, y: 2, width: 80, height: 6)
        #expect(DetailScreen.maxScroll(state, caseID: truck.id, in: body, now: F.now) == max(0, count - 5))
        #expect(DetailScreen.maxScroll(state, caseID: CaseID("gone"), in: body, now: F.now) == 0)
    }
}
