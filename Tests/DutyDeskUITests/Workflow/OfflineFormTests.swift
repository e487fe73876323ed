import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// `O` records a unit's step on the ground; the 办结 form asks why only while a unit has not answered.
@Suite struct OfflineFormTests {
    typealias F = ConsoleFixture

    static var water: Case { F.desk.cases.first { $0.report.unit == "县水务局" }! }

    @Test func theFormGivesTheStep() {
        var form = CaseActionForms.make(.offlineStep, for: Self.water, desk: F.desk, settings: DeskSettings(),
                                        language: .chinese, openedAt: F.now)
        #expect(form.fields.map(\.id) == [.unit, .action, .place, .result, .at])
        form.fields[0].kind = .choice(ChoiceField(options: [ChoiceOption(code: "县水务局", label: "县水务局")], selected: "县水务局",
                                                  allowsNone: false))
        form.fields[1].kind = .area(TextArea("入户检测"))
        form.fields[2].kind = .text(TextBuffer("3 栋"))
        #expect(CaseActionForms.action(.offlineStep, from: form, now: F.now, timeZone: F.zone)
                == .offlineStep(unit: "县水务局", action: "入户检测", place: "3 栋", result: "", at: F.now))
    }

    @Test func theCloseFormAsksWhyOnlyWhileAUnitHasNotAnswered() {
        let pending = OfflineForm.closeFields(for: Self.water, language: .chinese)
        #expect(pending.map(\.label) == ["未反馈办结理由"])
        #expect(pending.map(\.message) == ["尚未反馈：县水务局、城关镇"])
        let form = CaseActionForms.make(.close, for: Self.water, desk: F.desk, settings: DeskSettings(), language: .chinese,
                                        openedAt: F.now)
        #expect(form.fields.map(\.id) == [.reason, .at, .unitsPendingReason])
        let flood = F.desk.cases.first { $0.unitsWithRole.isEmpty }!
        #expect(OfflineForm.closeFields(for: flood, language: .chinese).isEmpty)
    }

    @Test(arguments: [Language.chinese, .english])
    func theOfflineFormAt80x24(language: Language) throws {
        var state = F.state(language)
        state.select(code: Self.water.code)
        state.handle(.character("O"), now: F.now, size: (80, 24))
        #expect(state.openForm != nil)
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "offline-form-80x24-\(language.rawValue)")
    }
}
