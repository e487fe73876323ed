import Foundation

/// How a case fared against its first deadline, judged after the fact for assessment (考核) and 通报.
///
/// The first deadline and what meets it are `DeadlinePolicy.firstDeadline` and `firstMilestone`:
/// the same rule the live clocks run on. A deadline the ledger once showed as passed unmet
/// (`Timeliness.breaches`) is the one judged, whatever was recorded later: a closure, a
/// correction or a regrade cannot make it disappear. A milestone typed after that but stating an
/// earlier time counts when it happened (DOMAIN.md) and is kept as 补录 (`lateRecorded`).
public struct FirstDeadline: Sendable, Equatable {
    public enum Verdict: String, Sendable {
        /// Met by the due time.
        case onTime = "on-time"
        /// Met, but after the due time.
        case late
        /// Not met, and the due time passed while the case was open, or the case was closed
        /// without a release and not as a duplicate or false report recorded in time.
        case missed
        /// Not met, not yet due.
        case pending
        /// Closed as 重复 or 误报, recorded before the due time, without a release: nothing to judge.
        case exempt

        /// Counted in the on-time share: the case had its chance to meet the deadline.
        public var isJudged: Bool { self == .onTime || self == .late || self == .missed }
        public var isOverdue: Bool { self == .late || self == .missed }
    }

    public let kind: DeadlineKind
    public let dueAt: Date
    public let metAt: Date?
    public let verdict: Verdict
    /// How late: the milestone after the due time, or (missed) until the deadline stopped
    /// running (a closure recorded, a regrade, or now) after it.
    public let lateBy: Int?
    /// The milestone that met the deadline only after the desk had shown it passed (补录).
    public let lateRecorded: LateRecordedMilestone?

    public init(_ subject: Case, policy: DeadlinePolicy, now: Date) {
        self.init(subject, policy: policy, now: now, breaches: Timeliness.breaches(of: subject, policy: policy))
    }

