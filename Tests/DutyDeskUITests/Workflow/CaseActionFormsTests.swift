import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct CaseActionFormsTests {
    typealias F = ConsoleFixture
    let size = (width: 100, height: 30)

    /// The fixture's flood case: major, 20 h since discovery, no press conference yet.
    func onFloodCase() -> ConsoleState {
        var state = F.state()
        state.select(code: "YQ-20261122-002")
        return state
    }

    func type(_ text: String, into state: inout ConsoleState) {
        for character in text { state.handle(.character(character), now: F.now, size: size) }
    }

    @Test func aResponseIsNumberedAndRecordedAsOneAction() {
        var state = onFloodCase()
        state.handle(.character("r"), now: F.now, size: size)
        #expect(state.openForm?.form.title == "公开回应（首次回应） · YQ-20261122-002")
        state.handle(.character("6"), now: F.now, size: size)          // 政务微博, then to 发布渠道
        type("@示范县发布", into: &state)
        state.handle(.tab, now: F.now, size: size)
        type("刘强", into: &state)
        state.handle(.tab, now: F.now, size: size)
        type("已组织抢排积水", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().last == .act(code: "YQ-20261122-002",
                                                  action: .respond(method: .governmentWeibo, text: "已组织抢排积水", at: F.now,
                                                                   channel: "@示范县发布", spokesperson: "刘强")))
    }

    @Test func aPressConferenceShowsTheFollowUpClockBeforeSaving() {
        var state = onFloodCase()
        state.handle(.character("p"), now: F.now, size: size)
        let text = ConsoleScreen.render(state, width: 100, height: 30, now: F.now).text
        #expect(text.contains("新闻发布会 · YQ-20261122-002"))
        // Nobody named yet: the conference would not count, so the 24-hour clock stays.
        #expect(!text.contains("保存后时限：持续发布"), "\(text)")
        state.handle(.tab, now: F.now, size: size)
        state.handle(.tab, now: F.now, size: size)
        type("刘强:发言人", into: &state)
        let attended = ConsoleScreen.render(state, width: 100, height: 30, now: F.now).text
        #expect(attended.contains("保存后时限：持续发布，截止 2026-11-24 14:00"), "\(attended)")
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().last == .act(code: "YQ-20261122-002", action: .pressConference(
            at: F.now, speaker: "", venue: "", attendees: [ConferenceAttendee(name: "刘强", role: .spokesperson)])))
    }

    @Test func closeAndAssignAndNoteAreOneFormEach() {
        var state = onFloodCase()
        state.handle(.character("c"), now: F.now, size: size)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().last == .act(code: "YQ-20261122-002", action: .close(reason: .resolved, at: F.now)))
        state.handle(.recordedOnCase(code: "YQ-20261122-002", notice: ""), now: F.now)
        state.handle(.character("a"), now: F.now, size: size)
        type("/县住建局", into: &state)
        state.handle(.enter, now: F.now, size: size)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().last == .act(code: "YQ-20261122-002", action: .assign(unit: "县住建局", role: .first)))
        state.handle(.recordedOnCase(code: "YQ-20261122-002", notice: ""), now: F.now)
        state.handle(.character("m"), now: F.now, size: size)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().isEmpty, "an empty note is refused beside its field")
        #expect(state.openForm?.form.fields.first?.message != nil)
    }

    @Test func closedCasesTakeNotesButNoOtherStep() {
        var state = F.state()
        state.select(code: "YQ-20261121-002")
        state.handle(.character("r"), now: F.now, size: size)
        #expect(state.openForm == nil)
        state.handle(.character("m"), now: F.now, size: size)
        #expect(state.openForm != nil)
    }

    @Test func ledgerRefusalsLandBesideTheTimeField() {
        let form = CaseActionForms.make(.respond, for: F.desk.cases[0], desk: F.desk, settings: DeskSettings(),
                                        language: .chinese, openedAt: F.now)
        #expect(form.fieldID(for: .inFuture(field: .at, value: F.now, now: F.now)) == .at)
        #expect(form.fieldID(for: .caseClosed(code: "x")) == .method)
        let meeting = CaseActionForms.make(.meeting, for: F.desk.cases[0], desk: F.desk, settings: DeskSettings(),
                                           language: .chinese, openedAt: F.now)
        #expect(meeting.fieldID(for: .notAhead(field: .due, value: F.now, now: F.now)) == .due)
        #expect(meeting.fieldID(for: .beforeDiscovery(field: .at, value: F.now, discoveredAt: F.now)) == .at)
    }

    @Test func aNamedRefusalLandsBesideTheFieldThatTakesIt() {
        let instruct = CaseActionForms.make(.instruct, for: F.desk.cases[0], desk: F.desk, settings: DeskSettings(),
                                            language: .chinese, openedAt: F.now)
        #expect(instruct.fieldID(for: .emptyField(name: .leader)) == .leader)
        #expect(instruct.fieldID(for: .emptyField(name: .text)) == .text)
        let correct = CaseActionForms.make(.correct, for: F.desk.cases[0], desk: F.desk, settings: DeskSettings(),
                                           language: .chinese, openedAt: F.now)
        #expect(correct.fieldID(for: .emptyField(name: .corrected(.title))) == .value)
    }

    /// Every field a refusal names, written out: `RecordingField` has a case with a value and so is
    /// not `CaseIterable`. That each names its form field at all is `formField`'s switch, a build error.
    static let refusalFields: [RecordingField] = [
        .title, .locality, .discoveredAt, .unit, .text, .at, .due, .leader, .decisions, .reason, .outcome, .incoming,
        .recipient, .person, .decidedBy, .reviewedBy, .channels, .asOf, .topic, .approvedBy, .wording,
    ] + CorrectableField.allCases.map(RecordingField.corrected)

    /// Every form the console opens, on the fixture's open flood case.
    static func everyForm() -> [Form] {
        let subject = F.desk.cases.first { $0.code == "YQ-20261122-002" }!
        return CaseActionKind.allCases.map {
            CaseActionForms.make($0, for: subject, desk: F.desk, settings: DeskSettings(), language: .chinese, openedAt: F.now)
        } + [
            IntakeForm.make(desk: F.desk, settings: DeskSettings(), language: .chinese, openedAt: F.now, draft: nil),
            DecisionForm.make(desk: F.desk, settings: DeskSettings(), language: .chinese, openedAt: F.now, cases: []),
            AssessmentForm.make(desk: F.desk, settings: DeskSettings(), language: .chinese),
            PatrolForm.make(language: .chinese, openedAt: F.now),
            HandoverForm.make(desk: F.desk, outgoing: "张伟", language: .chinese),
            WordingForm.make(desk: F.desk, language: .chinese, openedAt: F.now),
        ]
    }

    /// A refusal the console cannot put beside a field would leave the operator guessing: each
    /// field a refusal names is on some form, and on every form that has it the refusal goes there.
    @Test(arguments: refusalFields)
    func everyRefusedFieldIsOnAFormAndItsRefusalGoesBesideIt(field: RecordingField) {
        guard let id = field.formField else {
            #expect(field == .asOf, "only the command line's --as-of is asked on no form")
            return
        }
        let showing = Self.everyForm().filter { form in form.fields.contains { $0.id == id } }
        #expect(!showing.isEmpty, "no form shows \(id), which a refusal of \(field) names")
        for form in showing {
            #expect(form.fieldID(for: .emptyField(name: field)) == id, "\(form.title)")
            #expect(form.fieldID(for: .tooLong(field: field, length: 101, limit: 100)) == id, "\(form.title)")
        }
    }

    /// At 14:00 a leader wants it by 08:00: tomorrow's 08:00, not this morning's, as on the CLI.
    @Test func anInstructionsBareDueTimeIsTheNextOneAhead() {
        var form = CaseActionForms.make(.instruct, for: F.desk.cases[0], desk: F.desk, settings: DeskSettings(),
                                        language: .chinese, openedAt: F.now)
        for key in Array("王县长").map(Key.character) + [.tab] + Array("明早回应").map(Key.character) + [.tab]
            + Array("08:00").map(Key.character) {
            _ = form.handle(key)
        }
        let valid = form.validate(now: F.now, timeZone: F.zone, language: .chinese)
        #expect(valid, "\(form.fields.compactMap(\.message))")
        let tomorrow = CivilTime(year: 2026, month: 11, day: 24, hour: 8).date(in: F.zone)
        #expect(CaseActionForms.action(.instruct, from: form, now: F.now, timeZone: F.zone)
            == .instruct(leader: "王县长", text: "明早回应", dueAt: tomorrow))
    }
}

