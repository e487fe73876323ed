import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

extension DetailScreen {
    /// The case's drafts: where each waits and for how long, what it says, and every co-operating
    /// unit's word on it (agreed, objected with what, or not yet).
    static func draftLines(_ subject: Case, state: ConsoleState, now: Date) -> [Line] {
        guard !subject.drafts.isEmpty else { return [] }
        let domain = state.strings.domain
        let words = domain.release
        let language = domain.language
        func time(_ date: Date) -> String { DisplayTime.minutes(date, in: state.timeZone) }
        var lines: [Line] = [[Segment(text: "■ " + words.draftsTitle, role: .helpTitle)]]
        for draft in subject.drafts {
            let pending = subject.stage(of: draft).isPending
            lines.append([Segment(text: fill(words.draftNumber, draft.number) + "  ", role: .label),
                          Segment(text: SafeText.singleLine(domain.releaseStage(draft, in: subject, now: now)),
                                  role: pending ? .clockWarning : .muted),
                          Segment(text: "  \(time(draft.draftedAt)) \(SafeText.singleLine(draft.draftedBy))", role: .muted)])
            let details = [draft.draft.method.name(in: language), draft.draft.channel, draft.draft.spokesperson,
                           domain.wordingUsed(draft.draft.wording) ?? ""]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            lines.append([Segment(text: "  " + SafeText.singleLine(details) + (language == .chinese ? "：" : ": "), role: .label),
                          Segment(text: SafeText.singleLine(draft.draft.text), role: .value)])
            guard pending else { continue }
            for unit in subject.cooperatingUnits {
                let word = draft.confirmations.first { $0.unit == unit }
                let text = word.map { $0.confirms ? "✓ " + words.agreed + " " + time($0.at)
                    : "✗ " + fill(words.objects, "", $0.objection).trimmingSpaces() } ?? "… " + words.waiting
                lines.append([Segment(text: "  " + SafeText.singleLine(unit) + "  ", role: .label),
                              Segment(text: SafeText.singleLine(text), role: word?.confirms == true ? .muted : .value)])
            }
        }
        lines.append([])
        return lines
    }
}
