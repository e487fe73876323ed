import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// One case in full: facts, the clock with its due time, units with roles, details and the
/// whole timeline. Everything below the title bar scrolls.
enum DetailScreen {
    struct Segment {
        let text: String
        let role: StyleRole
    }

    typealias Line = [Segment]

    static func maxScroll(_ state: ConsoleState, caseID: CaseID, in body: Rect, now: Date) -> Int {
        guard let subject = state.desk[caseID] else { return 0 }
        let count = lines(subject, state: state, width: body.width, now: now).count
        return ScrollingBody.limit(lineCount: count, in: body)
    }

    static func render(_ state: ConsoleState, caseID: CaseID, in body: Rect, into grid: inout Grid, now: Date) {
        guard let subject = state.desk[caseID] else { return }
        let strings = state.strings
        let language = strings.domain.language
        let y = body.y
        grid.fill(row: y, role: .headerAccent)
        var x = grid.put(" \(strings.contexts[.detail] ?? "") · \(subject.code)  ", x: 0, y: y, role: .headerAccent)
        x += grid.put("[\(strings.domain.levelTag(subject.level))]", x: x, y: y, role: .headerAccent)
        x += grid.put("[\(strings.domain.gradeTag(subject.grade))]", x: x, y: y, role: Roles.grade(subject.grade))
        grid.put("  \(subject.status.name(in: language))", x: x, y: y, role: .headerAccent)
        ScrollingBody.draw(lines(subject, state: state, width: body.width, now: now), in: body, scroll: state.detailScroll,
                           into: &grid)
    }

