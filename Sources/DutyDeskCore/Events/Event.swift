import Foundation

/// Identifies one case across desks: a UUID, so that ledgers of several desks can be merged
/// later without clashes. The human-facing handle is the case code (YQ-YYYYMMDD-NNN).
public struct CaseID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A past-tense fact as it stands in the ledger. Events are never edited; a correction is a new event.
public struct Event: Sendable, Equatable {
    /// Gapless position in the ledger, from 1 (the ledger's own creation).
    public let seq: Int
    /// A UUID, unique across desks.
    public let id: String
    /// When the desk wrote it down (a milestone's own time, when it happened, is in the body).
    public let recordedAt: Date
    /// The operator (值班员) who recorded it.
    public let operatorName: String
    public let caseID: CaseID?
    public let body: EventBody

    public init(seq: Int, id: String, recordedAt: Date, operatorName: String, caseID: CaseID?, body: EventBody) {
        self.seq = seq
        self.id = id
        self.recordedAt = recordedAt
        self.operatorName = operatorName
        self.caseID = caseID
        self.body = body
    }
}

/// What a command wants appended; the store gives it a sequence number, an id, a hash and a time.
public struct EventDraft: Sendable, Equatable {
    public let caseID: CaseID?
    public let body: EventBody

    public init(caseID: CaseID?, body: EventBody) {
        self.caseID = caseID
        self.body = body
    }
}
