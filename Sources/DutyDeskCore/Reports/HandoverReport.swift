import Foundation

/// Where the ledger stood when a report was made: the incoming operator notes it, and a later
/// review can prove nothing before it was changed.
public struct LedgerAnchor: Sendable, Equatable {
    public let eventCount: Int
    public let headHash: String

    public init(eventCount: Int, headHash: String) {
        self.eventCount = eventCount
        self.headHash = headHash
    }

    /// No ledger yet: nothing to anchor.
    public static let none = LedgerAnchor(eventCount: 0, headHash: "")
}

/// 交接班记录: what the next shift inherits.
public enum HandoverReport {
    public static func document(_ state: DeskState, context: ReportContext, operatorName: String, horizonHours: Double,
                                anchor: LedgerAnchor, patrolHours: Double = DeskSettings().patrolHours) -> ReportDocument {
        let now = context.now
        let open = CaseQueries.queue(state, policy: context.policy, now: now, includeClosed: false)
        let horizon = Int(horizonHours * DeadlinePolicy.hour)
        let shiftStart = state.shiftStartedAt
        let recorded = state.casesRecordedThisShift
        // A closed case's open items are in its summary: the handover decodes none of them.
        let cases = state.cases
        let items = cases.indices.flatMap { index -> [(code: String, item: CaseList.Summary.OpenItem)] in
            if let summary = cases.summary(index) { return summary.openItems.map { (summary.code, $0) } }
            let subject = cases[index]
            return subject.supervisedItems.filter(\.isOpen).map { (subject.code, CaseList.Summary.OpenItem($0)) }
        }.sorted { $0.item.dueAt < $1.item.dueAt }
        let words = context.words
        return context.document(.handover, facts: [
            context.fact("onDuty", .text(state.onDuty ?? operatorName)),
            context.fact("shiftStart", context.time(shiftStart)),
            context.fact("eventCount", .integer(anchor.eventCount)),
            context.fact("headHash", .text(anchor.headHash)),
        ] + state.checkpoints.suffix(1).map { context.fact("checkpoint", .text($0.token)) }, sections: [
            ReportSection(key: "overdue", title: words.section("overdue"),
                          table: context.caseTable(open.filter(\.isOverdue))),
            ReportSection(key: "dueSoon", title: words.section("dueSoon") + " · " + fill(words.dueWithin, format(horizonHours)),
                          table: context.caseTable(open.filter { standing in
                              standing.mostUrgent.map { (0...horizon).contains($0.secondsLeft) } ?? false
                          })),
            ReportSection(key: "open", title: words.section("open"), table: context.caseTable(open)),
            ReportSection(key: "supervision", title: words.section("supervision"),
                          table: context.table(["code", "source", "text", "dueAt", "left"], items.map { code, item in
                              [.text(code), .text(item.owner), .text(item.text),
                               context.time(item.dueAt), context.left(item.deadline.secondsLeft(at: now))]
                          })),
            ReportSection(key: "recorded", title: words.section("recorded"),
                          table: context.table(["code", "title", "recordedAt", "recordedBy", "status"], recorded.map { subject in
                              [.text(subject.code), .text(subject.title), context.time(subject.recordedAt),
                               .text(subject.operatorName), .text(subject.status.name(in: context.language))]
                          })),
            PatrolSection.section(state.patrols, from: shiftStart ?? now, to: now, hours: patrolHours, context: context),
        ] + ChecklistSection.handover(open, context))
    }

    /// "12" rather than "12.0" for whole hours.
    private static func format(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(hours)
    }
}
