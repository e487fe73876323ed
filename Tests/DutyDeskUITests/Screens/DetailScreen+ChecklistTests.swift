import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// The detail's 响应预案: only for a case with a checklist; each item a line, what is still to do
/// as a warning and what was done muted with who and when.
@Suite struct DetailScreenChecklistTests {
    typealias F = ConsoleFixture

    @Test func aCaseWithoutAChecklistShowsNothing() {
        let water = ChecklistFormTests.desk.cases.first { $0.report.unit == "县水务局" }!
        #expect(DetailScreen.checklistLines(water, state: ChecklistFormTests.state(.chinese)).isEmpty)
    }

    @Test(arguments: [Language.chinese, .english])
    func eachItemIsALineMarkedByWhetherItIsDone(language: Language) throws {
        let state = ChecklistFormTests.state(language)
        let lines = DetailScreen.checklistLines(ChecklistFormTests.flood, state: state)
        let domain = state.strings.domain
        #expect(lines.first?.map(\.text).joined() == "■ " + domain.checklist.title + "  K " + state.strings.action(.tickChecklist))
        let items = lines.dropFirst().dropLast()
        #expect(items.map { $0.map(\.text).joined() } == [
            domain.checklistLine(ChecklistFormTests.flood.checklist[0]) { DisplayTime.minutes($0, in: F.zone) },
            "☐ 收集权威信息", "☐ 起草通稿",
        ])
        #expect(items.map { $0.map(\.role) } == [[.muted], [.clockWarning], [.clockWarning]])
        #expect(items.first?.first?.text.contains("王芳") == true, "who ticked it")
        #expect(lines.last?.isEmpty == true, "a blank line before the next block")
    }
}
