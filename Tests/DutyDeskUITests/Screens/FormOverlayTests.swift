import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

/// What the open form shows under it to help the operator decide.
@Suite struct FormOverlayTests {
    typealias F = ConsoleFixture

    static func render(_ state: ConsoleState, _ purpose: OpenForm.Purpose, _ fields: [Form.Field]) -> Grid {
        var grid = Grid(width: 100, height: 30)
        let open = OpenForm(purpose: purpose, form: Form(title: "表单", fields: fields), openedAt: F.now, baseSeq: state.desk.lastSeq)
        _ = FormOverlay.render(state, open, into: &grid, now: F.now)
        return grid
    }

    /// The anchor the incoming operator writes down sits on the row above the footer.
    @Test func aHandoverShowsTheAnchorToWriteDown() {
        let state = F.state()
        let grid = Self.render(state, .handover, [.init(id: .incoming, label: "接班人", kind: .text(TextBuffer()))])
        let words = WorkflowStrings.table(for: .chinese)
        #expect(grid.text(row: 28).hasPrefix(" " + fill(words.handoverAnchor, state.anchor.eventCount, state.anchor.headHash)))
        #expect(grid[0, 28].role == .banner)
    }

    /// The cases a decision names, as the desk knows them: a mistyped code shows as "?" before saving.
    @Test func aDecisionShowsTheCasesItNamesAndFlagsAnUnknownOne() throws {
        let state = F.state()
        let known = try #require(state.desk.cases.first)
        let grid = Self.render(state, .decision, [
            .init(id: .cases, label: "事件", kind: .text(TextBuffer("\(known.code) YQ-20990101-009"))),
        ])
        #expect(grid.text(row: 27).hasPrefix("   \(known.code)  \(known.title.prefix(10))"))
        #expect(grid.text(row: 28).hasPrefix("   YQ-20990101-009  ?"))
        #expect(grid[0, 28].role == .bannerError && grid[0, 27].role == .muted)
    }
}
