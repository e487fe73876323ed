import DutyDeskCore
import Foundation

/// The documents the console shows: what the next shift inherits first, then the day, the month's
/// figures and 通报, and the selected case written up.
public enum ReportKind: String, Sendable, CaseIterable {
    case handover, daily, stats, overdue
    case caseBrief = "case"

    public var next: ReportKind { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    public var previous: ReportKind {
        Self.allCases[(Self.allCases.firstIndex(of: self)! + Self.allCases.count - 1) % Self.allCases.count]
    }

    /// The document as the desk stands at `now`: today's log, this month to date for the figures.
    /// Nil for a case brief with no case selected.
    func document(_ state: ConsoleState, now: Date) -> ReportDocument? {
        let context = ReportContext(now: now, timeZone: state.timeZone, policy: state.policy, deskName: state.deskName,
                                    language: state.language)
        let moment = CivilTime(now, in: state.timeZone)
        let today = CivilTime(year: moment.year, month: moment.month, day: moment.day)
        let month = DayRange(first: CivilTime(year: today.year, month: today.month, day: 1), last: today)
        switch self {
        case .handover:
            return HandoverReport.document(state.desk, context: context, operatorName: state.operatorName,
                                           horizonHours: state.settings.handoverHorizonHours, anchor: state.anchor,
                                           patrolHours: state.settings.patrolHours)
        case .daily:
            return DailyReport.document(state.desk, day: today, context: context, patrolHours: state.settings.patrolHours)
        case .stats:
            return StatsReport.document(TimelinessStats(state.desk, period: month, policy: state.policy, now: now,
                                                        timeZone: state.timeZone),
                                        decisions: state.desk.decisions, context: context)
        case .overdue:
            return OverdueReport.document(state.desk, period: month, context: context)
        case .caseBrief:
            return state.selected.flatMap { state.desk[$0] }.map { subject in
                CaseBrief.document(subject, context: context, assessment: state.desk.findAssessment(code: subject.report.assessment))
            }
        }
    }
}
