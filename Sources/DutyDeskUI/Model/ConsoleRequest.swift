import DutyDeskCore
import Foundation

/// A form open over the console, and what it is for.
public struct OpenForm: Sendable {
    public enum Purpose: Sendable, Equatable {
        case intake
        case caseAction(CaseActionKind, CaseID)
    }

    public let purpose: Purpose
    public var form: Form
    public let openedAt: Date
}

/// What the console asks the app to do: the reducer stays pure, the runner touches the ledger
/// and the draft file, then reports back with `succeeded` or `refused`.
public enum ConsoleRequest: Sendable, Equatable {
    case report(Recorder.Intake)
    case link(code: String, report: LinkedReport)
    case act(code: String, action: CaseAction)
    case saveDraft([String: String])
    case discardDraft
}

/// An intake draft left by an earlier run, offered back at start.
public struct DraftOffer: Sendable, Equatable {
    public let fields: [String: String]
    public let savedAt: Date
    public let recorder: String

    public init(fields: [String: String], savedAt: Date, recorder: String) {
        self.fields = fields
        self.savedAt = savedAt
        self.recorder = recorder
    }
}
