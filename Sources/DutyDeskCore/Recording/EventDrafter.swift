import DutyDeskText
import Foundation

/// Turns what an operator asks for into the event to append, after checking it against the
/// ledger as it stands. Runs under the ledger's write lock, so the checks and the append see
/// the same state even with several consoles writing.
public struct EventDrafter: Sendable {
    public let state: DeskState
    public let now: Date
    /// Fixes the calendar day that case codes are numbered by.
    public let timeZone: TimeZone
    /// 分级响应预案: the checklist a case is given when it is registered or regraded (the settings').
    public let responsePlans: ResponsePlans

    /// The most characters a title (一句话事由) may have. It is one sentence that the queue, the
    /// handover and the 舆情专报 headline show whole or nearly so (the queue keeps 16–30 of them);
    /// a hundred holds any real one-line summary, while a pasted article (1,320 characters were
    /// once stored) belongs in the detail.
    public static let titleLimit = 100

    public init(state: DeskState, now: Date, timeZone: TimeZone, responsePlans: ResponsePlans = ResponsePlans()) {
        self.state = state
        self.now = now
        self.timeZone = timeZone
        self.responsePlans = responsePlans
    }

    /// What the operator types at intake; `discoveredAt` defaults to now.
    public struct Intake: Sendable, Equatable {
        public var title: String
        public var locality: String
        public var channel: Channel = .dutyPhone
        public var caller = ""
        public var phone = ""
        public var detail = ""
        public var discoveredAt: Date?
        public var grade: Grade = .none
        public var level: OpinionLevel = .general
        public var unit = ""
        /// The originating system's reference (a 12345 ticket number); a second intake with the
        /// same reference is refused as `alreadyRecorded`, naming the case it opened.
        public var ref = ""
        /// The 舆情风险评估 the case follows from (its FX- code), if any.
        public var assessment = ""

        public init(title: String, locality: String) {
            self.title = title
            self.locality = locality
        }
    }

    public func report(_ intake: Intake, newCaseID: CaseID) throws(DraftRefusal) -> EventDraft {
        let title = intake.title.trimmingSpacesAndLines()
        let locality = intake.locality.trimmingSpacesAndLines()
        guard !title.isEmpty else { throw .emptyField(name: .title) }
        try Self.withinTitleLimit(title, .title)
        guard !locality.isEmpty else { throw .emptyField(name: .locality) }
        let discovered = intake.discoveredAt ?? now
        guard discovered <= now else { throw .inFuture(field: .discoveredAt, value: discovered, now: now) }
        let ref = intake.ref.trimmingSpaces()
        if !ref.isEmpty, let existing = state.findCase(ref: ref) { throw .alreadyRecorded(ref: ref, code: existing.code) }
        let assessment = intake.assessment.trimmingSpaces()
        if !assessment.isEmpty, state.findAssessment(code: assessment) == nil { throw .unknownAssessment(code: assessment) }
        let report = CaseReport(
            code: nextCode(), title: title, detail: intake.detail, channel: intake.channel, locality: locality,
            caller: intake.caller.trimmingSpaces(),
            phone: intake.phone.trimmingSpaces(), discoveredAt: discovered,
            grade: intake.grade, level: intake.level, unit: intake.unit.trimmingSpaces(), ref: ref,
            assessment: assessment.uppercased(),
            checklist: responsePlans.items(grade: intake.grade, level: intake.level, warningClass: nil))
        return EventDraft(caseID: newCaseID, body: .caseReported(report))
    }

