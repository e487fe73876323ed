import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The parts every screen shares: the header (desk, operator, clock, overdue count), the lane
/// tabs with the ledger's state, and the footer drawn from the keymap.
enum ScreenFrame {
    static func header(_ grid: inout Grid, state: ConsoleState, now: Date, overdue: Int) {
        // Who holds the desk by the ledger's last handover; the console's own operator beside it if not the same.
        let onDuty = state.desk.onDuty ?? state.operatorName
        let who = onDuty == state.operatorName ? onDuty : "\(state.operatorName) · " + fill(state.strings.onDuty, onDuty)
        header(&grid, strings: state.strings, who: who, title: state.deskName, timeZone: state.timeZone, now: now,
               overdue: overdue)
    }

    /// The header of any view: `who` holds it, `title` names what it shows (a desk, a city).
    static func header(_ grid: inout Grid, strings: ConsoleStrings, who: String, title: String, timeZone: TimeZone,
                       now: Date, overdue: Int) {
        grid.fill(row: 0, role: .header)
        let clock = DisplayTime.seconds(now, in: timeZone) + " " + DisplayTime.zone(timeZone, at: now) + " "
        let clockX = grid.width - DisplayWidth.of(clock)
        grid.put(clock, x: clockX, y: 0, role: .header)
        // The operator and the overdue count come first: on a narrow screen the desk's name gives way.
        var x = grid.put(" \(strings.operatorLabel) \(who) ", x: 0, y: 0, role: .header, maxWidth: clockX - 1)
        if overdue > 0 {
            x += grid.put(" \(strings.overdueCount) \(overdue) ", x: x, y: 0, role: .overdueCount, maxWidth: clockX - 1 - x)
        }
        grid.put(" \(strings.appName) · \(title)", x: x, y: 0, role: .header, maxWidth: clockX - 1 - x)
    }

    static func tabs(_ grid: inout Grid, state: ConsoleState, counts: [Lane: Int]) {
        let strings = state.strings
        grid.fill(row: 1, role: .tabInactive)
        var x = 0
        for lane in Lane.allCases {
            let label = " \(strings.lane(lane)) \(counts[lane] ?? 0) "
            x += grid.put(label, x: x, y: 1, role: lane == state.lane ? .tabActive : .tabInactive)
            x += grid.put("│", x: x, y: 1, role: .tabInactive)
        }
        // The filters set on the command line, beside the lanes they narrow, when they fit whole
        // (the footer always names them).
        let filters = " \(strings.filterLabel) " + described(state.caseFilter, state.language).joined(separator: " · ") + " "
        if !state.caseFilter.isEmpty, x + DisplayWidth.of(filters) <= grid.width {
            x += grid.put(filters, x: x, y: 1, role: .filter)
        }
        let (text, role): (String, StyleRole) = switch state.health {
        case .sound: (strings.ledgerSound, .muted)
        case .checking: (strings.ledgerChecking, .muted)
        case .tornTail: (strings.ledgerTorn, .banner)
        case .damaged, .contradicted: (strings.domain.usage.readOnly, .bannerError)
        }
        let width = DisplayWidth.of(text) + 1
        if x + width < grid.width { grid.put(text, x: grid.width - width, y: 1, role: role) }
        // The agenda is visible wherever the operator is, so nobody forgets what is marked.
        if !state.agenda.isEmpty {
            let agenda = "● " + fill(strings.meeting.agenda, state.agenda.count) + " "
            let agendaX = grid.width - width - DisplayWidth.of(agenda) - 1
            if agendaX > x { grid.put(agenda, x: agendaX, y: 1, role: .marked) }
        }
    }

    /// The banner under the tabs, if any (`hasBanner`): a review of the past, a damaged ledger.
    static func banner(_ grid: inout Grid, y: Int, state: ConsoleState) {
        let strings = state.strings
        if let moment = state.reviewing {
            return reviewing(&grid, y: y, strings: strings, moment: moment, timeZone: state.timeZone)
        }
        let alarm: String
        switch state.health {
        case .damaged(let event, let location, let reason): alarm = fill(strings.ledgerDamaged, event, location, reason)
        case .contradicted(let text): alarm = text
        case .sound, .checking, .tornTail: return
        }
        grid.fill(row: y, role: .bannerError)
        grid.put(" " + alarm, x: 0, y: y, role: .bannerError)
    }

