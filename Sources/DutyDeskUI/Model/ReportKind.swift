import DutyDeskCore
import Foundation

/// The documents the console's report screen pages through: what the next shift inherits first,
/// then the day, the month's figures and 通报, and the selected case written up. (The analysis has
/// its own screen; accountability is the CLI's.)
extension ReportKind {
    public static let console: [ReportKind] = [.handover, .daily, .stats, .overdue, .caseBrief]

    public var next: ReportKind { Self.console[((Self.console.firstIndex(of: self) ?? 0) + 1) % Self.console.count] }
    public var previous: ReportKind {
        Self.console[((Self.console.firstIndex(of: self) ?? 0) + Self.console.count - 1) % Self.console.count]
    }

    /// The document as the desk stands at `now`, over the kind's default period ending today.
    /// Nil for a case brief with no case selected.
    func document(_ state: ConsoleState, now: Date) -> ReportDocument? {
        let context = ReportContext(now: now, timeZone: state.timeZone, policy: state.policy, deskName: state.deskName,
                                    language: state.language)
        // A kind not over days (handover, case brief) reads none; today stands in for its period.
        let period = defaultPeriod(endingAt: now, in: state.timeZone) ?? ReportKind.daily.defaultPeriod(endingAt: now, in: state.timeZone)!
        switch self {
        case .handover:
            return HandoverReport.document(state.desk, context: context, operatorName: state.operatorName,
                                           horizonHours: state.settings.handoverHorizonHours, anchor: state.anchor,
                                           patrolHours: state.settings.patrolHours)
        case .daily:
            return DailyReport.document(state.desk, day: period.last, context: context, patrolHours: state.settings.patrolHours)
        case .stats:
            return StatsReport.document(TimelinessStats(state.desk, period: period, policy: state.policy, now: now,
                                                        timeZone: state.timeZone),
                                        decisions: state.desk.decisions, context: context)
        case .overdue:
            return OverdueReport.document(state.desk, period: period, context: context)
        case .analysis:
            return AnalysisReport.document(state.desk, period: period, context: context)
        case .accountability:
            return AccountabilityReport.document(state.desk, period: period, context: context)
        case .caseBrief:
            return state.selected.flatMap { state.desk[$0] }.map { subject in
                CaseBrief.document(subject, context: context, assessment: state.desk.findAssessment(code: subject.report.assessment))
            }
        }
    }
}