    /// Links a further report to an open case instead of opening a duplicate.
    public func link(_ code: String, report: LinkedReport) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        return EventDraft(caseID: subject.id, body: .reportLinked(report))
    }

    public func regrade(_ code: String, to grade: Grade, at: Date?) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let when = try milestone(at ?? now, field: .at, of: subject)
        return EventDraft(caseID: subject.id,
                          body: .caseRegraded(grade: grade, at: when, checklist: checklistAdded(to: subject, grade: grade)))
    }

    /// Records a judgement; its `at` is when it was made (not in the future, not before discovery).
    /// It must name at least one factor; the ones it leaves out keep their earlier values.
    public func triage(_ code: String, _ triage: Triage) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        var triage = triage.naming(onlyChangesTo: subject)
        guard !triage.isEmpty else { throw .nothingJudged(code: subject.code) }
        triage.at = try milestone(triage.at, field: .at, of: subject)
        // Only a judgement that changes what the plans depend on brings their items.
        if triage.grade != nil || triage.level != nil || triage.warningClass != nil {
            triage.checklist = checklistAdded(to: subject, grade: triage.grade, level: triage.level,
                                              warningClass: triage.warningClass)
        }
        return EventDraft(caseID: subject.id, body: .caseTriaged(triage))
    }

    public func assign(_ code: String, unit: String, role: UnitRole) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let unit = unit.trimmingSpaces()
        guard !unit.isEmpty else { throw .emptyField(name: .unit) }
        return EventDraft(caseID: subject.id, body: .unitAssigned(unit: unit, role: role))
    }

    /// A release is numbered by when it happened among the case's others (`Case.releases`). While a
    /// draft of the case is on its way to sign-off, a release past it needs the reason it could not wait.
    public func respond(_ code: String, method: ResponseMethod, text: String, at: Date?, channel: String = "",
                        spokesperson: String = "", urgentReason: String = "", expert: String = "") throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let when = try milestone(at ?? now, field: .at, of: subject)
        let urgentReason = urgentReason.trimmingSpacesAndLines()
        if urgentReason.isEmpty, let pending = subject.pendingDrafts.first {
            throw .release(.draftPending(code: subject.code, draft: pending.number))
        }
        let response = PublicResponse(method: method, text: text, at: when,
                                      channel: channel.trimmingSpaces(),
                                      spokesperson: spokesperson.trimmingSpaces(),
                                      urgentReason: urgentReason, expert: try self.expert(expert, for: method))
        return EventDraft(caseID: subject.id, body: .responsePublished(response))
    }

    /// 新闻发布会: who attended is required. A conference no 负责人 or 新闻发言人 attended is recorded
    /// all the same, and flagged: it meets no clock (`PressConference.meetsAttendance`).
    public func pressConference(_ code: String, at: Date?, speaker: String = "", venue: String = "",
                                attendees: [ConferenceAttendee]) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let when = try milestone(at ?? now, field: .at, of: subject)
        var named: [ConferenceAttendee] = []
        for attendee in attendees {
            let name = attendee.name.trimmingSpaces()
            guard !name.isEmpty else { continue }
            if !named.contains(where: { $0.name == name }) { named.append(ConferenceAttendee(name: name, role: attendee.role)) }
        }
        guard !named.isEmpty else { throw .emptyField(name: .attendees) }
        return EventDraft(caseID: subject.id, body: .pressConferenceHeld(PressConference(
            at: when, speaker: speaker.trimmingSpaces(), venue: venue.trimmingSpaces(),
            attendees: named)))
    }

    /// 专家解读 names its expert; any other method keeps none.
    func expert(_ name: String, for method: ResponseMethod) throws(DraftRefusal) -> String {
        guard method == .expertInterpretation else { return "" }
        return try required(name, .expert)
    }

    /// Notes may be added to closed cases too: a review often adds what was learned afterwards.
    public func note(_ code: String, text: String) throws(DraftRefusal) -> EventDraft {
        guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
        let text = text.trimmingSpacesAndLines()
        guard !text.isEmpty else { throw .emptyField(name: .text) }
        return EventDraft(caseID: subject.id, body: .noteAdded(text: text))
    }

    /// 签收: a unit with a role on the case accepts it.
    public func acknowledge(_ code: String, unit: String) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        return EventDraft(caseID: subject.id, body: .unitAcknowledged(unit: try unitWithRole(unit, on: subject)))
    }

    /// 转办: hands the case to a unit with a role on it, as first responsible; the reason is required.
    public func transfer(_ code: String, to unit: String, reason: String) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let unit = try unitWithRole(unit, on: subject)
        return EventDraft(caseID: subject.id, body: .caseTransferred(toUnit: unit, reason: try required(reason, .reason)))
    }

    /// 舆情风险评估 of a planned decision; numbered FX-YYYYMMDD-NNN by the day it is recorded.
    public func assess(title: String, unit: String, plannedOn: CivilTime, methods: [AssessmentMethod], riskLevel: Level,
                       risks: String, plan: String, reviewedBy: String) throws(DraftRefusal) -> EventDraft {
        let day = CivilTime(now, in: timeZone)
        let prefix = "FX-" + Self.compactDate(day) + "-"
        let code = prefix + Digits.padded(state.assessments.filter { $0.code.hasPrefix(prefix) }.count + 1, width: 3)
        return EventDraft(caseID: nil, body: .riskAssessed(RiskAssessment(
            code: code, title: try required(title, .title), unit: try required(unit, .unit), plannedOn: DayRange.text(plannedOn),
            methods: methods, riskLevel: riskLevel, risks: risks.trimmingSpacesAndLines(),
            plan: plan.trimmingSpacesAndLines(), reviewedBy: try required(reviewedBy, .reviewedBy))))
    }

    /// 表彰, 约谈, 通报批评 or 问责: a desk-level decision about a unit or one of its people, resting on
    /// cases on this desk (named by code) and decided at a real moment.
    public func decide(_ decision: AccountabilityDecision) throws(DraftRefusal) -> EventDraft {
        let unit = try required(decision.unit, .unit)
        let decidedBy = try required(decision.decidedBy, .decidedBy)
        guard decision.at <= now else { throw .inFuture(field: .at, value: decision.at, now: now) }
        var codes: [String] = []
        for code in decision.cases {
            guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
            codes.append(subject.code)
        }
        return EventDraft(caseID: nil, body: .accountabilityDecided(AccountabilityDecision(
            measure: decision.measure, unit: unit, person: decision.person.trimmingSpaces(),
            trigger: decision.trigger, cases: codes, report: decision.report, decidedBy: decidedBy, at: decision.at,
            note: decision.note)))
    }

    /// 容错: a mistake of someone who spoke for the government on the case (a release's spokesperson
    /// or a press conference's speaker) is tolerated; the reason is required. Closed cases too: a
    /// review decides it afterwards.
    public func tolerate(_ code: String, person: String, reason: String) throws(DraftRefusal) -> EventDraft {
        guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
        let person = try required(person, .person)
        let speakers = subject.speakers
        guard speakers.contains(person) else {
            throw .notASpokesperson(person: person, code: subject.code, speakers: speakers)
        }
        return EventDraft(caseID: subject.id, body: .mistakeTolerated(person: person, reason: try required(reason, .reason)))
    }

    /// 第一时间报告 / 归口报送: the case reported to a department or leader; `at` is when it happened.
    public func reportUp(_ code: String, _ report: UpwardReport) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let recipient = try required(report.recipient, .recipient)
        let when = try milestone(report.at, field: .at, of: subject)
        return EventDraft(caseID: subject.id, body: .reportedUp(UpwardReport(
            recipient: recipient, method: report.method, at: when,
            text: report.text.trimmingSpacesAndLines(), scope: report.scope)))
    }

    /// 反馈: what a unit with a role on the case has done; `at` is when (not in the future, not
    /// before discovery).
    public func feedback(_ code: String, unit: String, text: String, at: Date?) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let unit = try unitWithRole(unit, on: subject)
        let text = try required(text, .text)
        try checkAnalysed(unit, on: subject)
        let when = try milestone(at ?? now, field: .at, of: subject)
        return EventDraft(caseID: subject.id, body: .unitFeedback(UnitFeedback(unit: unit, text: text, at: when)))
    }

    public func refer(_ code: String, to target: ReferralTarget, note: String) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        return EventDraft(caseID: subject.id, body: .referralMade(target: target, note: note))
    }

    /// The outcome of the case's latest referral that has none yet.
    public func referralOutcome(_ code: String, outcome: String) throws(DraftRefusal) -> EventDraft {
        guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
        guard let referral = subject.referrals.last(where: { $0.outcome == nil }) else {
            throw .noOpenReferral(code: subject.code)
        }
        return EventDraft(caseID: subject.id,
                          body: .referralOutcome(referral: referral.id, outcome: try required(outcome, .outcome)))
    }

    public func reopen(_ code: String, reason: String) throws(DraftRefusal) -> EventDraft {
        guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
        guard subject.closure != nil else { throw .notClosed(code: subject.code) }
        return EventDraft(caseID: subject.id, body: .caseReopened(reason: try required(reason, .reason)))
    }

    /// Sets a report field right with a new event naming the one it corrects, and why; the ledger
    /// keeps both. A discovery time may move earlier, or later only up to the moment the case was
    /// first recorded and never past anything that happened on it, since every clock counts from it.
    public func correct(_ code: String, field: CorrectableField, to value: String, reason: String)
        throws(DraftRefusal) -> EventDraft {
        guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
        let value = value.trimmingSpacesAndLines()
        let reason = try required(reason, .reason)
        let stored: String
        switch field {
        case .title:
            stored = try required(value, .corrected(field))
            try Self.withinTitleLimit(stored, .corrected(field))
        case .locality:
            stored = try required(value, .corrected(field))
        case .channel:
            guard let channel = Channel(token: value) else { throw .invalidValue(field: .corrected(field), value: value) }
            stored = channel.code
        case .discoveredAt:
            guard case .success(let date) = TimeInput.parse(value, now: now, timeZone: timeZone) else {
                throw .invalidValue(field: .corrected(field), value: value)
            }
            guard date <= now else { throw .inFuture(field: .corrected(field), value: date, now: now) }
            guard date <= subject.recordedAt else {
                throw .discoveryAfterRecording(value: date, recordedAt: subject.recordedAt)
            }
            if let earliest = subject.timeline.dropFirst().map(\.happenedAt).min(), date > earliest {
                throw .discoveryAfterMilestone(value: date, milestone: earliest)
            }
            stored = ISO8601Timestamp.format(date, in: timeZone)
        case .detail, .caller, .phone:
            stored = value
        }
        let corrected = subject.timeline.last { entry in
            if case .caseCorrected(let earlier) = entry.body { return earlier.field == field }
            if case .caseReported = entry.body { return true }
            return false
        }
        return EventDraft(caseID: subject.id, body: .caseCorrected(Correction(field: field, value: stored,
                                                                              corrects: corrected?.eventID ?? "",
                                                                              reason: reason)))
    }

    /// 批示 → 督办: the due time must lie ahead.
    public func instruct(_ code: String, leader: String, text: String, dueAt: Date) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        guard dueAt > now else { throw .notAhead(field: .due, value: dueAt, now: now) }
        return EventDraft(caseID: subject.id, body: .instructionIssued(leader: try required(leader, .leader),
                                                                       text: try required(text, .text), dueAt: dueAt))
    }

    /// 会商: held at a real moment; its actions' due times must lie ahead.
    public func holdMeeting(_ code: String, _ meeting: JointMeeting) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let at = try milestone(meeting.at, field: .at, of: subject)
        _ = try required(meeting.decisions, .decisions)
        for task in meeting.actions {
            if let due = task.dueAt, due <= now { throw .notAhead(field: .due, value: due, now: now) }
        }
        return EventDraft(caseID: subject.id, body: .meetingHeld(JointMeeting(at: at, attendees: meeting.attendees,
                                                                              decisions: meeting.decisions,
                                                                              actions: meeting.actions)))
    }

    /// 回告 on the item (by id, or the first open one when nil).
    public func reportBack(_ code: String, item: String?, text: String) throws(DraftRefusal) -> EventDraft {
        let (subject, target) = try openItem(code, item)
        return EventDraft(caseID: subject.id, body: .itemReportedBack(item: target.id, text: try required(text, .text)))
    }

    public func completeItem(_ code: String, item: String?) throws(DraftRefusal) -> EventDraft {
        let (subject, target) = try openItem(code, item)
        return EventDraft(caseID: subject.id, body: .itemCompleted(item: target.id))
    }

    private func openItem(_ code: String, _ item: String?) throws(DraftRefusal) -> (Case, SupervisedItem) {
        guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
        guard let target = subject.supervisedItems.first(where: { $0.isOpen && (item == nil || $0.id == item) }) else {
            throw .noOpenItem(code: subject.code)
        }
        return (subject, target)
    }

    /// The unit as named on the case; a unit with no role there is refused, naming those that have one.
    func unitWithRole(_ unit: String, on subject: Case) throws(DraftRefusal) -> String {
        let unit = try required(unit, .unit)
        guard subject.hasRole(unit) else {
            throw .unitWithoutRole(unit: unit, code: subject.code, unitsWithRole: subject.unitsWithRole)
        }
        return unit
    }

    /// Refuses a title over `titleLimit` characters, saying how long it is and what the limit is.
    static func withinTitleLimit(_ title: String, _ field: RecordingField) throws(DraftRefusal) {
        guard title.count <= titleLimit else { throw .tooLong(field: field, length: title.count, limit: titleLimit) }
    }

    func required(_ value: String, _ name: RecordingField) throws(DraftRefusal) -> String {
        let trimmed = value.trimmingSpacesAndLines()
        guard !trimmed.isEmpty else { throw .emptyField(name: name) }
        return trimmed
    }

    func openCase(_ code: String) throws(DraftRefusal) -> Case {
        guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
        guard subject.closure == nil else { throw .caseClosed(code: subject.code) }
        return subject
    }

    /// A milestone happened at a real moment: not in the future, not before the case was discovered.
    func milestone(_ when: Date, field: RecordingField, of subject: Case) throws(DraftRefusal) -> Date {
        guard when <= now else { throw .inFuture(field: field, value: when, now: now) }
        guard when >= subject.discoveredAt else {
            throw .beforeDiscovery(field: field, value: when, discoveredAt: subject.discoveredAt)
        }
        return when
    }

    /// YQ-YYYYMMDD-NNN by the day the case is recorded; NNN continues after the day's highest.
    func nextCode() -> String {
        let day = CivilTime(now, in: timeZone)
        let prefix = "YQ-" + Self.compactDate(day) + "-"
        let highest = state.highestCodeNumber(withPrefix: prefix)
        return prefix + Digits.padded(highest + 1, width: 3)
    }

    /// "20261208", the day in a case's or an assessment's code.
    private static func compactDate(_ day: CivilTime) -> String {
        Digits.padded(day.year, width: 4) + Digits.padded(day.month, width: 2) + Digits.padded(day.day, width: 2)
    }
}
