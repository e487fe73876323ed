import DutyDeskJSON
import DutyDeskText
import Foundation

/// Every kind of fact the desk records. New kinds are added here, to `EventPayloadCodec`
/// and to `DeskState.apply` (see ARCHITECTURE.md, "Adding an event").
public enum EventBody: Sendable, Equatable {
    case ledgerCreated(LedgerIdentity)
    case ledgerRepaired(TornTailRepair)
    case caseReported(CaseReport)
    /// Another report of a case already on the desk (a second caller, the same post on Weibo).
    case reportLinked(LinkedReport)
    /// `checklist`: the items the response plans of the new grade (with the case's level and class)
    /// require that the case did not have yet (empty when none, and on older lines).
    case caseRegraded(grade: Grade, at: Date, checklist: [String] = [])
    case caseTriaged(Triage)
    case unitAssigned(unit: String, role: UnitRole)
    /// 签收: a unit accepts the case.
    case unitAcknowledged(unit: String)
    /// 转办: the case goes to another unit as first responsible. `copiedTo` names the 政务公开办 a transfer
    /// by the joint meeting is copied to (002); it is empty for any other transfer, and on older lines.
    case caseTransferred(toUnit: String, reason: String, copiedTo: String = "")
    /// 移交公安、网监; `referral.outcome` later names this event by id.
    case referralMade(target: ReferralTarget, note: String)
    case referralOutcome(referral: String, outcome: String)
    case caseReopened(reason: String)
    /// 批示: a leader's written instruction, which becomes a supervised item (督办) due at `dueAt`.
    case instructionIssued(leader: String, text: String, dueAt: Date)
    /// 会商: a joint meeting's attendees and decisions; each action with a due time is a supervised item.
    case meetingHeld(JointMeeting)
    /// 回告: progress reported back on a supervised item.
    case itemReportedBack(item: String, text: String)
    case itemCompleted(item: String)
    /// A report field set right; `corrects` is the id of the event whose value it replaces.
    case caseCorrected(Correction)
    case responsePublished(PublicResponse)
    case pressConferenceHeld(PressConference)
    case noteAdded(text: String)
    /// `unitsPendingReason`: why it closes while a unit given the case has recorded neither feedback
    /// nor an offline step (empty when every unit has, or on older lines).
    case caseClosed(reason: CloseReason, at: Date, unitsPendingReason: String = "")
    /// 交接班: the desk changes hands; it belongs to no case.
    case shiftHandedOver(ShiftHandover)
    /// 反馈: a unit with a role on the case says what it has done, offline and online.
    case unitFeedback(UnitFeedback)
    /// 第一时间报告: the case reported up, to a department or leader, by a method, at a moment.
    case reportedUp(UpwardReport)
    /// 表彰, 约谈, 通报批评 or 问责 of a unit or a person: desk-level, naming the cases it rests on.
    case accountabilityDecided(AccountabilityDecision)
    /// 容错: a mistake of someone who spoke for the government on this case is tolerated, with why.
    case mistakeTolerated(person: String, reason: String)
    /// 舆情风险评估 of a planned decision, before it is a case: desk-level, with its own code.
    case riskAssessed(RiskAssessment)
    /// 起草 → 会签 → 审定: a release on its way out; `response.published` naming the draft publishes it.
    case releaseDrafted(ReleaseDraft)
    case releaseConfirmed(ReleaseConfirmation)
    case releaseSignedOff(ReleaseSignOff)
    /// 巡查: channels checked and what was found; desk-level.
    case patrolLogged(Patrol)
    /// 口径: a leader approved talking points for a topic (desk-level).
    case wordingApproved(WordingApproval)
    case wordingWithdrawn(WordingWithdrawal)
    /// A type this build does not know (written by a newer version): kept so replay never fails.
    case unrecognized(type: String, payload: JSONObject)
    /// A signed checkpoint of the ledger up to the line before this one.
    case ledgerCheckpointed(Checkpoint)
    /// 网下处置: a unit's step on the ground (what, where, result, when).
    case offlineStepTaken(OfflineStep)
    /// The receiving unit's analysis of a case the joint meeting transferred to it.
    case transferAnalysed(TransferAnalysis)
    /// One item of the case's response-plan checklist done.
    case checklistTicked(ChecklistTick)

    /// The `type` field of the ledger line.
    public var typeName: String {
        if case .unrecognized(let type, _) = self { return type }
        return kind?.rawValue ?? ""
    }

