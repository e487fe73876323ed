import Foundation

/// 网上问题，网下解决 in the reports: the brief sets each unit's online feedback beside its steps on
/// the ground, and says when the case closed before a unit answered and why; the stats count such closures.
enum OfflineSection {
    /// Only when a unit recorded a step on the ground or the case closed before its units answered
    /// (older briefs read as they did; their feedback has its own section).
    static func brief(_ subject: Case, _ context: ReportContext) -> [ReportSection] {
        let pending = subject.closure.flatMap { $0.unitsPendingReason.isEmpty ? nil : $0 }
        guard !subject.offlineSteps.isEmpty || pending != nil else { return [] }
        let strings = context.strings, words = strings.offline
        func time(_ date: Date) -> String { DisplayTime.minutes(date, in: context.timeZone) + " " }
        let units = subject.unitsWithRole + (subject.feedback.map(\.unit) + subject.offlineSteps.map(\.unit))
            .filter { !subject.unitsWithRole.contains($0) }
        var seen = Set<String>()
        let rows = units.filter { seen.insert($0).inserted }.map { unit -> [ReportCell] in
            let online = subject.feedback.filter { $0.unit == unit }.map { time($0.at) + $0.text }
            let offline = subject.offlineSteps.filter { $0.unit == unit }.map { time($0.at) + strings.offlineStepText($0) }
            return [.text(unit), .text(online.joined(separator: strings.listSeparator)),
                    .text(offline.joined(separator: strings.listSeparator))]
        }
        let closedPending = pending.map { closure in
            [ReportFact("unitsPending", words.pendingColumn, .text(closure.unitsPending.joined(separator: words.listSeparator))),
             ReportFact("unitsPendingReason", words.reasonColumn, .text(closure.unitsPendingReason))]
        } ?? []
        return [ReportSection(
            key: "onlineOffline", title: words.sideBySideTitle, facts: closedPending,
            table: context.table(
                [.init("unit", words.unitColumn), .init("online", words.onlineColumn),
                 .init("offline", words.offlineColumn)],
                rows))]
    }

    /// The period's cases closed as 办结 before a unit answered, with why; only when there is one.
    static func stats(_ cases: [Case], _ context: ReportContext) -> [ReportSection] {
        let closed = cases.filter { !($0.closure?.unitsPendingReason.isEmpty ?? true) }.sorted { $0.code < $1.code }
        guard !closed.isEmpty else { return [] }
        let words = context.strings.offline
        return [ReportSection(
            key: "closedBeforeUnitsAnswered", title: words.pendingTitle,
            table: context.table(
                [.init("unit", words.unitColumn), .init("code", words.casesColumn),
                 .init("unitsPending", words.pendingColumn), .init("reason", words.reasonColumn)],
                closed.map { subject in
                    [.text(context.unitName(subject)), .text(subject.code),
                     .text(subject.closure?.unitsPending.joined(separator: words.listSeparator) ?? ""),
                     .text(subject.closure?.unitsPendingReason ?? "")]
                }))]
    }
}
