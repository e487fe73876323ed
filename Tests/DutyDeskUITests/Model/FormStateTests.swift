import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct FormStateTests {
    typealias F = ConsoleFixture

    var context: FormContext {
        FormContext(desk: F.desk, settings: DeskSettings(), language: .chinese, timeZone: F.zone)
    }

    func intake() -> FormState {
        var forms = FormState(offer: nil)
        forms.show(OpenForm(purpose: .intake,
                            form: IntakeForm.make(desk: F.desk, settings: DeskSettings(), language: .chinese, openedAt: F.now,
                                                  draft: nil),
                            openedAt: F.now, baseSeq: F.desk.lastSeq))
        return forms
    }

    /// Keys as the console hands them: with what the keymap makes of them in the form's context.
    func press(_ key: Key, _ forms: inout FormState, _ requests: inout [ConsoleRequest]) {
        let action = forms.context.flatMap { Keymap.action(for: key, in: $0) }
        forms.handle(key, action: action, now: F.now, context, requests: &requests)
    }

    @Test func theContextFollowsTheFocusedField() {
        var forms = intake()
        var requests: [ConsoleRequest] = []
        #expect(forms.context == .form, "the title is text")
        press(.tab, &forms, &requests)
        #expect(forms.context == .choice, "the locality is picked by number")
        press(.character("/"), &forms, &requests)
        #expect(forms.context == .form, "while a filter is typed the numbers are text")
    }

    @Test func typingSavesTheDraftAndCtrlSAsksToRecord() {
        var forms = intake()
        var requests: [ConsoleRequest] = []
        press(.paste("网传某路段积水"), &forms, &requests)
        guard case .saveDraft(let values, _)? = requests.last else { Issue.record("no draft"); return }
        #expect(values[.title] == "网传某路段积水")
        press(.tab, &forms, &requests)
        press(.character("1"), &forms, &requests)
        requests.removeAll()
        press(.control("s"), &forms, &requests)
        guard case .report(let intake)? = requests.last else { Issue.record("no report: \(requests)"); return }
        #expect(intake.title == "网传某路段积水")
    }

    @Test func aCleanFormCancelsAtOnceAndADirtyOneAsksFirst() {
        var forms = intake()
        var requests: [ConsoleRequest] = []
        press(.function(10), &forms, &requests)
        #expect(forms.open == nil && requests == [.discardDraft])
        forms = intake()
        press(.character("x"), &forms, &requests)
        press(.escape, &forms, &requests)
        #expect(forms.open?.form.isConfirmingCancel == true)
        press(.character("y"), &forms, &requests)
        #expect(forms.open == nil && requests.last == .discardDraft)
    }

    @Test func theDraftOfferRestoresOrDiscards() {
        let offer = DraftOffer(fields: [.title: "草稿"], openedAt: F.ago(1), savedAt: F.ago(0.5), operatorName: "李娜")
        var forms = FormState(offer: offer)
        var requests: [ConsoleRequest] = []
        #expect(forms.context == .draftOffer && forms.isOpen)
        press(.character("x"), &forms, &requests)
        #expect(forms.offer != nil, "a key that answers nothing leaves the question")
        press(.enter, &forms, &requests)
        #expect(forms.offer == nil && forms.open?.form.text(.title) == "草稿" && forms.open?.openedAt == F.ago(1))
        forms = FormState(offer: offer)
        press(.escape, &forms, &requests)
        #expect(forms.offer == nil && forms.open == nil && requests == [.discardDraft])
    }

    @Test func aRefusalGoesBesideItsFieldOrTheFirst() {
        var forms = intake()
        forms.reject(.emptyField(name: .locality), message: "属地不能为空")
        #expect(forms.open?.form.fields.first { $0.id == .locality }?.message == "属地不能为空")
        forms.reject(nil, message: "台账无法写入")
        #expect(forms.open?.form.fields.first?.message == "台账无法写入")
        forms.close()
        #expect(!forms.isOpen)
    }
}