    init(_ subject: Case, policy: DeadlinePolicy, now: Date, breaches: [Breach]) {
        let end = subject.closure?.recordedAt ?? now
        if let breach = breaches.first(where: { $0.kind == .pressConference || $0.kind == .response }) {
            kind = breach.kind
            dueAt = breach.dueAt
            let met = subject.releases.first { breach.kind != .pressConference || $0.isPressConference }
            metAt = met?.at
            if let met, met.at <= breach.dueAt {
                verdict = .onTime
                lateBy = nil
                lateRecorded = LateRecordedMilestone(kind: breach.kind, dueAt: breach.dueAt, release: met)
            } else {
                verdict = met == nil ? .missed : .late
                lateBy = Int((met?.at ?? breach.endedAt ?? end).timeIntervalSince(breach.dueAt))
                lateRecorded = nil
            }
            return
        }
        let first = policy.firstDeadline(for: subject)
        kind = first.kind
        dueAt = first.dueAt
        metAt = policy.firstMilestone(of: subject)
        lateRecorded = nil
        if let metAt {
            verdict = metAt <= dueAt ? .onTime : .late
            lateBy = metAt <= dueAt ? nil : Int(metAt.timeIntervalSince(dueAt))
        } else if let closure = subject.closure, closure.reason != .resolved, closure.recordedAt <= dueAt {
            verdict = .exempt
            lateBy = nil
        } else if now > dueAt {
            verdict = .missed
            lateBy = max(0, Int(end.timeIntervalSince(dueAt)))
        } else {
            verdict = .pending
            lateBy = nil
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

/// 补录: a release typed after its deadline had passed on the desk, stating a time before it.
/// It counts when it happened; reports show it with both times and who typed it.
public struct LateRecordedMilestone: Sendable, Equatable {
    public let kind: DeadlineKind
    public let dueAt: Date
    public let happenedAt: Date
    public let recordedAt: Date
    public let operatorName: String

    init(kind: DeadlineKind, dueAt: Date, release: Release) {
        self.init(kind: kind, dueAt: dueAt, happenedAt: release.at, recordedAt: release.recordedAt,
                  operatorName: release.operatorName)
    }

    init(kind: DeadlineKind, dueAt: Date, happenedAt: Date, recordedAt: Date, operatorName: String) {
        self.kind = kind
        self.dueAt = dueAt
        self.happenedAt = happenedAt
        self.recordedAt = recordedAt
        self.operatorName = operatorName
    }
}

/// A clock the ledger showed as passed: when a later event of the case was recorded, this
/// deadline was still the case's clock and its due time had gone by.
struct Breach: Sendable, Equatable {
    let kind: DeadlineKind
    let startsAt: Date
    let dueAt: Date
    /// When it stopped being the case's clock (the event after which another clock ran, or none
    /// did); nil while it still is.
    var endedAt: Date?

    init(_ deadline: Deadline) {
        kind = deadline.kind
        startsAt = deadline.startsAt
        dueAt = deadline.dueAt
    }

    func isClock(_ deadline: Deadline?) -> Bool {
        deadline.map { $0.kind == kind && $0.dueAt == dueAt } ?? false
    }
}

/// Everything assessment says of one case, computed from one replay of its history.
public struct CaseAssessment: Sendable {
    public let first: FirstDeadline
    /// Every deadline missed, in order of due time.
    public let missed: [MissedDeadline]
    /// Every deadline met only by a 补录 entry.
    public let lateRecorded: [LateRecordedMilestone]
    /// Whether its opinion level called for a first report (第一时间报告), now or when the clock passed.
    public let firstReportDue: Bool
    /// The first report, when it came late or never.
    public let firstReportMissed: MissedDeadline?

    public init(_ subject: Case, policy: DeadlinePolicy, now: Date) {
        let breaches = Timeliness.breaches(of: subject, policy: policy)
        first = FirstDeadline(subject, policy: policy, now: now, breaches: breaches)
        var missed: [MissedDeadline] = []
        var lateRecorded = first.lateRecorded.map { [$0] } ?? []
        if first.verdict.isOverdue, let lateBy = first.lateBy {
            missed.append(MissedDeadline(kind: first.kind, dueAt: first.dueAt, metAt: first.metAt, lateBy: lateBy))
        }
        let computed = Timeliness.followUpsMissed(subject, after: first.metAt, policy: policy, now: now)
        missed += computed
        let end = subject.closure?.recordedAt ?? now
        // The first deadline is judged above; any other clock the ledger showed passed is either
        // among the follow-ups as the releases stand now, or was met only by a 补录, or is missed.
        let report = Self.firstReport(subject, breaches: breaches, policy: policy, now: now)
        firstReportDue = report.due
        firstReportMissed = report.missed
        missed += report.missed.map { [$0] } ?? []
        lateRecorded += report.lateRecorded.map { [$0] } ?? []
        for breach in breaches where breach.kind != .firstReport && !(breach.kind == first.kind && breach.dueAt == first.dueAt)
            && !missed.contains(where: { $0.kind == breach.kind && $0.dueAt == breach.dueAt }) {
            let releases = subject.releases.filter { breach.kind != .pressConference || $0.isPressConference }
            if let healing = releases.first(where: { $0.at > breach.startsAt && $0.at <= breach.dueAt }) {
                lateRecorded.append(LateRecordedMilestone(kind: breach.kind, dueAt: breach.dueAt, release: healing))
            } else {
                let met = releases.first { $0.at > breach.dueAt }
                missed.append(MissedDeadline(kind: breach.kind, dueAt: breach.dueAt, metAt: met?.at,
                                             lateBy: Int((met?.at ?? breach.endedAt ?? end).timeIntervalSince(breach.dueAt))))
            }
        }
        self.missed = missed.sorted { $0.dueAt < $1.dueAt }
        self.lateRecorded = lateRecorded
    }

    /// The first report is judged like the first deadline: by the deadline the desk showed passed,
    /// if it did, else by the one the opinion level calls for now; it is met once every recipient
    /// was reported to.
    private static func firstReport(_ subject: Case, breaches: [Breach], policy: DeadlinePolicy, now: Date)
        -> (due: Bool, missed: MissedDeadline?, lateRecorded: LateRecordedMilestone?) {
        let breach = breaches.first { $0.kind == .firstReport }
        guard let due = breach?.dueAt ?? policy.firstReportDue(for: subject)?.dueAt else { return (false, nil, nil) }
        let met = policy.firstReportMet(by: subject)
        if let met, met <= due {
            let typed = subject.timeline.first { entry in
                if case .reportedUp(let report) = entry.body { return report.at == met }
                return false
            }
            let late = breach.flatMap { _ in typed }.map {
                LateRecordedMilestone(kind: .firstReport, dueAt: due, happenedAt: met, recordedAt: $0.recordedAt,
                                      operatorName: $0.operatorName)
            }
            return (true, nil, late)
        }
        let end = met ?? breach?.endedAt ?? subject.closure?.recordedAt ?? now
        guard end > due else { return (true, nil, nil) }
        return (true, MissedDeadline(kind: .firstReport, dueAt: due, metAt: met, lateBy: Int(end.timeIntervalSince(due))), nil)
    }
}

public enum Timeliness {
    /// Follow-up clocks as the case's releases stand: from the first milestone (the press
    /// conference for a major case, else the first release) from one release to the next, until
    /// the closure was recorded.
    static func followUpsMissed(_ subject: Case, after start: Date?, policy: DeadlinePolicy, now: Date)
        -> [MissedDeadline] {
        guard let start else { return [] }
        var missed: [MissedDeadline] = []
        var previous = start
        for release in subject.releases.map(\.at) where release > start {
            let due = previous.addingTimeInterval(policy.followUpCadence)
            if release > due {
                missed.append(MissedDeadline(kind: .followUp, dueAt: due, metAt: release,
                                             lateBy: Int(release.timeIntervalSince(due))))
            }
            previous = release
        }
        let due = previous.addingTimeInterval(policy.followUpCadence)
        let end = subject.closure?.recordedAt ?? now
        if end > due {
            missed.append(MissedDeadline(kind: .followUp, dueAt: due, metAt: nil, lateBy: Int(end.timeIntervalSince(due))))
        }
        return missed
    }

    /// Replays the case's own history and notes every clock whose due time had passed, unmet,
    /// when the next event of the case was recorded: what the desk showed as 超时 at that moment.
    static func breaches(of subject: Case, policy: DeadlinePolicy) -> [Breach] {
        guard let opening = subject.timeline.first, case .caseReported(let report) = opening.body else { return [] }
        var replay = Case(id: subject.id, report: report, event: opening.event(of: subject.id))
        // Two clocks run apart: the releases' (first deadline, then follow-ups) and the first report's.
        let clocks: [(Case) -> Deadline?] = [policy.deadline(for:), policy.firstReportDeadline(for:)]
        var found: [Breach] = []
        var running: [Int?] = clocks.map { _ in nil }
        for entry in subject.timeline.dropFirst() {
            for (track, clock) in clocks.enumerated() where running[track] == nil {
                if let deadline = clock(replay), deadline.dueAt < entry.recordedAt {
                    found.append(Breach(deadline))
                    running[track] = found.count - 1
                }
            }
            replay.apply(entry.event(of: subject.id))
            for (track, clock) in clocks.enumerated() {
                if let index = running[track], !found[index].isClock(clock(replay)) {
                    found[index].endedAt = entry.recordedAt
                    running[track] = nil
                }
            }
        }
        return found
    }
}

extension TimelineEntry {
    /// The event this line was made from, to replay a case's history on its own.
    func event(of caseID: CaseID) -> Event {
        Event(seq: seq, id: eventID, recordedAt: recordedAt, operatorName: operatorName, caseID: caseID, body: body)
    }
}
