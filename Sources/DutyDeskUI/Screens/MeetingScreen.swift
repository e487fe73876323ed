import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// 会商: one case of the agenda per screen, for a leader on a shared screen. The clock is drawn
/// large; beside it or below, what the meeting needs to decide: facts, judgement, units and
/// acknowledgement, responses, open supervised items and the latest timeline. Nothing here writes:
/// only `h` opens the joint-meeting form.
enum MeetingScreen {
    typealias Segment = DetailScreen.Segment
    typealias Line = DetailScreen.Line

    struct Block {
        let title: String
        let lines: [Line]
    }

    /// Two columns from this width; one below it.
    static let twoColumnWidth = 120
    /// Columns the clock's words need beside the digits; with less they go below.
    static let minimumBeside = 24

    /// How far ↑/↓ may scroll the pane that holds the responses and the timeline (the right
    /// column, or the one column of a small screen): found by drawing the page off screen.
    static func maxScroll(_ state: ConsoleState, in body: Rect, now: Date) -> Int {
        var grid = Grid(width: body.x + body.width, height: body.bottom + 1)
        return render(state, in: body, into: &grid, now: now)
    }

    /// Draws the page; returns how far its scrolling pane may scroll.
    @discardableResult
    static func render(_ state: ConsoleState, in body: Rect, into grid: inout Grid, now: Date) -> Int {
        guard let id = state.focusedCase, let subject = state.desk[id] else { return 0 }
        let strings = state.strings
        let meeting = strings.meeting
        let language = strings.domain.language
        var y = body.y
        grid.fill(row: y, role: .headerAccent)
        var x = grid.put(" " + fill(meeting.page, state.agendaPage + 1, state.agenda.count) + "  \(subject.code)  ", x: 0, y: y,
                         role: .headerAccent)
        x += grid.put("[\(state.strings.domain.levelTag(subject.level))]", x: x, y: y, role: .headerAccent)
        x += grid.put("[\(state.strings.domain.gradeTag(subject.grade))]", x: x, y: y, role: Roles.grade(subject.grade))
        x += grid.put("  \(subject.status.name(in: language))", x: x, y: y, role: .headerAccent)
        // The read-only reminder only where it does not cover the case's own words.
        let hint = meeting.readOnly + " "
        if x + 2 + DisplayWidth.of(hint) <= grid.width {
            grid.put(hint, x: grid.width - DisplayWidth.of(hint), y: y, role: .headerAccent)
        }
        y += 2
        // The right column starts under the case's line, beside the clock; the left one under the clock.
        let paneTop = y
        let bottom = body.bottom
        let twoColumns = grid.width >= twoColumnWidth
        let scale = twoColumns && grid.height >= 40 ? 2 : 1
        // The left column holds the clock with its words beside it, so it takes the larger share.
        let columnWidth = twoColumns ? grid.width * 3 / 5 : grid.width - 2
        let rightWidth = grid.width - columnWidth - 3
        let standing = CaseStanding(subject, policy: state.policy, now: now)
        // Beside the big clock: what it counts to, the title and, on a small screen, the facts.
        var beside = clockWords(standing, state: state)
        let digits = standing.clock.map { BigDigits.clock($0.secondsLeft, dayMark: state.strings.meeting.dayMark) }
        let digitsWidth = digits.map { BigDigits.width($0, scale: scale) } ?? 0
        let besideWidth = digitsWidth + 3 + minimumBeside <= columnWidth ? columnWidth - digitsWidth - 3 : columnWidth
        let titleLines = TextWrap.lines(SafeText.singleLine(subject.title), width: max(10, besideWidth))
        var shownTitle = Array(titleLines.prefix(twoColumns ? 2 : 1))
        if titleLines.count > shownTitle.count {
            // The last line shown ends in "…", so a cut title never reads as a whole one.
            shownTitle[shownTitle.count - 1] = DisplayWidth.clip(shownTitle.last! + titleLines[shownTitle.count],
                                                                 to: max(10, besideWidth))
        }
        beside += shownTitle.map { [Segment(text: $0, role: .value)] }
        // A small screen has room beside the clock for the judgement's headline only.
        if !twoColumns { beside += facts(subject, state: state).lines.prefix(1) }
        y = clock(standing, digits: digits, beside: beside, x: 1, y: y, width: columnWidth, scale: scale, into: &grid)

        let paneWidth = twoColumns ? rightWidth : columnWidth
        let right = [firstReport(standing, state: state), units(subject, state: state),
                     responses(subject, state: state, width: paneWidth),
                     supervision(subject, state: state, now: now, width: paneWidth),
                     timeline(subject, state: state, width: paneWidth),
                     // Last, so a small screen still shows the latest events above it; ↓ reaches it.
                     checklist(subject, state: state)]
        if twoColumns {
            let left = [facts(subject, state: state), judgement(subject, state: state, width: columnWidth),
                        summary(subject, state: state, width: columnWidth, lines: nil)]
            draw(Pane(rows: Pane.rows(left, spaced: true), width: columnWidth, top: y + 1, bottom: bottom), scroll: 0,
                 x: 1, strings: strings, into: &grid)
            return draw(Pane(rows: Pane.rows(right, spaced: true), width: rightWidth, top: paneTop, bottom: bottom),
                        scroll: state.meetingScroll, x: columnWidth + 2, strings: strings, into: &grid)
        }
        // A small screen gives the summary two lines; ↑/↓ scroll what does not fit below.
        let blocks = [judgement(subject, state: state, width: columnWidth),
                      summary(subject, state: state, width: columnWidth, lines: 2)] + right
        return draw(Pane(rows: Pane.rows(blocks, spaced: false), width: columnWidth, top: y, bottom: bottom),
                    scroll: state.meetingScroll, x: 1, strings: strings, into: &grid)
    }

