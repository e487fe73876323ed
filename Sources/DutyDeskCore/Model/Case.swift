import Foundation

/// One matter of public opinion (舆情事件), as the replayed ledger knows it.
public struct Case: Sendable, Equatable, Identifiable {
    /// Every field of the case, behind one reference its copies share until one of them changes
    /// (copy on write). A case is copied into each queue entry, row and screen that shows it: as
    /// thirty fields a copy was thirty retains and as many releases, most of the console's first
    /// frame at a hundred thousand open cases; as one reference it is one.
    private var storage: Storage

    private final class Storage: @unchecked Sendable {
        // Written only through `unique`, which first makes the box this case's alone: a box that
        // is shared is never changed, so copies on other threads see it as they copied it.
        @exclusivity(unchecked) var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Sendable, Equatable {
        let id: CaseID
        var report: CaseReport
        let recordedAt: Date
        let operatorName: String
        var grade: Grade
        var level: OpinionLevel
        var judgement: Judgement = Judgement()
        var units: [UnitAssignment]
        var releases: [Release] = []
        var closure: Closure?
        var linkedReports: [LinkedReport] = []
        var acknowledgedBy: [String] = []
        var feedback: [UnitFeedback] = []
        var upwardReports: [UpwardReport] = []
        var tolerated: [Toleration] = []
        var referrals: [Referral] = []
        var supervisedItems: [SupervisedItem] = []
        var corrections: [CorrectionRecord] = []
        var drafts: [DraftedRelease] = []
        var meetingTransfers: [MeetingTransfer] = []
        var transferAnalyses: [TransferAnalysis] = []
        var offlineSteps: [OfflineStep] = []
        var checklist: [ChecklistItem] = []
        var uncountedConferences: [UncountedConference] = []
        var triaged: Bool = false
        var timeline: [TimelineEntry]
    }

