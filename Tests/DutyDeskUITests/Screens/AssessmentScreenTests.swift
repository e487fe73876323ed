import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct AssessmentScreenTests {
    typealias F = ConsoleFixture
    typealias R = DeskRecordFixture

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func theAssessmentScreen(size: (Int, Int), language: Language) throws {
        try R.assertSnapshot("assessments", keys: [.character("A")], size: size, language: language)
    }

    @Test func theSelectedAssessmentIsShownInFullWithTheCasesOpenedFromIt() {
        var state = R.state()
        state.handle(.character("A"), now: F.now, size: (80, 24))
        #expect(state.screen == .assessments)
        var text = Snapshot.text(ConsoleScreen.render(state, width: 80, height: 24, now: F.now))
        #expect(text.contains("出台前召开听证会") && text.contains(R.code("停车收费上涨")), "\(text)")
        state.handle(.character("j"), now: F.now, size: (80, 24))
        #expect(state.assessmentIndex == 1)
        text = Snapshot.text(ConsoleScreen.render(state, width: 80, height: 24, now: F.now))
        #expect(text.contains("城南片区学区调整") && text.contains("重点走访") && !text.contains("出台前召开听证会"))
        state.handle(.character("j"), now: F.now, size: (80, 24))
        #expect(state.assessmentIndex == 1, "the selection stops at the last one")
        state.handle(.escape, now: F.now, size: (80, 24))
        #expect(state.screen == .queue)
    }

    @Test func anEmptyDeskSaysHowToRecordOne() {
        var state = F.state()
        state.handle(.character("A"), now: F.now, size: (80, 24))
        let text = Snapshot.text(ConsoleScreen.render(state, width: 80, height: 24, now: F.now))
        #expect(text.contains("尚无风险评估"))
        state.handle(.character("c"), now: F.now, size: (80, 24))
        #expect(state.openForm == nil, "no assessment, no case from it")
    }

    @Test func cOpensTheIntakeCarryingTheAssessment() {
        var state = R.state()
        state.handle(.character("A"), now: F.now, size: (80, 24))
        state.handle(.character("c"), now: F.now, size: (80, 24))
        #expect(state.openForm?.purpose == .intake)
        #expect(state.openForm?.form.text(.assessment) == R.desk.assessments[0].code)
        let intake = IntakeForm.intake(state.openForm!.form, now: F.now, timeZone: F.zone)
        #expect(intake.assessment == R.desk.assessments[0].code)
    }

    @Test func aCaseOpenedFromAnAssessmentShowsItsRiskAndPlanInTheDetail() {
        var state = R.state()
        state.select(code: R.code("停车收费上涨"))
        state.handle(.enter, now: F.now, size: (120, 40))
        let text = Snapshot.text(ConsoleScreen.render(state, width: 120, height: 40, now: F.now))
        #expect(text.contains("风险评估 \(R.desk.assessments[0].code) · 风险等级 高") && text.contains("出台前召开听证会"), "\(text)")
    }
}