    /// Blocks laid out as rows, for a column from `top` to `bottom`.
    struct Pane {
        let rows: [Line]
        let width, top, bottom: Int

        var available: Int { max(1, bottom - top) }
        var maxScroll: Int { max(0, rows.count - available) }

        /// Each block's title, then its lines; `spaced` leaves a blank row between blocks.
        static func rows(_ blocks: [Block], spaced: Bool) -> [Line] {
            blocks.filter { !$0.lines.isEmpty }.flatMap { block in
                [[Segment(text: "■ " + block.title, role: .helpTitle)]] + block.lines + (spaced ? [[]] : [])
            }
        }
    }

    /// Draws the pane from `scroll`; while rows are left below, the last row says how many and
    /// which key shows them, so nothing is cut unseen. Returns how far the pane may scroll.
    @discardableResult
    private static func draw(_ pane: Pane, scroll: Int, x: Int, strings: ConsoleStrings, into grid: inout Grid) -> Int {
        let first = min(scroll, pane.maxScroll)
        let left = pane.rows.count - first
        let shown = left > pane.available ? pane.available - 1 : left
        draw(Array(pane.rows[first..<(first + max(0, shown))]), x: x, y: pane.top, width: pane.width, into: &grid)
        if shown < left {
            grid.put(fill(strings.meeting.more, left - shown), x: x, y: pane.top + shown, role: .muted, maxWidth: pane.width)
        }
        return pane.maxScroll
    }

    /// A line whose text wraps under itself, after a prefix (a time) that stays on the first row.
    private static func wrapped(_ prefix: Segment?, _ text: String, role: StyleRole, width: Int) -> [Line] {
        let indent = prefix.map { DisplayWidth.of($0.text) } ?? 0
        let lines = TextWrap.lines(text, width: max(10, width - indent))
        return lines.enumerated().map { index, line in
            let lead = index == 0 ? prefix : Segment(text: String(repeating: " ", count: indent), role: .muted)
            return (lead.map { [$0] } ?? []) + [Segment(text: line, role: role)]
        }
    }

    /// 预案未办事项: what the case's response plan still requires, for the meeting to give out.
    private static func checklist(_ subject: Case, state: ConsoleState) -> Block {
        let words = state.strings.domain.checklist
        return Block(title: words.untickedTitle, lines: subject.untickedChecklist.map { item in
            [Segment(text: SafeText.singleLine(fill(words.unticked, item.text)), role: .clockWarning)]
        })
    }

