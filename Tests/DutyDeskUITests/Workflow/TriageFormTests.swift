import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct TriageFormTests {
    typealias F = ConsoleFixture

    static var flood: Case { F.desk.cases.first { $0.code == "YQ-20261122-002" }! }

    /// The form opens on the case's judgement as it stands: its grade and level picked.
    @Test func theFormShowsTheCaseAsJudgedSoFar() {
        let form = Form(title: "", fields: TriageForm.fields(Self.flood, language: .chinese, openedAt: F.now))
        #expect(form.choice(.grade) == Self.flood.grade.code)
        #expect(form.choice(.level) == Self.flood.level.code)
        #expect(form.fields.last?.id == .at && form.fields.first?.required == true)
    }

    /// Each field is read into its own factor: a distinct value in every field comes back in the
    /// factor it is labelled with, none crossed with another.
    @Test func eachFieldIsReadIntoItsOwnFactor() {
        var form = Form(title: "", fields: TriageForm.fields(Self.flood, language: .chinese, openedAt: F.now))
        for index in form.fields.indices where form.fields[index].id != .at {
            switch form.fields[index].kind {
            case .choice(var choice):
                // The last option, so that a choice left as opened would not pass.
                choice.selected = choice.options.last?.code
                form.fields[index].kind = .choice(choice)
            case .text, .area:
                form.fields[index].kind = .text(TextBuffer("«\(form.fields[index].id.rawValue)»"))
            default: break
            }
        }
        let triage = TriageForm.triage(form, now: F.now, timeZone: F.zone)
        #expect(triage.grade == Grade.allCases.last && triage.level == OpinionLevel.allCases.last)
        #expect(triage.verification == Verification.allCases.last && triage.warningClass == WarningClass.allCases.last)
        #expect(triage.priority == ResponsePriority.allCases.last && triage.category == ReportCategory.allCases.last)
        #expect(triage.riskLevel == Level.allCases.last && triage.responseValue == Level.allCases.last)
        #expect(triage.nature == "«nature»" && triage.intensity == "«intensity»" && triage.publicReaction == "«reaction»")
        #expect(triage.mediaInvolvement == "«media»" && triage.scope == "«scope»" && triage.consequences == "«consequences»")
        #expect(triage.principalLeader == "«principalLeader»" && triage.note == "«note»")
        #expect(triage.at == F.now, "an empty time is the moment the form opened")
    }
}