    /// The fields, this case's own to change.
    private var unique: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    public var id: CaseID { storage.fields.id }
    /// The report as corrected so far (`case.corrected` events replace fields; the ledger keeps both).
    public private(set) var report: CaseReport {
        get { storage.fields.report }
        _modify { yield &unique.report }
    }
    public var recordedAt: Date { storage.fields.recordedAt }
    public var operatorName: String { storage.fields.operatorName }
    /// The emergency grade (突发事件等级) now: it alone sets the 24-hour clock.
    public private(set) var grade: Grade {
        get { storage.fields.grade }
        _modify { yield &unique.grade }
    }
    /// The opinion level (舆情等级) now.
    public private(set) var level: OpinionLevel {
        get { storage.fields.level }
        _modify { yield &unique.level }
    }
    /// Every factor judged so far, each with who judged it and when.
    public private(set) var judgement: Judgement {
        get { storage.fields.judgement }
        _modify { yield &unique.judgement }
    }
    public private(set) var units: [UnitAssignment] {
        get { storage.fields.units }
        _modify { yield &unique.units }
    }
    /// Responses and press conferences in the order they happened, numbered by that order.
    public private(set) var releases: [Release] {
        get { storage.fields.releases }
        _modify { yield &unique.releases }
    }
    public private(set) var closure: Closure? {
        get { storage.fields.closure }
        _modify { yield &unique.closure }
    }
    /// Further reports linked to this case after the first.
    public private(set) var linkedReports: [LinkedReport] {
        get { storage.fields.linkedReports }
        _modify { yield &unique.linkedReports }
    }
    /// Units that accepted the case (签收).
    public private(set) var acknowledgedBy: [String] {
        get { storage.fields.acknowledgedBy }
        _modify { yield &unique.acknowledgedBy }
    }
    /// 反馈 from the units, in the order recorded.
    public private(set) var feedback: [UnitFeedback] {
        get { storage.fields.feedback }
        _modify { yield &unique.feedback }
    }
    /// Every report up (第一时间报告, 归口报送), in the order recorded.
    public private(set) var upwardReports: [UpwardReport] {
        get { storage.fields.upwardReports }
        _modify { yield &unique.upwardReports }
    }
    /// 容错: whose mistakes on this case are tolerated, and why.
    public private(set) var tolerated: [Toleration] {
        get { storage.fields.tolerated }
        _modify { yield &unique.tolerated }
    }
    public private(set) var referrals: [Referral] {
        get { storage.fields.referrals }
        _modify { yield &unique.referrals }
    }
    /// 督办: leaders' instructions and meeting actions, each with its own due time.
    public private(set) var supervisedItems: [SupervisedItem] {
        get { storage.fields.supervisedItems }
        _modify { yield &unique.supervisedItems }
    }
    /// Every correction of a report field, with the value it replaced.
    public private(set) var corrections: [CorrectionRecord] {
        get { storage.fields.corrections }
        _modify { yield &unique.corrections }
    }
    /// Releases drafted for agreement and sign-off (起草 → 会签 → 审定 → 发布), in the order drafted.
    public internal(set) var drafts: [DraftedRelease] {
        get { storage.fields.drafts }
        _modify { yield &unique.drafts }
    }
    /// 会商转办: the joint meeting's transfers, and the receiving units' analyses of them.
    public internal(set) var meetingTransfers: [MeetingTransfer] {
        get { storage.fields.meetingTransfers }
        _modify { yield &unique.meetingTransfers }
    }
    public internal(set) var transferAnalyses: [TransferAnalysis] {
        get { storage.fields.transferAnalyses }
        _modify { yield &unique.transferAnalyses }
    }
    /// 网下处置: the units' steps on the ground, in the order recorded.
    public internal(set) var offlineSteps: [OfflineStep] {
        get { storage.fields.offlineSteps }
        _modify { yield &unique.offlineSteps }
    }
    /// 分级响应预案: what the plans of its grade, level and class required (at registration and at each
    /// regrade or triage that changed one), ticked or not.
    public internal(set) var checklist: [ChecklistItem] {
        get { storage.fields.checklist }
        _modify { yield &unique.checklist }
    }
    /// Press conferences held without a 负责人 or 新闻发言人: recorded and flagged, counted as no release.
    public internal(set) var uncountedConferences: [UncountedConference] {
        get { storage.fields.uncountedConferences }
        _modify { yield &unique.uncountedConferences }
    }
    /// Judged at least once (regraded or given a unit) after it was reported.
    public private(set) var triaged: Bool {
        get { storage.fields.triaged }
        _modify { yield &unique.triaged }
    }
    public private(set) var timeline: [TimelineEntry] {
        get { storage.fields.timeline }
        _modify { yield &unique.timeline }
    }

    public var code: String { report.code }
    public var title: String { report.title }
    public var discoveredAt: Date { report.discoveredAt }

    init(id: CaseID, report: CaseReport, event: Event) {
        storage = Storage(Fields(
            id: id, report: report, recordedAt: event.recordedAt, operatorName: event.operatorName, grade: report.grade,
            level: report.level, units: report.unit.isEmpty ? [] : [UnitAssignment(unit: report.unit, role: .first)],
            timeline: [TimelineEntry(event: event, happenedAt: report.discoveredAt)]))
        addChecklist(report.checklist)
    }

    /// Equal when every field is: two copies of one case are, at once.
    public static func == (lhs: Case, rhs: Case) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public var status: CaseStatus {
        if closure != nil { return .closed }
        if releaseCount > 0 { return .releasing }
        return triaged ? .handling : .pendingTriage
    }

    public var responses: [PublicResponse] {
        releases.compactMap { if case .response(let response) = $0.kind { response } else { nil } }
    }

    public var pressConferences: [PressConference] {
        releases.compactMap { if case .pressConference(let press) = $0.kind { press } else { nil } }
    }

    /// Responses and press conferences together: each is a public release of information.
    public var releaseCount: Int { releases.count }

