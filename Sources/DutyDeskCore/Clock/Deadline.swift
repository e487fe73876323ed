import Foundation

/// Which obligation a case's clock is counting down to.
public enum DeadlineKind: String, Sendable, CaseIterable {
    /// 特别重大/重大: a press conference within 24 h of discovery.
    case pressConference = "press-conference"
    /// Any other case: the first public response within 48 h of discovery.
    case response
    /// After the first release, until closed: the next release within the desk's cadence.
    case followUp = "follow-up"
    /// 重大/特别重大 opinion: reported 第一时间 to the government office and the cyberspace office.
    case firstReport = "first-report"
}

/// How close a clock is to breach. Each band is shown by a word or symbol as well as colour.
public enum ClockBand: Int, Sendable, Comparable, CaseIterable {
    /// Less than half the allowed time used.
    case fresh
    /// Half used (the notices' 50 % anchor).
    case warning
    /// Three quarters used (75 %).
    case critical
    /// Past due: shown as overdue time, never hidden.
    case overdue

    public static func < (lhs: ClockBand, rhs: ClockBand) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One running clock: it started at `startsAt` and is due at `dueAt`.
public struct Deadline: Sendable, Equatable {
    public let kind: DeadlineKind
    public let startsAt: Date
    public let dueAt: Date

    public init(kind: DeadlineKind, startsAt: Date, dueAt: Date) {
        self.kind = kind
        self.startsAt = startsAt
        self.dueAt = dueAt
    }

    /// Whole seconds left, rounded down; negative once overdue.
    public func secondsLeft(at now: Date) -> Int {
        Int((dueAt.timeIntervalSince(now)).rounded(.down))
    }

    public func band(at now: Date) -> ClockBand {
        let allowed = dueAt.timeIntervalSince(startsAt)
        let used = now.timeIntervalSince(startsAt)
        guard allowed > 0, used < allowed else { return .overdue }
        let share = used / allowed
        if share >= 0.75 { return .critical }
        if share >= 0.5 { return .warning }
        return .fresh
    }
}
