import DutyDeskCore
import DutyDeskGrid
import Testing
@testable import DutyDeskUI

@Suite struct QueueViewTests {
    typealias F = ConsoleFixture

    func view() -> QueueView {
        var view = QueueView(F.desk, policy: DeadlinePolicy(), strings: .chinese)
        view.reconcile(F.desk)
        return view
    }

    func codes(_ view: QueueView) -> [String] { view.index.rows.map { F.desk.cases[$0].code } }

    @Test func aSearchFiltersWhileTypedAndEnterKeepsIt() {
        var view = view()
        let all = view.index.rows.count
        view.startSearch()
        for character in "积水" { view.editSearch(.character(character), in: F.desk) }
        #expect(view.searchDraft == "积水" && view.index.rows.count == 1)
        view.editSearch(.enter, in: F.desk)
        #expect(view.searchDraft == nil && view.filter == "积水" && view.index.rows.count == 1)
        view.clearFilters(in: F.desk)
        #expect(view.filter.isEmpty && view.index.rows.count == all)
    }

    @Test func escDropsTheSearchBeingTypedButNotTheOneApplied() {
        var view = view()
        view.startSearch()
        view.editSearch(.paste("东湖"), in: F.desk)
        view.editSearch(.enter, in: F.desk)
        view.startSearch()
        view.editSearch(.backspace, in: F.desk)
        view.editSearch(.escape, in: F.desk)
        #expect(view.filter == "东湖" && view.index.rows.count == 1)
    }

    @Test func theCommandLineReturnsItsLineOnEnterAndBackspaceOnTheColonLeaves() {
        var view = view()
        view.startCommand()
        #expect(view.editCommand(.paste("unit 县"), completions: []) == nil)
        #expect(view.editCommand(.tab, completions: ["unit 县应急管理局"]) == nil)
        #expect(view.commandDraft == "unit 县应急管理局")
        #expect(view.editCommand(.enter, completions: []) == "unit 县应急管理局")
        #expect(view.commandDraft == nil)
        view.startCommand()
        _ = view.editCommand(.backspace, completions: [])
        #expect(view.commandDraft == nil)
    }

    @Test func aFilterOutsideItsVocabularyIsRefusedAndChangesNothing() {
        var view = view()
        let all = codes(view)
        let refused = !view.set(.grade, to: "很大", in: F.desk)
        #expect(refused && codes(view) == all && view.caseFilter.isEmpty)
        let set = view.set(.unit, to: "县应急管理局", in: F.desk)
        #expect(set)
        #expect(codes(view) == ["YQ-20261122-002"])
        view.clearCaseFilter(in: F.desk)
        #expect(codes(view) == all)
    }

    @Test func theSelectionStaysInPlaceWhenItsCaseLeavesTheLane() {
        var view = view()
        view.select(row: 2, in: F.desk)
        view.show(.closed, in: F.desk)
        #expect(view.selectedRow(in: F.desk) == 0, "one closed case: the selection is on the only row")
        #expect(view.selected.flatMap { F.desk[$0]?.title } == "网传“某超市销售病死猪肉”")
    }
}
