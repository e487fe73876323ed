import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The selected case under the queue, in the rows the list leaves free (as k9s and lazygit
/// split a list and its detail): what it is, who answers for it, its clock and the next step.
enum QueuePreview {
    static func render(_ state: ConsoleState, _ standing: CaseStanding, into grid: inout Grid, from top: Int, to bottom: Int,
                       now: Date) {
        let strings = state.strings
        let subject = standing.subject
        grid.put(String(repeating: "─", count: grid.width), x: 0, y: top, role: .muted)
        grid.put(" \(strings.preview.title) · \(subject.code) ", x: 2, y: top, role: .columnTitle)
        for (offset, line) in lines(state, standing, width: grid.width, now: now).prefix(bottom - top - 1).enumerated() {
            var x = 1
            for segment in line { x += grid.put(segment.text, x: x, y: top + 1 + offset, role: segment.role) }
        }
    }

    static func lines(_ state: ConsoleState, _ standing: CaseStanding, width: Int, now: Date) -> [DetailScreen.Line] {
        let strings = state.strings
        let domain = strings.domain
        let fields = domain.fields
        let language = domain.language
        let subject = standing.subject
        let report = subject.report
        typealias Segment = DetailScreen.Segment
        func time(_ date: Date) -> String { DisplayTime.minutes(date, in: state.timeZone) }
        func pair(_ label: String, _ value: String) -> [Segment] {
            [Segment(text: label + " ", role: .label),
             Segment(text: value.isEmpty ? fields.none : SafeText.singleLine(value), role: .value),
             Segment(text: "   ", role: .normal)]
        }

        // The title whole (two lines at most): the queue's column may have cut it.
        var lines: [DetailScreen.Line] = TextWrap.lines(SafeText.singleLine(report.title), width: width - 2).prefix(2)
            .map { [Segment(text: $0, role: .value)] }
        lines.append([Segment(text: domain.levelTag(subject.level) + " · ", role: .value),
                      Segment(text: domain.gradeTag(subject.grade) + "   ", role: Roles.grade(subject.grade))]
                     + pair(fields.channel, report.channel.name(in: language)) + pair(fields.locality, report.locality)
                     + pair(fields.discoveredAt, time(report.discoveredAt)))
        let units = subject.units.map { assignment in
            "\(assignment.role.name(in: language)) \(assignment.unit)"
                + (subject.acknowledgedBy.contains(assignment.unit) ? " ✓" : "")
        }
        lines.append(pair(fields.units, units.isEmpty ? strings.detailSections.noUnits : units.joined(separator: "；")))
        if let deadline = standing.deadline {
            lines.append([Segment(text: domain.deadlineKind(deadline.kind) + "   ", role: .value)]
                         + pair(fields.dueAt, time(deadline.dueAt))
                         + [Segment(text: fields.timeLeft + " ", role: .label),
                            Segment(text: Roles.countdown(standing.clock, strings: domain), role: Roles.clock(standing.band))])
        } else if let closure = subject.closure {
            lines.append(pair(fields.closedAt, "\(time(closure.at)) (\(closure.reason.name(in: language)))"))
        }
        if let pending = domain.pendingRelease(of: subject, now: now) {
            lines.append([Segment(text: SafeText.singleLine(pending), role: .clockWarning)])
        }
        if domain.conferenceFlag(of: subject) != nil {
            lines.append([Segment(text: domain.speakers.uncounted, role: .clockWarning)])
        }
        if let item = standing.mostUrgent?.item {
            lines.append([Segment(text: SafeText.singleLine(item.owner) + "：", role: .label),
                          Segment(text: SafeText.singleLine(item.text) + "   ", role: .value),
                          Segment(text: domain.urgentClock(standing), role: Roles.clock(standing.mostUrgent?.band))])
        }
        let next = nextStep(subject, standing).map { action in
            (Keymap.bindings.first { $0.action == action && $0.contexts.contains(.queue) }?.label ?? "") + " "
                + strings.action(action)
        }
        lines.append([Segment(text: strings.preview.next + " ", role: .label),
                      Segment(text: next ?? strings.preview.nothingNext, role: next == nil ? .muted : .footerKey)])
        for piece in TextWrap.lines(SafeText.multiLine(report.detail), width: width - 2) where !report.detail.isEmpty {
            lines.append([Segment(text: piece, role: .muted)])
        }
        // The latest entries first: what happened last is what the operator picks up from.
        for entry in subject.timeline.sorted(by: { $0.happenedAt > $1.happenedAt }) {
            let summary = SafeText.singleLine(domain.summary(of: entry, in: subject, timeZone: state.timeZone))
            lines.append([Segment(text: time(entry.happenedAt) + "  ", role: .muted), Segment(text: summary, role: .normal)])
        }
        return lines
    }

    /// What the desk owes the case next, in the order the notices put the work: the first report
    /// while its clock is the most urgent (第一时间), judge it, give it a unit, meet its clock (press
    /// conference or response, then follow-ups), report back on an instruction whose clock is the
    /// most urgent; nothing once it is closed.
    static func nextStep(_ subject: Case, _ standing: CaseStanding) -> Action? {
        guard subject.closure == nil else { return nil }
        if standing.mostUrgent?.isFirstReport == true { return .reportUp }
        if !subject.triaged { return .triage }
        if subject.units.isEmpty { return .assign }
        if standing.mostUrgent?.item != nil { return .reportBack }
        return standing.deadline?.kind == .pressConference ? .pressConference : .respond
    }
}