@Suite struct CaseStepKeysTests {
    typealias F = ConsoleFixture

    @Test(arguments: [("s", "签收"), ("x", "转办"), ("f", "移交公安、网监"), ("e", "更正")])
    func eachStepHasItsKeyAndForm(key: Character, title: String) {
        var state = F.state()
        state.select(code: "YQ-20261122-002")
        state.handle(.character(key), now: F.now, size: (100, 30))
        #expect(state.openForm?.form.title.hasPrefix(title) == true, "\(String(describing: state.openForm?.form.title))")
    }

    @Test func reopenIsOnlyForClosedCases() {
        var state = F.state()
        state.select(code: "YQ-20261122-002")
        state.handle(.character("R"), now: F.now, size: (100, 30))
        #expect(state.openForm == nil)
        #expect(state.notice == "YQ-20261122-002 尚未办结，无需重新打开")
        state.select(code: "YQ-20261121-002")
        state.handle(.character("R"), now: F.now, size: (100, 30))
        #expect(state.openForm?.form.title.hasPrefix("重新打开") == true)
    }
}

extension CaseStepKeysTests {
    /// A form that cannot succeed says so before any typing: no open referral, no open item.
    @Test func aStepThatCannotSucceedSaysWhyInsteadOfOpening() throws {
        var state = F.state()
        state.select(code: "YQ-20261122-002")
        for (key, notice) in [("o", "YQ-20261122-002 没有待反馈结果的移交"), ("b", "YQ-20261122-002 没有未办结的督办事项"),
                              ("d", "YQ-20261122-002 没有未办结的督办事项")] {
            state.handle(.character(Character(key)), now: F.now, size: (100, 30))
            #expect(state.openForm == nil, "\(key)")
            #expect(state.notice == notice)
        }
        var desk = state.desk
        let draft = try EventDrafter(state: desk, now: F.now, timeZone: F.zone).refer("YQ-20261122-002", to: .police, note: "造谣")
        desk.apply(Event(seq: desk.lastSeq + 1, id: "r", recordedAt: F.now, operatorName: "张伟", caseID: draft.caseID,
                         body: draft.body))
        state.handle(.ledgerRead(desk), now: F.now)
        state.handle(.character("o"), now: F.now, size: (100, 30))
        #expect(state.openForm?.form.title.hasPrefix("移交结果") == true)
    }

