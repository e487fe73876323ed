import Foundation

/// A case together with its clock at one moment: what every queue, list and report shows.
public struct CaseStanding: Sendable, Equatable {
    public let subject: Case
    public let deadline: Deadline?
    public let secondsLeft: Int?
    public let band: ClockBand?

    public init(_ subject: Case, policy: DeadlinePolicy, now: Date) {
        self.subject = subject
        deadline = policy.deadline(for: subject)
        secondsLeft = deadline?.secondsLeft(at: now)
        band = deadline?.band(at: now)
    }
}

public enum CaseQueries {
    /// Least time left first (overdue cases lead); closed cases, without a clock, last by code.
    public static func queue(_ state: DeskState, policy: DeadlinePolicy, now: Date, includeClosed: Bool)
        -> [CaseStanding] {
        state.cases
            .filter { includeClosed || $0.closure == nil }
            .map { CaseStanding($0, policy: policy, now: now) }
            .sorted(by: byTimeLeft)
    }

    static func byTimeLeft(_ lhs: CaseStanding, _ rhs: CaseStanding) -> Bool {
        switch (lhs.secondsLeft, rhs.secondsLeft) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.subject.code < rhs.subject.code
        }
    }
}
