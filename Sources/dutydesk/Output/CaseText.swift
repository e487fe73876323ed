import DutyDeskCore
import DutyDeskText
import Foundation

/// Human-readable renderings for the terminal. All case text passes through `SafeText`,
/// so a title carrying escape sequences cannot drive the operator's terminal.
struct CaseText {
    let timeZone: TimeZone
    let strings: Strings

    /// One aligned row per case, widths measured in display columns (CJK counts 2): each column
    /// as wide as its widest cell, the title last and whole.
    func table(_ standings: [CaseStanding]) -> String {
        let f = strings.fields
        let language = strings.language
        let header = [f.code, f.level, f.grade, f.status, f.timeLeft, f.locality, f.title]
        let measuredColumns = header.count - 1
        // Row by row in one array, each cell measured once: a column is as wide as its widest
        // cell, so no cell is ever clipped and a cell's padding is only spaces.
        var cells = header
        cells.reserveCapacity(header.count * (standings.count + 1))
        for standing in standings {
            let subject = standing.subject
            cells += [subject.code, subject.level.name(in: language), subject.grade.name(in: language),
                      strings.releaseStageShort(of: subject) ?? strings.conferenceFlag(of: subject) ?? subject.status.name(in: language),
                      strings.urgentClock(standing),
                      SafeText.singleLine(subject.report.locality), SafeText.singleLine(subject.title)]
        }
        var cellWidths = [Int](repeating: 0, count: cells.count)
        var widths = [Int](repeating: 0, count: measuredColumns)
        for (index, cell) in cells.enumerated() where index % header.count < measuredColumns {
            cellWidths[index] = DisplayWidth.of(cell)
            widths[index % header.count] = max(widths[index % header.count], cellWidths[index])
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cells.reduce(0) { $0 + $1.utf8.count } + (standings.count + 1) * (widths.reduce(0, +) + 8))
        for (index, cell) in cells.enumerated() {
            let column = index % header.count
            if column == 0, index > 0 { bytes.append(0x0A) }
            bytes += cell.utf8
            if column < measuredColumns {
                bytes += repeatElement(0x20, count: widths[column] - cellWidths[index] + 1)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `now` says how long a pending release has waited at its step.
    func sheet(_ standing: CaseStanding, now: Date) -> String {
        let subject = standing.subject
        let f = strings.fields
        let language = strings.language
        func time(_ date: Date) -> String { DisplayTime.minutes(date, in: timeZone) }
        var lines = [
            "\(subject.code)  \(SafeText.singleLine(subject.title))",
            "\(f.status): \(subject.status.name(in: language))    \(f.level): \(subject.level.name(in: language))    "
                + "\(f.grade): \(subject.grade.name(in: language))",
            "\(f.channel): \(subject.report.channel.name(in: language))    \(f.locality): \(SafeText.singleLine(subject.report.locality))",
            "\(f.caller): \(shown(subject.report.caller))    \(f.phone): \(shown(subject.report.phone))",
            "\(f.discoveredAt): \(time(subject.discoveredAt))    \(f.recordedAt): \(time(subject.recordedAt)) (\(SafeText.singleLine(subject.operatorName)))",
        ]
        if let deadline = standing.deadline {
            lines.append("\(f.deadline): \(strings.deadlineKind(deadline.kind))    \(f.dueAt): \(time(deadline.dueAt))    "
                         + "\(f.timeLeft): \(standing.clock.map { strings.clock($0) } ?? strings.noClock)")
        } else if let closure = subject.closure {
            lines.append("\(f.closedAt): \(time(closure.at)) (\(closure.reason.name(in: language)))")
        }
        if let pending = strings.pendingRelease(of: subject, now: now) { lines.append(SafeText.singleLine(pending)) }
        if strings.conferenceFlag(of: subject) != nil { lines.append(strings.speakers.uncounted) }
        for clock in standing.itemClocks {
            guard let item = clock.item else { continue }
            lines.append("\(fill(strings.usage.supervisedItem, SafeText.singleLine(item.owner))): \(SafeText.singleLine(item.text))    "
                         + "\(f.dueAt): \(time(item.dueAt))    \(f.timeLeft): \(strings.clock(clock))")
        }
        if !subject.judgement.isEmpty {
            lines.append("\(f.triage):")
            for (factor, entry) in subject.judgement.judged {
                lines.append("  \(factor.name(in: language)): "
                             + SafeText.singleLine(subject.judgement.text(factor, in: language))
                             + "  (\(SafeText.singleLine(entry.by)) \(time(entry.at)))")
            }
            subject.judgement.verification.map { lines.append("  " + strings.suggestedApproach($0)) }
        }
        if subject.reportCount > 1 { lines.append("\(f.reports): " + strings.reportTally(subject)) }
        let units = subject.units.map { "\($0.role.name(in: language)): \(SafeText.singleLine($0.unit))" }
        lines.append("\(f.units): " + (units.isEmpty ? f.none : units.joined(separator: ", ")))
        for feedback in subject.feedback {
            lines.append("\(f.feedback): \(SafeText.singleLine(feedback.unit)) \(time(feedback.at)) "
                         + SafeText.singleLine(feedback.text))
        }
        if !subject.report.detail.isEmpty {
            lines.append("\(f.detail): " + SafeText.multiLine(subject.report.detail))
        }
        lines.append(f.timeline + ":")
        // Ordered by when things happened: a back-dated press conference reads where it took place.
        for entry in subject.timeline.sorted(by: { $0.happenedAt < $1.happenedAt }) {
            let recordedTime = time(entry.recordedAt)
            let recorded = recordedTime == time(entry.happenedAt) ? "" : " (\(f.recordedAt) \(recordedTime))"
            lines.append("  \(time(entry.happenedAt))  \(SafeText.singleLine(entry.operatorName))  "
                         + SafeText.singleLine(strings.summary(of: entry, in: subject, timeZone: timeZone)) + recorded)
        }
        return lines.joined(separator: "\n")
    }

    private func shown(_ text: String) -> String { text.isEmpty ? strings.fields.none : SafeText.singleLine(text) }
}