    /// A save returns where its form was opened from: here the case's detail, not the queue.
    @Test func aSaveReturnsWhereTheFormWasOpened() {
        var state = F.state()
        state.select(code: "YQ-20261122-002")
        state.handle(.enter, now: F.now, size: (100, 30))
        state.handle(.character("m"), now: F.now, size: (100, 30))
        #expect(state.openForm != nil)
        state.handle(.recordedOnCase(code: "YQ-20261122-002", notice: "已记录 YQ-20261122-002：备注"), now: F.now)
        #expect(state.openForm == nil && state.notice == "已记录 YQ-20261122-002：备注")
        guard case .detail = state.screen else {
            Issue.record("back on \(state.screen)")
            return
        }
    }

    @Test func aKeyThatMeansNothingHereSaysSo() {
        var state = F.state()
        state.handle(.control("c"), now: F.now, size: (100, 30))
        #expect(state.notice == "Ctrl-C 在此没有作用（q 退出，? 按键说明）")
        #expect(!state.wantsQuit)
        state.handle(.down, now: F.now, size: (100, 30))
        #expect(state.notice == nil, "the next key clears it")
    }
}

@Suite struct SupervisionFormsTests {
    typealias F = ConsoleFixture

    @Test func anInstructionTakesADueTimeAhead() {
        var state = F.state()
        state.select(code: "YQ-20261122-002")
        state.handle(.character("i"), now: F.now, size: (100, 30))
        for character in "王县长" { state.handle(.character(character), now: F.now, size: (100, 30)) }
        state.handle(.tab, now: F.now, size: (100, 30))
        for character in "当日回应" { state.handle(.character(character), now: F.now, size: (100, 30)) }
        state.handle(.tab, now: F.now, size: (100, 30))
        for character in "+4h" { state.handle(.character(character), now: F.now, size: (100, 30)) }
        state.handle(.control("s"), now: F.now, size: (100, 30))
        #expect(state.takeRequests().last == .act(code: "YQ-20261122-002",
                                                  action: .instruct(leader: "王县长", text: "当日回应",
                                                                    dueAt: F.now.addingTimeInterval(4 * 3600))))
    }

    @Test func reportBackNeedsAnOpenItem() {
        var state = F.state()
        state.select(code: "YQ-20261122-002")
        state.handle(.character("b"), now: F.now, size: (100, 30))
        #expect(state.openForm == nil)
    }
}