    /// The case's details as reported, cut to `lines` with "…" when given.
    private static func summary(_ subject: Case, state: ConsoleState, width: Int, lines limit: Int?) -> Block {
        let detail = subject.report.detail
        var lines = detail.isEmpty ? [] : TextWrap.lines(SafeText.multiLine(detail), width: width)
        if let limit, lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] = DisplayWidth.clip(lines[limit - 1] + "…", to: width)
        }
        return Block(title: state.strings.domain.fields.detail, lines: lines.map { [Segment(text: $0, role: .value)] })
    }

    /// What the clock counts to, when it is due, and the countdown in words, which says 超时/紧急
    /// without colour.
    // Not inlined: swiftc 6.3.1's -O copy propagation crashes on this function inlined into `render`.
    @inline(never)
    private static func clockWords(_ standing: CaseStanding, state: ConsoleState) -> [Line] {
        let domain = state.strings.domain
        guard let deadline = standing.deadline else {
            let closed = standing.subject.closure.map { DisplayTime.minutes($0.at, in: state.timeZone) } ?? ""
            return [[Segment(text: domain.fields.closedAt + " " + closed, role: .muted)]]
        }
        return [
            [Segment(text: domain.deadlineKind(deadline.kind), role: .label)],
            [Segment(text: domain.fields.dueAt + " ", role: .label),
             Segment(text: DisplayTime.minutes(deadline.dueAt, in: state.timeZone), role: .value)],
            [Segment(text: Roles.countdown(standing.clock, strings: domain)
                         + (standing.band == .overdue ? "" : "  " + domain.fields.timeLeft),
                     role: Roles.clock(standing.band))],
        ]
    }

    /// The countdown in block characters with `beside` to its right, or below it when there is no
    /// room. Returns the next free row.
    private static func clock(_ standing: CaseStanding, digits: String?, beside: [Line], x: Int, y: Int, width: Int,
                              scale: Int, into grid: inout Grid) -> Int {
        guard let digits else {
            draw(beside, x: x, y: y, width: width, into: &grid)
            return y + beside.count + 1
        }
        BigDigits.draw(digits, scale: scale, x: x, y: y, role: Roles.clock(standing.band), into: &grid)
        let tall = BigDigits.height * scale
        let besideX = x + BigDigits.width(digits, scale: scale) + 3
        if besideX + minimumBeside <= x + width {
            draw(beside.prefix(tall).map { $0 }, x: besideX, y: y, width: x + width - besideX, into: &grid)
            return y + tall + 1
        }
        draw(beside, x: x, y: y + tall, width: width, into: &grid)
        return y + tall + beside.count + 1
    }

    private static func draw(_ lines: [Line], x: Int, y: Int, width: Int, into grid: inout Grid) {
        for (index, line) in lines.enumerated() {
            var column = x
            for segment in line {
                column += grid.put(segment.text, x: column, y: y + index, role: segment.role, maxWidth: x + width - column)
            }
        }
    }

    private static func facts(_ subject: Case, state: ConsoleState) -> Block {
        let domain = state.strings.domain
        let fields = domain.fields
        let language = domain.language
        let words = WorkflowStrings.table(for: language)
        let judgement = subject.judgement
        func pair(_ label: String, _ value: String) -> [Segment] {
            [Segment(text: label + " ", role: .label), Segment(text: (value.isEmpty ? fields.none : value) + "   ", role: .value)]
        }
        return Block(title: state.strings.detailSections.facts, lines: [
            pair(fields.level, subject.level.name(in: language)) + pair(fields.grade, subject.grade.name(in: language)),
            pair(words.warningClass, judgement.text(.warningClass, in: language))
                + pair(words.verification, judgement.text(.verification, in: language)),
            pair(fields.locality, subject.report.locality) + pair(fields.reports, domain.reportTally(subject)),
            pair(fields.discoveredAt, DisplayTime.minutes(subject.discoveredAt, in: state.timeZone)),
        ])
    }

    private static func judgement(_ subject: Case, state: ConsoleState, width: Int) -> Block {
        let domain = state.strings.domain
        let judgement = subject.judgement
        guard !judgement.isEmpty else {
            return Block(title: domain.fields.triage, lines: [[Segment(text: state.strings.meeting.notTriaged, role: .muted)]])
        }
        // The facts block already shows the grades, class and verification; here the factors weighed.
        let shownAbove: Set<JudgementFactor> = [.grade, .level, .warningClass, .verification]
        let factors = judgement.judged.filter { !shownAbove.contains($0.factor) }.map { factor, _ in
            factor.name(in: domain.language) + " " + judgement.text(factor, in: domain.language)
        }.joined(separator: domain.listSeparator)
        let lines = TextWrap.lines(SafeText.singleLine(factors), width: width).map { [Segment(text: $0, role: .value)] }
            + (judgement.verification.map { [[Segment(text: domain.suggestedApproach($0), role: .muted)]] } ?? [])
        return Block(title: domain.fields.triage, lines: lines)
    }

    /// The first report's own clock (第一时间报告), which the queue may sort the case by: the big
    /// clock is the release clock, so a first report still owed is said here, not left unseen.
    private static func firstReport(_ standing: CaseStanding, state: ConsoleState) -> Block {
        let domain = state.strings.domain
        let lines: [Line] = standing.reportClock.map { clock in
            [[Segment(text: domain.fields.dueAt + " " + DisplayTime.minutes(clock.deadline.dueAt, in: state.timeZone) + "  "
                          + domain.clock(clock), role: Roles.clock(clock.band))]]
        } ?? []
        // A clock's name is lower case in running English text; as a block's title it starts a line.
        let name = domain.deadlineKind(.firstReport)
        return Block(title: name.prefix(1).uppercased() + name.dropFirst(), lines: lines)
    }

    private static func units(_ subject: Case, state: ConsoleState) -> Block {
        let strings = state.strings
        let language = strings.domain.language
        guard !subject.units.isEmpty else {
            return Block(title: strings.detailSections.units, lines: [[Segment(text: strings.detailSections.noUnits, role: .muted)]])
        }
        return Block(title: strings.detailSections.units, lines: subject.units.map { assignment in
            let acknowledged = subject.acknowledgedBy.contains(assignment.unit)
            return [Segment(text: DisplayWidth.pad(assignment.role.name(in: language), to: 13) + " ", role: .label),
                    Segment(text: DisplayWidth.pad(assignment.unit, to: 19) + " ", role: .value),
                    Segment(text: acknowledged ? "✓ " + strings.detailSections.acknowledged : "✗ " + strings.meeting.notAcknowledged,
                            role: acknowledged ? .muted : .clockWarning)]
        })
    }

    /// Every release, its text whole: wrapped under itself, never cut at the column's edge.
    private static func responses(_ subject: Case, state: ConsoleState, width: Int) -> Block {
        let domain = state.strings.domain
        let releases = subject.timeline.filter { subject.release(recordedIn: $0.eventID) != nil }
            .sorted { $0.happenedAt < $1.happenedAt }
        let lines: [Line] = releases.isEmpty ? [[Segment(text: state.strings.meeting.noResponse, role: .clockWarning)]]
            : releases.flatMap { entry in
                wrapped(Segment(text: DisplayTime.minutes(entry.happenedAt, in: state.timeZone) + "  ", role: .muted),
                        SafeText.singleLine(domain.summary(of: entry, in: subject, timeZone: state.timeZone)),
                        role: .value, width: width)
            }
        return Block(title: state.strings.meeting.responses, lines: lines)
    }

    private static func supervision(_ subject: Case, state: ConsoleState, now: Date, width: Int) -> Block {
        let domain = state.strings.domain
        let open = subject.supervisedItems.filter(\.isOpen)
        // Who and what, wrapped, then the item's own clock on a row of its own, so a narrow column clips neither.
        return Block(title: WorkflowStrings.table(for: domain.language).supervision, lines: open.flatMap { item -> [Line] in
            let clock = ClockReading(item, now: now)
            return wrapped(Segment(text: item.owner + "：", role: .label), SafeText.singleLine(item.text), role: .value,
                           width: width)
                + [[Segment(text: "  " + domain.fields.dueAt + " " + DisplayTime.minutes(item.dueAt, in: state.timeZone) + "  "
                                 + domain.clock(clock),
                             role: Roles.clock(clock.band))]]
        })
    }

    /// Newest first, so what is cut at the bottom is the oldest. Releases and judgements have
    /// their own blocks above, so they are not told a second time here.
    private static func timeline(_ subject: Case, state: ConsoleState, width: Int) -> Block {
        let domain = state.strings.domain
        let told = subject.timeline.filter { entry in
            if case .caseTriaged = entry.body { return false }
            return subject.release(recordedIn: entry.eventID) == nil
        }
        return Block(title: state.strings.meeting.latest, lines: told.sorted { $0.happenedAt > $1.happenedAt }.flatMap { entry in
            wrapped(Segment(text: DisplayTime.minutes(entry.happenedAt, in: state.timeZone) + "  ", role: .muted),
                    SafeText.singleLine(domain.summary(of: entry, in: subject, timeZone: state.timeZone)),
                    role: .value, width: width)
        })
    }
}
