import DutyDeskCore
import Foundation

/// A form open over the console, and what it is for.
public struct OpenForm: Sendable {
    public enum Purpose: Sendable, Equatable {
        case intake
        case caseAction(CaseActionKind, CaseID)
        case handover
        /// 表彰·约谈·通报批评·问责, and a 舆情风险评估: records of the desk, not of one case.
        case decision, assessment
        /// 巡查 (`P`).
        case patrol
        /// 口径库 (`L`): approve a wording or withdraw one.
        case wording
    }

    public let purpose: Purpose
    public var form: Form
    public let openedAt: Date
    /// The ledger's last event when the form opened: anything later on the same case is a conflict.
    public let baseSeq: Int
    /// What others recorded on the case since the form opened, while the operator decides.
    public var conflict: [TimelineEntry]?
    /// The operator chose to save over those changes.
    public var overridden = false

    public init(purpose: Purpose, form: Form, openedAt: Date, baseSeq: Int) {
        self.purpose = purpose
        self.form = form
        self.openedAt = openedAt
        self.baseSeq = baseSeq
    }
}

/// What the console asks the app to do: the reducer stays pure, the runner touches the ledger
/// and the draft file, then reports back with `succeeded` or `refused`.
public enum ConsoleRequest: Sendable, Equatable {
    case report(EventDrafter.Intake)
    case link(code: String, report: LinkedReport)
    case act(code: String, action: CaseAction)
    case handOver(to: String, note: String)
    case decide(AccountabilityDecision)
    case assess(AssessmentRequest)
    case patrol(Patrol)
    case wording(WordingRequest)
    /// The intake form's values and when the form opened, which an empty discovery time means.
    case saveDraft([FieldID: String], openedAt: Date)
    case discardDraft
    /// The agenda's case codes as marked, kept beside the ledger so the marks survive a restart.
    case saveAgenda([String])

    /// Only the newest draft of a burst of keys needs writing, so drafts may wait for the burst's end.
    public var isDraft: Bool { if case .saveDraft = self { true } else { false } }
}

/// An intake draft left by an earlier run, offered back at start.
public struct DraftOffer: Sendable, Equatable {
    public let fields: [FieldID: String]
    /// When the form was opened: restored, it is still the discovery time an empty field means.
    public let openedAt: Date
    /// When it was last typed in, which the offer names.
    public let savedAt: Date
    public let operatorName: String

    public init(fields: [FieldID: String], openedAt: Date, savedAt: Date, operatorName: String) {
        self.fields = fields
        self.openedAt = openedAt
        self.savedAt = savedAt
        self.operatorName = operatorName
    }
}