@Suite struct ConflictGuardTests {
    typealias F = ConsoleFixture
    let size = (width: 100, height: 30)

    /// Opens a triage form on the flood case, then another console regrades it.
    func conflicted() -> ConsoleState {
        var state = F.state()
        state.select(code: "YQ-20261122-002")
        state.handle(.character("t"), now: F.now, size: size)
        var desk = state.desk
        let draft = try! EventDrafter(state: desk, now: F.now, timeZone: F.zone).regrade("YQ-20261122-002", to: .extraordinary, at: nil)
        desk.apply(Event(seq: desk.lastSeq + 1, id: "other", recordedAt: F.now, operatorName: "李娜", caseID: draft.caseID,
                         body: draft.body))
        state.handle(.ledgerRead(desk), now: F.now)
        state.handle(.control("s"), now: F.now, size: size)
        return state
    }

    @Test func savingOverAnotherConsolesChangeShowsWhoChangedWhat() {
        var state = conflicted()
        #expect(state.takeRequests().isEmpty)
        let text = ConsoleScreen.render(state, width: 100, height: 30, now: F.now).text
        #expect(text.contains("表单打开后，此事件已被他人修改") && text.contains("李娜：定级为特别重大"), "\(text)")
        #expect(text.contains("s 仍然保存"))
    }

    @Test func saveAnywaySavesAndReloadStartsAgainFromTheNewState() {
        var state = conflicted()
        state.handle(.character("s"), now: F.now, size: size)
        guard case .act(_, .triage)? = state.takeRequests().last else { Issue.record("no save"); return }
        var reloading = conflicted()
        reloading.handle(.character("r"), now: F.now, size: size)
        #expect(reloading.openForm?.conflict == nil && reloading.takeRequests().isEmpty)
        #expect(reloading.openForm?.form.choice(.grade) == "extraordinary", "the form shows the case as it is now")
        var back = conflicted()
        back.handle(.escape, now: F.now, size: size)
        #expect(back.openForm != nil && back.openForm?.conflict == nil)
    }
}