    static func lines(_ subject: Case, state: ConsoleState, width: Int, now: Date) -> [Line] {
        let strings = state.strings
        let domain = strings.domain
        let fields = domain.fields
        let language = domain.language
        let report = subject.report
        let textWidth = max(10, width - 4)
        func time(_ date: Date) -> String { DisplayTime.minutes(date, in: state.timeZone) }
        func pair(_ label: String, _ value: String) -> [Segment] {
            [Segment(text: label + " ", role: .label), Segment(text: value.isEmpty ? fields.none : value, role: .value),
             Segment(text: "    ", role: .normal)]
        }
        func section(_ title: String) -> Line { [Segment(text: "■ " + title, role: .helpTitle)] }

        var lines: [Line] = []
        for (index, piece) in TextWrap.lines(SafeText.singleLine(report.title), width: textWidth - 6).enumerated() {
            lines.append([Segment(text: index == 0 ? fields.title + " " : "     ", role: .label),
                          Segment(text: piece, role: .value)])
        }
        lines.append(pair(fields.channel, report.channel.name(in: language)) + pair(fields.locality, report.locality))
        lines.append(pair(fields.caller, report.caller) + pair(fields.phone, report.phone))
        lines.append(pair(fields.discoveredAt, time(report.discoveredAt))
                     + pair(fields.recordedAt, "\(time(subject.recordedAt)) (\(subject.operatorName))"))
        if subject.reportCount > 1 { lines.append(pair(fields.reports, domain.reportTally(subject))) }
        // A case opened from a 舆情风险评估 carries its risk level and 处置预案 (A shows it whole).
        if let assessment = state.desk.findAssessment(code: report.assessment), !report.assessment.isEmpty {
            let words = DeskRecordStrings.table(for: language)
            lines.append(pair(words.assessmentCode, assessment.code + " · " + words.riskLevel + " "
                              + assessment.riskLevel.name(in: language)))
            if !assessment.plan.isEmpty {
                for piece in TextWrap.lines(SafeText.singleLine(assessment.plan), width: textWidth - 10) {
                    lines.append([Segment(text: "  " + words.plan + " ", role: .label), Segment(text: piece, role: .value)])
                }
            }
        }
        lines.append([])
        if !subject.judgement.isEmpty {
            lines.append(section(fields.triage))
            // Every factor as last judged, with who judged it and when: a later judgement changes only what it names.
            for (factor, entry) in subject.judgement.judged {
                let value = SafeText.singleLine(subject.judgement.text(factor, in: language))
                lines.append([Segment(text: DisplayWidth.pad(factor.name(in: language), to: 13) + " ", role: .label),
                              Segment(text: value, role: .value),
                              Segment(text: "  \(SafeText.singleLine(entry.by)) \(time(entry.at))", role: .muted)])
            }
            subject.judgement.verification.map { lines.append([Segment(text: domain.suggestedApproach($0), role: .muted)]) }
            lines.append([])
        }

        lines.append(section(strings.detailSections.clock))
        let standing = CaseStanding(subject, policy: state.policy, now: now)
        if let deadline = standing.deadline {
            lines.append([
                Segment(text: domain.deadlineKind(deadline.kind) + "    ", role: .value),
                Segment(text: fields.dueAt + " ", role: .label), Segment(text: time(deadline.dueAt) + "    ", role: .value),
                Segment(text: fields.timeLeft + " ", role: .label),
                Segment(text: Roles.countdown(standing.clock, strings: domain), role: Roles.clock(standing.band)),
            ])
            lines.append([Segment(text: "\(strings.detailSections.started) \(time(deadline.startsAt))", role: .muted)])
        } else if let closure = subject.closure {
            lines.append(pair(fields.closedAt, "\(time(closure.at)) (\(closure.reason.name(in: language)))"))
        }
        if let report = standing.reportClock {
            lines.append([
                Segment(text: domain.firstReportClock(to: state.policy.firstReportRecipients) + "    ", role: .value),
                Segment(text: fields.dueAt + " ", role: .label), Segment(text: time(report.deadline.dueAt) + "    ", role: .value),
                Segment(text: fields.timeLeft + " ", role: .label),
                Segment(text: domain.clock(report), role: Roles.clock(report.band)),
            ])
        }
        for entry in subject.tolerated {
            lines.append([Segment(text: domain.summary(of: .mistakeTolerated(person: entry.person, reason: entry.reason)),
                                  role: .muted)])
        }
        for report in subject.upwardReports {
            lines.append([Segment(text: time(report.at) + "  ", role: .muted),
                          Segment(text: SafeText.singleLine(domain.summary(of: .reportedUp(report))), role: .value)])
        }
        lines.append([])
        // What the plan still requires comes first: it is what the first hour is spent on.
        lines += checklistLines(subject, state: state)
        lines += draftLines(subject, state: state, now: now)
        lines += attendanceLines(subject, state: state)

        // Whom to call about these units: C opens the directory at them.
        lines.append(section(strings.detailSections.units)
                     + [Segment(text: "  C " + strings.action(.directory), role: .muted)])
        if subject.units.isEmpty {
            lines.append([Segment(text: strings.detailSections.noUnits, role: .muted)])
        }
        for assignment in subject.units {
            let acknowledged = subject.acknowledgedBy.contains(assignment.unit) ? "  ✓ " + strings.detailSections.acknowledged : ""
            // The operator chasing a unit needs whom to call, from the desk's units directory.
            let contact = state.settings.units.first { $0.name == assignment.unit }.map { unit in
                "  " + fill(strings.detailSections.contact, unit.head, unit.liaison, unit.phone)
            } ?? ""
            lines.append([Segment(text: DisplayWidth.pad(assignment.role.name(in: language), to: 13) + " ", role: .label),
                          Segment(text: assignment.unit, role: .value), Segment(text: acknowledged, role: .muted),
                          Segment(text: contact, role: .muted)])
        }
        for referral in subject.referrals {
            lines.append([Segment(text: DisplayWidth.pad(domain.summary(of: .referralMade(target: referral.target, note: "")),
                                                         to: 13) + " ", role: .label),
                          Segment(text: referral.note, role: .value),
                          Segment(text: "  " + (referral.outcome.map { domain.summary(of: .referralOutcome(referral: "", outcome: $0)) }
                                                ?? strings.detailSections.awaitingOutcome), role: .muted)])
        }
        for feedback in subject.feedback {
            lines.append([Segment(text: DisplayWidth.pad(fields.feedback, to: 13) + " ", role: .label),
                          Segment(text: SafeText.singleLine(feedback.unit) + "：", role: .value),
                          Segment(text: SafeText.singleLine(feedback.text), role: .value),
                          Segment(text: "  " + time(feedback.at), role: .muted)])
        }
        if !subject.supervisedItems.isEmpty {
            lines.append([])
            lines.append(section(WorkflowStrings.table(for: language).supervision))
            for item in subject.supervisedItems {
                let clock = ClockReading(item, now: now)
                let standing: Segment = if let done = item.completedAt {
                    Segment(text: "  ✓ \(time(done))", role: .muted)
                } else {
                    Segment(text: "  \(fields.dueAt) \(time(item.dueAt))  " + domain.clock(clock), role: Roles.clock(clock.band))
                }
                lines.append([Segment(text: item.owner + "：", role: .label), Segment(text: item.text, role: .value), standing,
                              Segment(text: item.reportsBack.isEmpty ? ""
                                  : "  " + fill(WorkflowStrings.table(for: language).reportedBack, item.reportsBack.count),
                                  role: .muted)])
            }
        }
        if !report.detail.isEmpty {
            lines.append([])
            lines.append(section(fields.detail))
            for piece in TextWrap.lines(SafeText.multiLine(report.detail), width: textWidth) {
                lines.append([Segment(text: piece, role: .value)])
            }
        }
        lines.append([])

        lines.append(section(strings.detailSections.timeline))
        for entry in subject.timeline.sorted(by: { $0.happenedAt < $1.happenedAt }) {
            let lead = "\(time(entry.happenedAt))  \(DisplayWidth.pad(SafeText.singleLine(entry.operatorName), to: 8))  "
            let indent = String(repeating: " ", count: DisplayWidth.of(lead))
            let summary = SafeText.singleLine(domain.summary(of: entry, in: subject, timeZone: state.timeZone))
            for (index, piece) in TextWrap.lines(summary, width: max(10, textWidth - DisplayWidth.of(lead))).enumerated() {
                lines.append([Segment(text: index == 0 ? lead : indent, role: .muted), Segment(text: piece, role: .value)])
            }
        }
        return lines
    }
}