    /// Nil only for a type this build does not know.
    public var kind: EventKind? {
        switch self {
        case .ledgerCreated: .ledgerCreated
        case .ledgerRepaired: .ledgerRepaired
        case .caseReported: .caseReported
        case .reportLinked: .reportLinked
        case .caseRegraded: .caseRegraded
        case .caseTriaged: .caseTriaged
        case .unitAssigned: .unitAssigned
        case .unitAcknowledged: .unitAcknowledged
        case .caseTransferred: .caseTransferred
        case .referralMade: .referralMade
        case .referralOutcome: .referralOutcome
        case .caseReopened: .caseReopened
        case .instructionIssued: .instructionIssued
        case .meetingHeld: .meetingHeld
        case .itemReportedBack: .itemReportedBack
        case .itemCompleted: .itemCompleted
        case .caseCorrected: .caseCorrected
        case .responsePublished: .responsePublished
        case .pressConferenceHeld: .pressConferenceHeld
        case .noteAdded: .noteAdded
        case .caseClosed: .caseClosed
        case .shiftHandedOver: .shiftHandedOver
        case .unitFeedback: .unitFeedback
        case .reportedUp: .reportedUp
        case .accountabilityDecided: .accountabilityDecided
        case .mistakeTolerated: .mistakeTolerated
        case .riskAssessed: .riskAssessed
        case .releaseDrafted: .releaseDrafted
        case .releaseConfirmed: .releaseConfirmed
        case .releaseSignedOff: .releaseSignedOff
        case .patrolLogged: .patrolLogged
        case .wordingApproved: .wordingApproved
        case .wordingWithdrawn: .wordingWithdrawn
        case .ledgerCheckpointed: .ledgerCheckpointed
        case .offlineStepTaken: .offlineStepTaken
        case .transferAnalysed: .transferAnalysed
        case .checklistTicked: .checklistTicked
        case .unrecognized: nil
        }
    }
}

/// The first event of every ledger names it, so merged or copied ledgers can be told apart.
public struct LedgerIdentity: Sendable, Equatable {
    public let ledgerID: String
    public let deskID: String
    public let createdAt: Date

    public init(ledgerID: String, deskID: String, createdAt: Date) {
        self.ledgerID = ledgerID
        self.deskID = deskID
        self.createdAt = createdAt
    }
}

/// Recorded when a writer cut off an incomplete or corrupt tail, so an auditor sees it happened.
public struct TornTailRepair: Sendable, Equatable {
    /// Byte offset where the cut bytes started; the ledger is now this long before the repair event.
    public let offset: Int
    public let length: Int
    /// SHA-256 of the cut bytes, which are kept beside the ledger in `savedAs`.
    public let sha256: String
    public let savedAs: String

    public init(offset: Int, length: Int, sha256: String, savedAs: String) {
        self.offset = offset
        self.length = length
        self.sha256 = sha256
        self.savedAs = savedAs
    }
}

/// A new case as taken at the desk: the discovery time starts its clocks.
public struct CaseReport: Sendable, Equatable {
    public let code: String
    public let title: String
    public let detail: String
    public let channel: Channel
    public let locality: String
    public let caller: String
    public let phone: String
    public let discoveredAt: Date
    /// The emergency grade at intake (不涉及 unless the caller's matter is an emergency).
    public let grade: Grade
    public let level: OpinionLevel
    public let unit: String
    /// The originating system's reference (a 12345 ticket number): one case per reference.
    public let ref: String
    /// The 舆情风险评估 the case follows from, if the opinion followed a planned decision.
    public let assessment: String
    /// The items the response plans of its grade and level required at registration (`ResponsePlans`).
    public let checklist: [String]

    public init(code: String, title: String, detail: String = "", channel: Channel = .dutyPhone,
                locality: String, caller: String = "", phone: String = "", discoveredAt: Date,
                grade: Grade = .none, level: OpinionLevel = .general, unit: String = "", ref: String = "",
                assessment: String = "", checklist: [String] = []) {
        self.checklist = checklist
        self.code = code
        self.title = title
        self.detail = detail
        self.channel = channel
        self.locality = locality
        self.caller = caller
        self.phone = phone
        self.discoveredAt = discoveredAt
        self.grade = grade
        self.level = level
        self.unit = unit
        self.ref = ref
        self.assessment = assessment
    }
}

