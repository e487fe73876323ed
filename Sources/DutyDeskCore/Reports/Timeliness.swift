import Foundation

/// How a case fared against its clocks, judged after the fact for assessment (考核) and 通报.
///
/// The first deadline and what meets it are `DeadlinePolicy.firstDeadline` and `firstMilestone`:
/// the same rule the live clocks run on.
public struct FirstDeadline: Sendable, Equatable {
    public enum Verdict: String, Sendable {
        /// Met by the due time.
        case onTime = "on-time"
        /// Met, but after the due time.
        case late
        /// Not met, and the due time passed while the case was open.
        case missed
        /// Not met, still open, not yet due.
        case pending
        /// Closed before its due time without a release (a duplicate, a false report): nothing to judge.
        case exempt

        /// Counted in the on-time share: the case had its chance to meet the deadline.
        public var isJudged: Bool { self == .onTime || self == .late || self == .missed }
        public var isOverdue: Bool { self == .late || self == .missed }
    }

    public let kind: DeadlineKind
    public let dueAt: Date
    public let metAt: Date?
    public let verdict: Verdict
    /// How late: the milestone after the due time, or (missed) the closure or now after it.
    public let lateBy: Int?

    public init(_ subject: Case, policy: DeadlinePolicy, now: Date) {
        let first = policy.firstDeadline(for: subject)
        kind = first.kind
        dueAt = first.dueAt
        metAt = policy.firstMilestone(of: subject)
        if let metAt {
            verdict = metAt <= dueAt ? .onTime : .late
            lateBy = metAt <= dueAt ? nil : Int(metAt.timeIntervalSince(dueAt))
        } else {
            let end = subject.closure?.at ?? now
            if end > dueAt {
                verdict = .missed
                lateBy = Int(end.timeIntervalSince(dueAt))
            } else {
                verdict = subject.closure == nil ? .pending : .exempt
                lateBy = nil
            }
        }
    }
}

/// A deadline a case did not keep: its first one, or a follow-up release (持续发布) that came
/// later than the desk's cadence after the one before, or never came while the case stayed open.
public struct MissedDeadline: Sendable, Equatable {
    public let kind: DeadlineKind
    public let dueAt: Date
    /// When it was finally met; nil when it still was not (or the case closed first).
    public let metAt: Date?
    public let lateBy: Int
}

public enum Timeliness {
    /// Every deadline the case missed, in order. Follow-up clocks run from the first milestone
    /// (the press conference for a major case, else the first release) from one release to the next.
    public static func missedDeadlines(of subject: Case, policy: DeadlinePolicy, now: Date) -> [MissedDeadline] {
        let first = FirstDeadline(subject, policy: policy, now: now)
        var missed: [MissedDeadline] = []
        if first.verdict.isOverdue, let lateBy = first.lateBy {
            missed.append(MissedDeadline(kind: first.kind, dueAt: first.dueAt, metAt: first.metAt, lateBy: lateBy))
        }
        guard let start = first.metAt else { return missed }
        let releases = (subject.responses.map(\.at) + subject.pressConferences.map(\.at)).filter { $0 > start }.sorted()
        var previous = start
        for release in releases {
            let due = previous.addingTimeInterval(policy.followUpCadence)
            if release > due {
                missed.append(MissedDeadline(kind: .followUp, dueAt: due, metAt: release,
                                             lateBy: Int(release.timeIntervalSince(due))))
            }
            previous = release
        }
        let due = previous.addingTimeInterval(policy.followUpCadence)
        let end = subject.closure?.at ?? now
        if end > due {
            missed.append(MissedDeadline(kind: .followUp, dueAt: due, metAt: nil, lateBy: Int(end.timeIntervalSince(due))))
        }
        return missed
    }
}