    /// The review banner, the same over a desk and over a city.
    static func reviewing(_ grid: inout Grid, y: Int, strings: ConsoleStrings, moment: Date, timeZone: TimeZone) {
        grid.fill(row: y, role: .banner)
        grid.put(" " + fill(strings.domain.usage.reviewing, DisplayTime.seconds(moment, in: timeZone)), x: 0, y: y,
                 role: .banner)
    }

    /// What the footer shows before the keymap's hints: any view fills the parts it has.
    struct FooterLine {
        var notice: String?
        var commandDraft: String?
        var completions: [String] = []
        var searchDraft: String?
        /// The filters narrowing the list, already in words.
        var filters: [String] = []
    }

    static func footer(_ grid: inout Grid, state: ConsoleState) {
        let filtered = (!state.filter.isEmpty || !state.caseFilter.isEmpty) && state.context == .queue
        let filters = described(state.caseFilter, state.language) + (state.filter.isEmpty ? [] : [state.filter])
        let line = FooterLine(notice: state.notice, commandDraft: state.commandDraft, completions: state.commandCompletions,
                              searchDraft: state.searchDraft, filters: filtered ? filters : [])
        footer(&grid, strings: state.strings, context: state.context, line: line)
    }

    /// The footer of any view: its line, then the hints of `context` from the one keymap table.
    static func footer(_ grid: inout Grid, strings: ConsoleStrings, context: Context, line: FooterLine) {
        let y = grid.height - 1
        grid.fill(row: y, role: .footer)
        var x = 1
        if let notice = line.notice {
            x += grid.put(notice, x: x, y: y, role: .filter) + 2
        }
        if let draft = line.commandDraft {
            x += grid.put(":", x: x, y: y, role: .footerKey)
            x += grid.put(draft + "▏", x: x, y: y, role: .filter) + 2
            let completions = line.completions.prefix(4).map { $0.split(separator: " ").last.map(String.init) ?? $0 }
            if !completions.isEmpty {
                grid.put(fill(strings.command.completions, completions.joined(separator: " ")), x: x, y: y, role: .muted)
            }
            return
        }
        if let draft = line.searchDraft {
            x += grid.put(strings.searchPrompt, x: x, y: y, role: .footerKey)
            x += grid.put(draft + "▏", x: x, y: y, role: .filter)
            x += 2
        } else if !line.filters.isEmpty {
            x += grid.put("\(strings.filterLabel)：\(line.filters.joined(separator: " · "))（\(strings.filterHint)）", x: x, y: y,
                          role: .filter)
            x += 2
        }
        // Help and quit always show: when the hints do not fit, the others give way from the right.
        var hints = Keymap.footer(for: context).map { (binding: $0, hint: " " + strings.action($0.action) + "  ") }
        func width(_ hints: [(binding: KeyBinding, hint: String)]) -> Int {
            hints.reduce(0) { $0 + DisplayWidth.of($1.binding.label) + DisplayWidth.of($1.hint) }
        }
        while x + width(hints) > grid.width,
              let last = hints.lastIndex(where: { ![.help, .quit].contains($0.binding.action) }) {
            hints.remove(at: last)
        }
        for (binding, hint) in hints {
            guard x + DisplayWidth.of(binding.label) + DisplayWidth.of(hint) <= grid.width else { break }
            x += grid.put(binding.label, x: x, y: y, role: .footerKey)
            x += grid.put(hint, x: x, y: y, role: .footer)
        }
    }

    /// `渠道:微博`, one per criterion set.
    private static func described(_ filter: CaseFilter, _ language: Language) -> [String] {
        filter.described(in: language).map { "\($0.criterion.name(in: language)):\($0.value)" }
    }
}
