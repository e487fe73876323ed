import Foundation

/// 考核统计: timeliness figures for a group of cases (one unit, one grade, or all).
///
/// - `share` is on time over judged (see `FirstDeadline.Verdict.isJudged`); nil when none is judged.
/// - Times to first release and to press conference are from discovery, in seconds; the median
///   and 90th percentile use the nearest-rank method (the ⌈p·n⌉-th smallest), so every figure
///   is one of the cases' own times and can be checked by hand.
/// - `overdue` counts cases whose first deadline was late or missed, including every one the
///   ledger once showed passed (a later closure, correction or regrade does not erase it).
/// - `lateRecorded` counts the on-time cases whose milestone was typed only after the desk had
///   shown the deadline passed (补录): on time by when it happened, listed so a supervisor sees it.
/// - `firstReportsDue` counts the 重大/特别重大 opinions that had to be reported 第一时间, and
///   `firstReportsMissed` those reported late or not at all.
public struct TimelinessFigures: Sendable, Equatable {
    public let name: String
    public let cases: Int
    public let judged: Int
    public let onTime: Int
    public let overdue: Int
    public let lateRecorded: Int
    public let firstReportsDue: Int
    public let firstReportsMissed: Int
    public let firstReleaseMedian: Int?
    public let firstReleaseP90: Int?
    public let pressConferenceMedian: Int?
    public let pressConferenceP90: Int?

    public var share: Double? { judged == 0 ? nil : Double(onTime) / Double(judged) }

    init(name: String, cases: [Case], policy: DeadlinePolicy, now: Date) {
        self.init(name: name, assessed: cases.map { ($0, CaseAssessment($0, policy: policy, now: now)) })
    }

    /// The figures of cases already assessed: a period's groups share one assessment per case.
    init(name: String, assessed: [(subject: Case, assessment: CaseAssessment)]) {
        self.name = name
        cases = assessed.count
        let assessments = assessed.map(\.assessment)
        let cases = assessed.map(\.subject)
        let firsts = assessments.map(\.first)
        judged = firsts.filter(\.verdict.isJudged).count
        onTime = firsts.filter { $0.verdict == .onTime }.count
        overdue = firsts.filter(\.verdict.isOverdue).count
        lateRecorded = firsts.filter { $0.lateRecorded != nil }.count
        firstReportsDue = assessments.filter(\.firstReportDue).count
        firstReportsMissed = assessments.filter { $0.firstReportMissed != nil }.count
        let toRelease = cases.compactMap { subject in subject.firstReleaseAt.map { Int($0.timeIntervalSince(subject.discoveredAt)) } }
        // A closure, not `\.grade`: a key path to a copy-on-write field names its private modify
        // accessor, which a debug build cannot link from this file.
        let toPress = cases.filter { $0.grade.requiresPressConference }.compactMap { subject in
            subject.firstPressConferenceAt.map { Int($0.timeIntervalSince(subject.discoveredAt)) }
        }
        firstReleaseMedian = Self.percentile(50, of: toRelease)
        firstReleaseP90 = Self.percentile(90, of: toRelease)
        pressConferenceMedian = Self.percentile(50, of: toPress)
        pressConferenceP90 = Self.percentile(90, of: toPress)
    }

    /// Nearest rank: the ⌈p/100 · n⌉-th smallest value.
    static func percentile(_ p: Int, of values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let rank = (p * values.count + 99) / 100
        return values.sorted()[max(1, rank) - 1]
    }
}

/// The figures of the cases of one level or grade, with the value itself, so a report names it in its
/// language without reading it back from a code.
public struct ValueFigures<Value: Vocabulary & Sendable>: Sendable, Equatable {
    public let value: Value
    public let figures: TimelinessFigures
}

/// The figures for a period: cases discovered on its days, per unit, per opinion level, per
/// emergency grade and in total, and how many were discovered each local day.
public struct TimelinessStats: Sendable, Equatable {
    public struct Day: Sendable, Equatable {
        public let day: CivilTime
        public let cases: Int
    }

    public let period: DayRange
    public let byUnit: [TimelinessFigures]
    public let byLevel: [ValueFigures<OpinionLevel>]
    public let byGrade: [ValueFigures<Grade>]
    public let total: TimelinessFigures
    public let perDay: [Day]
    /// Draft → sign-off → publication, per unit, for the period's cases that drafted a release.
    public let releaseWorkflow: [ReleaseWorkflowFigures]
    /// Press conferences that did not count (no 负责人 or 新闻发言人 attended), per unit.
    public let uncountedConferences: [UnitFlagCount]
    /// The period's cases, for the sections that list what was flagged on them.
    let cases: [Case]

    public init(_ state: DeskState, period: DayRange, policy: DeadlinePolicy, now: Date, timeZone: TimeZone) {
        self.period = period
        let moments = period.moments(in: timeZone)
        // A case discovered in the period touches it: the others a snapshot archived stay records.
        let cases = state.cases.touching(moments).filter { moments.contains($0.discoveredAt) }
        // Each case's history is replayed once (`CaseAssessment`), whichever groups it counts in.
        let assessed = cases.map { (subject: $0, assessment: CaseAssessment($0, policy: policy, now: now)) }
        // Counted under `Case.answerableUnit`; "" gathers the cases with no unit yet.
        byUnit = Dictionary(grouping: assessed) { $0.subject.answerableUnit ?? "" }.sorted { $0.key < $1.key }.map { unit, group in
            TimelinessFigures(name: unit, assessed: group)
        }
        byLevel = OpinionLevel.allCases.compactMap { level in
            let leveled = assessed.filter { $0.subject.level == level }
            guard !leveled.isEmpty else { return nil }
            return ValueFigures(value: level, figures: TimelinessFigures(name: level.code, assessed: leveled))
        }
        byGrade = Grade.allCases.compactMap { grade in
            let graded = assessed.filter { $0.subject.grade == grade }
            guard !graded.isEmpty else { return nil }
            return ValueFigures(value: grade, figures: TimelinessFigures(name: grade.code, assessed: graded))
        }
        total = TimelinessFigures(name: "", assessed: assessed)
        releaseWorkflow = ReleaseWorkflowFigures.byUnit(cases)
        uncountedConferences = UnitFlagCount.byUnit(cases) { $0.uncountedConferences.count }
        self.cases = cases
        perDay = period.days.map { day in
            let start = day.date(in: timeZone), end = day.addingDays(1).date(in: timeZone)
            return Day(day: day, cases: cases.filter { $0.discoveredAt >= start && $0.discoveredAt < end }.count)
        }
    }
}
