import DutyDeskCore

/// The queue's tabs: one per stage of a case, and everything.
public enum Lane: Int, CaseIterable, Sendable {
    case pendingTriage, handling, releasing, closed, all

    public func contains(_ subject: Case) -> Bool {
        switch self {
        case .pendingTriage: subject.status == .pendingTriage
        case .handling: subject.status == .handling
        case .releasing: subject.status == .releasing
        case .closed: subject.status == .closed
        case .all: true
        }
    }

    public var next: Lane { Lane(rawValue: (rawValue + 1) % Lane.allCases.count)! }
    public var previous: Lane { Lane(rawValue: (rawValue + Lane.allCases.count - 1) % Lane.allCases.count)! }
}
