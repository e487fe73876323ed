import DutyDeskCore

/// The queue's tabs: one per stage of a case, and everything.
public enum Lane: Int, CaseIterable, Sendable {
    case pendingTriage, handling, releasing, closed, all

    /// The one status the lane shows; nil for all of them.
    public var status: CaseStatus? {
        switch self {
        case .pendingTriage: .pendingTriage
        case .handling: .handling
        case .releasing: .releasing
        case .closed: .closed
        case .all: nil
        }
    }

    public var next: Lane { Lane(rawValue: (rawValue + 1) % Lane.allCases.count)! }
    public var previous: Lane { Lane(rawValue: (rawValue + Lane.allCases.count - 1) % Lane.allCases.count)! }
}