/// 研判: one judgement of a case. It names only what it judges: a later judgement changes the
/// factors it names and leaves the others as they were (`Case.judgement` accumulates them).
public struct Triage: Sendable, Equatable {
    /// The emergency grade (sets the clock, from discovery as always).
    public var grade: Grade?
    public var level: OpinionLevel?
    public var warningClass: WarningClass?
    public var priority: ResponsePriority?
    public var verification: Verification?
    public var riskLevel: Level?
    public var responseValue: Level?
    /// 归口报送 category, and for 特别重大 opinion the principal leader who takes charge (主要负责同志, 000).
    public var category: ReportCategory?
    public var principalLeader = ""
    /// 问题性质, 舆情烈度, 公众反应, 媒体介入程度, 影响范围, 可能产生的后果: the factors the notices
    /// name, in words; empty means not judged this time.
    public var nature = ""
    public var intensity = ""
    public var publicReaction = ""
    public var mediaInvolvement = ""
    public var scope = ""
    public var consequences = ""
    public var note = ""
    public var at: Date
    /// The items the response plans of the grade, level and class it sets require that the case did
    /// not have yet (the drafter's; empty when none, and on older lines). Not a factor: it judges nothing.
    public var checklist: [String] = []

    public init(at: Date, grade: Grade? = nil, verification: Verification? = nil) {
        self.at = at
        self.grade = grade
        self.verification = verification
    }

    /// Names no factor at all: nothing to record.
    public var isEmpty: Bool {
        grade == nil && level == nil && warningClass == nil && priority == nil && verification == nil
            && riskLevel == nil && responseValue == nil && category == nil
            && [nature, intensity, publicReaction, mediaInvolvement, scope, consequences, principalLeader, note]
                .allSatisfy(\.isEmpty)
    }
}

/// A report field set right. `corrects` is the id of the event whose value it replaces; the
/// reason is required for new corrections (older ledgers have none).
public struct Correction: Sendable, Equatable {
    public let field: CorrectableField
    public let value: String
    public let corrects: String
    public let reason: String

    public init(field: CorrectableField, value: String, corrects: String, reason: String = "") {
        self.field = field
        self.value = value
        self.corrects = corrects
        self.reason = reason
    }
}

/// 第一时间报告 and 归口报送: to whom the case was reported, how, when it happened, and what was said.
public struct UpwardReport: Sendable, Equatable {
    public let recipient: String
    public let method: ReportMethod
    public let at: Date
    public let text: String
    public let scope: ReportScope

    public init(recipient: String, method: ReportMethod, at: Date, text: String = "", scope: ReportScope = .sameLevel) {
        self.recipient = recipient
        self.method = method
        self.at = at
        self.text = text
        self.scope = scope
    }
}

/// A measure a supervisor decided: against whom (a unit, or a person of it), on which seed ground,
/// resting on which cases and which report (e.g. the month's 超时通报), decided by whom, when.
public struct AccountabilityDecision: Sendable, Equatable {
    public let measure: AccountabilityMeasure
    public let unit: String
    public let person: String
    public let trigger: AccountabilityTrigger
    public let cases: [String]
    public let report: String
    public let decidedBy: String
    public let at: Date
    public let note: String

    public init(measure: AccountabilityMeasure, unit: String, person: String = "", trigger: AccountabilityTrigger,
                cases: [String] = [], report: String = "", decidedBy: String, at: Date, note: String = "") {
        self.measure = measure
        self.unit = unit
        self.person = person
        self.trigger = trigger
        self.cases = cases
        self.report = report
        self.decidedBy = decidedBy
        self.at = at
        self.note = note
    }
}

/// 舆情风险评估 (002, 003): before a major decision touching the public's interests is issued, its
/// risk level and 处置预案, found by the methods named, reviewed by someone.
public struct RiskAssessment: Sendable, Equatable {
    /// FX-YYYYMMDD-NNN by the day it was recorded; a case opened from it names this code.
    public let code: String
    public let title: String
    public let unit: String
    /// The day the decision is planned for (YYYY-MM-DD).
    public let plannedOn: String
    public let methods: [AssessmentMethod]
    public let riskLevel: Level
    public let risks: String
    public let plan: String
    public let reviewedBy: String

    public init(code: String, title: String, unit: String, plannedOn: String, methods: [AssessmentMethod], riskLevel: Level,
                risks: String, plan: String, reviewedBy: String) {
        self.code = code
        self.title = title
        self.unit = unit
        self.plannedOn = plannedOn
        self.methods = methods
        self.riskLevel = riskLevel
        self.risks = risks
        self.plan = plan
        self.reviewedBy = reviewedBy
    }
}

/// 反馈: what a unit reports it has done on the case, and when it did it.
public struct UnitFeedback: Sendable, Equatable {
    public let unit: String
    public let text: String
    public let at: Date

    public init(unit: String, text: String, at: Date) {
        self.unit = unit
        self.text = text
        self.at = at
    }
}

extension CaseReport {
    /// The field's value as a correction states it (a time in ISO 8601, a channel by code).
    func value(of field: CorrectableField) -> String {
        switch field {
        case .title: title
        case .detail: detail
        case .locality: locality
        case .caller: caller
        case .phone: phone
        case .channel: channel.code
        case .discoveredAt: ISO8601Timestamp.format(discoveredAt, utcOffset: 0)
        }
    }