    public var firstReleaseAt: Date? { releases.first?.at }
    public var lastReleaseAt: Date? { releases.last?.at }
    public var firstPressConferenceAt: Date? { releases.first(where: \.isPressConference)?.at }

    /// Everyone who spoke for the government on the case: spokespersons and press conference speakers.
    public var speakers: [String] {
        var names: [String] = []
        for release in releases {
            let name = switch release.kind {
            case .response(let response): response.spokesperson
            case .pressConference(let press): press.speaker
            }
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The release an event recorded, with its number in the order of what happened.
    public func release(recordedIn eventID: String) -> Release? { releases.first { $0.eventID == eventID } }

    public func unit(in role: UnitRole) -> String? { units.first { $0.role == role }?.unit }

    /// Whether the unit has any role on the case: only such a unit acknowledges, receives a
    /// transfer or gives feedback.
    public func hasRole(_ unit: String) -> Bool { units.contains { $0.unit == unit } }

    /// The units with a role, each once, in the order they were given one.
    public var unitsWithRole: [String] {
        var names: [String] = []
        for assignment in units where !names.contains(assignment.unit) { names.append(assignment.unit) }
        return names
    }

    /// The unit that answers for the case in the queue and in assessment: its lead unit, else its
    /// first responsible unit.
    public var answerableUnit: String? { unit(in: .lead) ?? unit(in: .first) }

    /// Every report of the case, the first included: how many, and through which channels.
    public var reportCount: Int { 1 + linkedReports.count }
    public var reportChannels: [Channel] {
        var channels = [report.channel]
        for linked in linkedReports where !channels.contains(linked.channel) { channels.append(linked.channel) }
        return channels
    }

    mutating func apply(_ event: Event) {
        var happenedAt = event.recordedAt
        switch event.body {
        case .caseRegraded(let grade, let at, let checklist):
            self.grade = grade
            addChecklist(checklist)
            triaged = true
            happenedAt = at
        case .caseTriaged(let triage):
            judgement.take(triage, by: event.operatorName)
            grade = triage.grade ?? grade
            level = triage.level ?? level
            addChecklist(triage.checklist)
            triaged = true
            happenedAt = triage.at
        case .unitAssigned(let unit, let role):
            assign(unit, as: role)
            triaged = true
        case .responsePublished(let response):
            addRelease(.response(response), at: response.at, event: event)
            happenedAt = response.at
            if let index = drafts.firstIndex(where: { $0.id == response.draft }), drafts[index].publishedAt == nil {
                drafts[index].publishedAt = response.at
                drafts[index].publishedBy = event.id
            }
        case .releaseDrafted(let draft):
            drafts.append(DraftedRelease(id: event.id, number: drafts.count + 1, draft: draft, draftedAt: event.recordedAt,
                                         draftedBy: event.operatorName))
        case .releaseConfirmed(let confirmation):
            if let index = drafts.firstIndex(where: { $0.id == confirmation.draft }) { drafts[index].take(confirmation) }
            happenedAt = confirmation.at
        case .releaseSignedOff(let signOff):
            if let index = drafts.firstIndex(where: { $0.id == signOff.draft }) { drafts[index].signOff = signOff }
            happenedAt = signOff.at
        case .pressConferenceHeld(let press):
            // A conference no 负责人 or 新闻发言人 attended is no release: it meets no clock (001).
            if press.meetsAttendance {
                addRelease(.pressConference(press), at: press.at, event: event)
            } else {
                uncountedConferences.append(UncountedConference(eventID: event.id, conference: press,
                                                                recordedAt: event.recordedAt, operatorName: event.operatorName))
            }
            happenedAt = press.at
        case .caseClosed(let reason, let at, let unitsPendingReason):
            closure = Closure(reason: reason, at: at, recordedAt: event.recordedAt, operatorName: event.operatorName,
                              unitsPending: unitsPendingReason.isEmpty ? [] : unitsWithoutAnswer,
                              unitsPendingReason: unitsPendingReason)
            happenedAt = at
        case .reportLinked(let report):
            linkedReports.append(report)
        case .unitAcknowledged(let unit):
            if !acknowledgedBy.contains(unit) { acknowledgedBy.append(unit) }
        case .unitFeedback(let feedback):
            self.feedback.append(feedback)
            happenedAt = feedback.at
        case .reportedUp(let report):
            upwardReports.append(report)
            happenedAt = report.at
        case .mistakeTolerated(let person, let reason):
            tolerated.append(Toleration(person: person, reason: reason, by: event.operatorName, at: event.recordedAt))
        case .caseTransferred(let unit, let reason, let copiedTo):
            if !copiedTo.isEmpty {
                meetingTransfers.append(MeetingTransfer(eventID: event.id, unit: unit, reason: reason, copiedTo: copiedTo,
                                                        at: event.recordedAt))
            }
            assign(unit, as: .first)
            acknowledgedBy.removeAll { $0 == unit }
            triaged = true
        case .referralMade(let target, let note):
            referrals.append(Referral(id: event.id, target: target, note: note, outcome: nil))
        case .referralOutcome(let id, let outcome):
            if let index = referrals.firstIndex(where: { $0.id == id }) { referrals[index].outcome = outcome }
        case .caseReopened:
            closure = nil
        case .instructionIssued(let leader, let text, let dueAt):
            supervisedItems.append(SupervisedItem(id: event.id, source: leader, text: text, unit: "",
                                                  issuedAt: event.recordedAt, dueAt: dueAt))
        case .meetingHeld(let meeting):
            happenedAt = meeting.at
            for (index, task) in meeting.actions.enumerated() {
                guard let dueAt = task.dueAt else { continue }
                supervisedItems.append(SupervisedItem(id: "\(event.id)#\(index + 1)", source: "", text: task.text,
                                                      unit: task.unit, issuedAt: meeting.at, dueAt: dueAt))
            }
        case .itemReportedBack(let id, let text):
            if let index = supervisedItems.firstIndex(where: { $0.id == id }) {
                supervisedItems[index].reportsBack.append(ReportBack(text: text, at: event.recordedAt))
            }
        case .itemCompleted(let id):
            if let index = supervisedItems.firstIndex(where: { $0.id == id }) {
                supervisedItems[index].completedAt = event.recordedAt
            }
        case .caseCorrected(let correction):
            corrections.append(CorrectionRecord(correction: correction, oldValue: report.value(of: correction.field),
                                                by: event.operatorName, at: event.recordedAt, seq: event.seq))
            report = report.correcting(correction.field, to: correction.value)
        case .transferAnalysed(let analysis):
            transferAnalyses.append(analysis)
        case .offlineStepTaken(let step):
            offlineSteps.append(step)
            happenedAt = step.at
        case .checklistTicked(let tick):
            tickChecklist(tick, by: event.operatorName)
            happenedAt = tick.at
        case .noteAdded, .unrecognized, .ledgerCreated, .ledgerRepaired, .caseReported, .shiftHandedOver, .accountabilityDecided,
             .riskAssessed, .ledgerCheckpointed, .patrolLogged, .wordingApproved, .wordingWithdrawn:
            break
        }
        timeline.append(TimelineEntry(event: event, happenedAt: happenedAt))
    }

    /// Keeps the releases in the order they happened (the ledger's order breaks ties) and numbers them.
    private mutating func addRelease(_ kind: Release.Kind, at: Date, event: Event) {
        let index = releases.firstIndex { $0.at > at } ?? releases.count
        releases.insert(Release(kind: kind, at: at, number: 0, eventID: event.id, recordedAt: event.recordedAt,
                                operatorName: event.operatorName), at: index)
        for position in index..<releases.count { releases[position].number = position }
    }

    /// There is one first responsible unit and one lead unit; co-operating units accumulate.
    private mutating func assign(_ unit: String, as role: UnitRole) {
        if role == .cooperating {
            if !units.contains(UnitAssignment(unit: unit, role: role)) {
                units.append(UnitAssignment(unit: unit, role: role))
            }
        } else {
            units.removeAll { $0.role == role }
            units.append(UnitAssignment(unit: unit, role: role))
        }
    }
}

/// A supervised item (督办): from a leader's instruction (`source` names the leader) or a
/// meeting action (`unit` names who does it). Its clock runs from issue to `dueAt`.
public struct SupervisedItem: Sendable, Equatable {
    /// The instruction event's id, or the meeting event's id with `#n` for its n-th action.
    public let id: String
    public let source: String
    public let text: String
    public let unit: String
    public let issuedAt: Date
    public let dueAt: Date
    public var reportsBack: [ReportBack] = []
    public var completedAt: Date?

    public var deadline: Deadline { Deadline(kind: .followUp, startsAt: issuedAt, dueAt: dueAt) }
    /// Whom the item is shown under: the leader who instructed, or the unit the meeting tasked.
    public var owner: String { source.isEmpty ? unit : source }
    public var isOpen: Bool { completedAt == nil }
}

/// 回告: what was reported back to the leader, and when.
public struct ReportBack: Sendable, Equatable {
    public let text: String
    public let at: Date
}

/// A referral to the police or internet supervision, and what came of it.
public struct Referral: Sendable, Equatable {
    /// The id of the `referral.made` event, which its outcome names.
    public let id: String
    public let target: ReferralTarget
    public let note: String
    public var outcome: String?
}

/// 容错 on a case: whose mistake is tolerated, why, who recorded it and when.
public struct Toleration: Sendable, Equatable {
    public let person: String
    public let reason: String
    public let by: String
    public let at: Date
}

public struct UnitAssignment: Sendable, Equatable {
    public let unit: String
    public let role: UnitRole
}

public struct Closure: Sendable, Equatable {
    public let reason: CloseReason
    /// When the case was closed, as stated; `recordedAt` is when the desk wrote it down, which is
    /// what decides whether a clock had already passed (a back-dated closure erases no breach).
    public let at: Date
    public let recordedAt: Date
    public let operatorName: String
    /// The units that had recorded neither feedback nor an offline step when it closed, and why it closed
    /// all the same (empty on a closure that needed no reason).
    public var unitsPending: [String] = []
    public var unitsPendingReason = ""
}

/// One public release: a response or a press conference, numbered by when it happened
/// (0 is the first release, 首次回应; 1, 2 … are 续报一, 续报二 …).
public struct Release: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case response(PublicResponse)
        case pressConference(PressConference)
    }

    public let kind: Kind
    public let at: Date
    public internal(set) var number: Int
    public let eventID: String
    public let recordedAt: Date
    public let operatorName: String

    public var isPressConference: Bool { if case .pressConference = kind { true } else { false } }
}

/// A correction as the case knows it: what the field said before, what it says now, who set it
/// right, when and why.
public struct CorrectionRecord: Sendable, Equatable {
    public let correction: Correction
    public let oldValue: String
    public let by: String
    public let at: Date
    public let seq: Int

    public var field: CorrectableField { correction.field }
    public var newValue: String { correction.value }
    public var reason: String { correction.reason }
}

/// One line of a case's history: who recorded what, when it was recorded and when it happened.
public struct TimelineEntry: Sendable, Equatable {
    public let seq: Int
    /// The event's id, which a correction names.
    public let eventID: String
    public let recordedAt: Date
    public let operatorName: String
    public let happenedAt: Date
    public let body: EventBody

    init(event: Event, happenedAt: Date) {
        self.seq = event.seq
        eventID = event.id
        self.recordedAt = event.recordedAt
        self.operatorName = event.operatorName
        self.happenedAt = happenedAt
        self.body = event.body
    }
}