extension CaseActionFormsTests {
    /// `事项@单位@截止` gives an action its own due time; without one it takes the form's.
    @Test func meetingActionsMayEachHaveTheirOwnDueTime() {
        var state = onFloodCase()
        state.handle(.character("h"), now: F.now, size: size)
        state.handle(.tab, now: F.now, size: size)                  // attendees
        state.handle(.tab, now: F.now, size: size)                  // decisions
        type("统一口径", into: &state)
        state.handle(.tab, now: F.now, size: size)                  // actions
        type("排查积水点@县住建局@+2h", into: &state)
        state.handle(.enter, now: F.now, size: size)
        type("发布通报@县应急管理局", into: &state)
        state.handle(.tab, now: F.now, size: size)                  // the shared due time
        type("+6h", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        guard case .act(_, .meeting(let meeting))? = state.takeRequests().last else {
            Issue.record("no meeting recorded: \(String(describing: state.openForm?.form.fields.map(\.message)))")
            return
        }
        #expect(meeting.actions == [
            JointMeeting.Task(text: "排查积水点", unit: "县住建局", dueAt: F.now.addingTimeInterval(2 * 3600)),
            JointMeeting.Task(text: "发布通报", unit: "县应急管理局", dueAt: F.now.addingTimeInterval(6 * 3600)),
        ])
    }

    @Test func anUnreadableActionDueTimeIsShownBesideTheActions() {
        var state = onFloodCase()
        state.handle(.character("h"), now: F.now, size: size)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.tab, now: F.now, size: size)
        type("统一口径", into: &state)
        state.handle(.tab, now: F.now, size: size)
        type("排查积水点@县住建局@下下周", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().isEmpty)
        let actions = state.openForm?.form.fields.first { $0.id == .actions }
        #expect(actions?.message == "第 1 项的截止时间「下下周」无法识别（如 +4h、明天 12:00）")
    }

    /// Only a unit with a role acknowledges, receives a transfer or gives feedback: on a case
    /// with no unit the step starts with the unit form, and otherwise offers only those units.
    @Test func stepsForAUnitWithARoleOfferOnlyThoseAndStartWithTheUnitWhenThereIsNone() {
        var state = F.state()
        state.select(code: "YQ-20261121-001")  // the school canteen rumour: no unit yet
        state.handle(.character("s"), now: F.now, size: size)
        #expect(state.openForm?.form.title == "责任单位 · YQ-20261121-001")
        state.handle(.escape, now: F.now, size: size)
        state = onFloodCase()
        for key: Character in ["s", "x", "F"] {
            state.handle(.character(key), now: F.now, size: size)
            guard case .choice(let units)? = state.openForm?.form.fields.first?.kind else {
                Issue.record("\(key): no unit choice"); return
            }
            #expect(units.options.map(\.code) == ["县应急管理局"], "\(key)")
            state.handle(.function(10), now: F.now, size: size)
        }
    }

    @Test func feedbackIsOneActionWithTheUnitItsTextAndItsTime() {
        var state = onFloodCase()
        state.handle(.character("F"), now: F.now, size: size)
        #expect(state.openForm?.form.title == "单位反馈 · YQ-20261122-002")
        state.handle(.tab, now: F.now, size: size)
        type("已疏通排水管网", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().last == .act(code: "YQ-20261122-002",
                                                  action: .feedback(unit: "县应急管理局", text: "已疏通排水管网", at: F.now)))
    }
}

/// 容错 (`T`): only for someone who spoke on the case, closed or not.
@Suite struct ToleranceFormTests {
    typealias F = ConsoleFixture
    typealias R = DeskRecordFixture
    let size = (width: 100, height: 30)

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func theToleranceForm(size: (Int, Int), language: Language) throws {
        try R.assertSnapshot("tolerate", keys: [.character("T")], selecting: "G205", size: size, language: language)
    }

    @Test func theSpeakerIsOfferedAndTheReasonRequired() {
        var state = R.state()
        let code = R.code("G205")
        state.select(code: code)
        state.handle(.character("T"), now: F.now, size: size)
        #expect(state.openForm?.form.choice(.person) == "刘强", "the only one who spoke is picked")
        state.handle(.control("s"), now: F.now, size: size)
        // The refusal moved the focus to the reason.
        #expect(state.takeRequests().isEmpty && state.openForm?.form.fields.first { $0.id == .reason }?.message != nil)
        R.type("现场信息不全，及时更正", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests() == [.act(code: code, action: .tolerate(person: "刘强", reason: "现场信息不全，及时更正"))])
    }

    @Test func aCaseWhereNobodySpokeSaysSoInsteadOfOpening() {
        var state = R.state()
        let code = R.code("网传“县城明年取消学区划片”")
        state.select(code: code)
        state.handle(.character("T"), now: F.now, size: size)
        #expect(state.openForm == nil)
        #expect(state.notice == Strings.chinese.recordingError(.notASpokesperson(person: "", code: code, speakers: []),
                                                                timeZone: F.zone))
    }
}