    /// The same report with one field set right. A discovery time that does not parse is kept
    /// as it was: `EventDrafter` only writes parseable ones.
    func correcting(_ field: CorrectableField, to value: String) -> CaseReport {
        CaseReport(code: code, title: field == .title ? value : title, detail: field == .detail ? value : detail,
                   channel: field == .channel ? Channel(rawValue: value) ?? channel : channel,
                   locality: field == .locality ? value : locality, caller: field == .caller ? value : caller,
                   phone: field == .phone ? value : phone,
                   discoveredAt: field == .discoveredAt ? ISO8601Timestamp.parse(value) ?? discoveredAt : discoveredAt,
                   grade: grade, level: level, unit: unit, ref: ref, assessment: assessment, checklist: checklist)
    }
}

/// A joint meeting (会商联席会议) on a case.
public struct JointMeeting: Sendable, Equatable {
    public struct Task: Sendable, Equatable {
        public let text: String
        public let unit: String
        public let dueAt: Date?

        public init(text: String, unit: String = "", dueAt: Date? = nil) {
            self.text = text
            self.unit = unit
            self.dueAt = dueAt
        }
    }

    /// The members the notices name for the joint meeting; the units of the case join them.
    public static let standingMembers = ["政府办", "宣传部", "公安局", "应急管理局", "信访局", "网信办", "民政局", "司法局",
                                         "督查室"]

    public let at: Date
    public let attendees: [String]
    public let decisions: String
    public let actions: [Task]

    public init(at: Date, attendees: [String], decisions: String, actions: [Task]) {
        self.at = at
        self.attendees = attendees
        self.decisions = decisions
        self.actions = actions
    }
}

/// A further report of an existing case: who reported it and through which channel.
public struct LinkedReport: Sendable, Equatable {
    public let channel: Channel
    public let caller: String
    public let phone: String
    public let note: String

    public init(channel: Channel, caller: String = "", phone: String = "", note: String = "") {
        self.channel = channel
        self.caller = caller
        self.phone = phone
        self.note = note
    }
}

/// A public release (回应). Its number (首次回应, 续报一 …) is not stored: it follows from when the
/// case's releases happened (`Case.releases`), so a back-dated one takes its true place.
public struct PublicResponse: Sendable, Equatable {
    public let method: ResponseMethod
    public let text: String
    public let at: Date
    /// Where it was released (an account, a site, a programme) and who spoke.
    public let channel: String
    public let spokesperson: String
    /// The `release.drafted` event this publishes, once signed off; empty for a direct release.
    public let draft: String
    /// Why a release went out directly, without its draft's sign-off (an urgent statement).
    public let urgentReason: String
    /// 专家解读: the expert who interprets, from the settings' roster or typed; empty for other methods.
    public let expert: String

    public init(method: ResponseMethod, text: String, at: Date, channel: String = "", spokesperson: String = "",
                draft: String = "", urgentReason: String = "", expert: String = "") {
        self.method = method
        self.text = text
        self.at = at
        self.channel = channel
        self.spokesperson = spokesperson
        self.draft = draft
        self.urgentReason = urgentReason
        self.expert = expert
    }
}

/// A press conference (新闻发布会) as held: `at` is when it happened, not when it was typed.
public struct PressConference: Sendable, Equatable {
    public let at: Date
    public let speaker: String
    public let venue: String
    /// Who attended, each as 负责人, 新闻发言人 or 其他; nil on a line written before the desk asked
    /// (see `meetsAttendance`). The desk records every new conference with its attendees.
    public let attendees: [ConferenceAttendee]?

    public init(at: Date, speaker: String = "", venue: String = "", attendees: [ConferenceAttendee]? = nil) {
        self.at = at
        self.speaker = speaker
        self.venue = venue
        self.attendees = attendees
    }
}

/// 交接班: who handed the desk over to whom, with what the outgoing operator wants said.
public struct ShiftHandover: Sendable, Equatable {
    public let outgoing: String
    public let incoming: String
    public let note: String

    public init(outgoing: String, incoming: String, note: String = "") {
        self.outgoing = outgoing
        self.incoming = incoming
        self.note = note
    }
}

extension JointMeeting.Task {
    /// A meeting action as typed, `事项`, `事项@单位` or `事项@单位@截止` (full-width ＠ too); the due
    /// time stays text, for the caller to read against its own clock.
    public static func parse(_ line: some StringProtocol) -> (text: String, unit: String, due: String?) {
        let parts = line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "@" || $0 == "＠" })
            .map { $0.trimmingSpaces() }
        return (parts[0], parts.count > 1 ? parts[1] : "", parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil)
    }
}
