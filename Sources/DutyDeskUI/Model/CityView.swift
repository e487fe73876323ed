import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The city's console (`--desks 3301`): the open cases of every desk under the prefix in one
/// queue by time left, each behind its desk's code, the count per desk in the tab bar, and
/// `:desk CODE` (or Tab) to show one desk. Every desk's clocks are read as the desk's own queue
/// reads them. A desk records its own cases; the one thing the city records on them is its
/// instruction (批示, `i`: the seeds' 上级交办), which goes onto that desk's chain under the city
/// operator's name. Every other recording key is refused in words.
public struct CityView: Sendable {
    public struct Desk: Sendable {
        public let code: String
        public var state: DeskState

        public init(code: String, state: DeskState) {
            self.code = code
            self.state = state
        }
    }

    public struct Row: Sendable {
        public let desk: String
        public let standing: CaseStanding
    }

    /// An instruction saved in the form, for the app to record on its desk's chain.
    public struct Instruction: Sendable {
        public let desk: String
        public let code: String
        public let action: CaseAction
    }

    public var desks: [Desk]
    /// What the header calls the view: the city's name, else the prefix.
    public let name: String
    public let operatorName: String
    public let policy: DeadlinePolicy
    public let strings: ConsoleStrings
    public let timeZone: TimeZone
    /// The city's settings: the leaders and units the instruction form offers first.
    public let settings: DeskSettings
    /// The desk shown alone (`:desk`, Tab); nil shows every desk.
    public private(set) var deskFilter: String?
    /// The `:` command being typed; nil when not typing.
    public private(set) var commandDraft: String?
    public private(set) var helpVisible = false
    /// One line of feedback in the footer, until the next key.
    public private(set) var notice: String?
    public private(set) var selected = 0
    public private(set) var wantsQuit = false
    public var wantsRedraw = false
    /// Set when reviewing the past (`--as-of`).
    public var reviewing: Date?
    /// The instruction form, and the desk whose case it is for.
    private(set) var forms = FormState(offer: nil)
    public private(set) var formDesk: String?
    /// Saved instructions the app has not yet recorded (`takeInstructions`).
    public private(set) var instructions: [Instruction] = []

    public init(desks: [Desk], name: String, operatorName: String, policy: DeadlinePolicy, strings: ConsoleStrings,
                timeZone: TimeZone, settings: DeskSettings = DeskSettings()) {
        self.desks = desks
        self.name = name
        self.operatorName = operatorName
        self.policy = policy
        self.strings = strings
        self.timeZone = timeZone
        self.settings = settings
    }

    public var context: Context { forms.context ?? (helpVisible ? .help : .city) }

    /// The context under the `?` help, whose keys it lists: the form's, else the city's.
    public var contextUnderHelp: Context { forms.context ?? .city }

    /// The form open over the queue, if any.
    public var openForm: OpenForm? { forms.open }

    /// The open cases of the desks shown, most urgent clock first (by due time, the same order as
    /// by time left), then by desk and code; cases without a clock last.
    public func rows(now: Date) -> [Row] {
        let shown = desks.filter { deskFilter == nil || $0.code == deskFilter }
        let rows = shown.flatMap { desk in
            Self.openCases(desk.state)
                .map { Row(desk: desk.code, standing: CaseStanding($0, policy: policy, now: now)) }
        }
        return rows.sorted { left, right in
            let l = left.standing.mostUrgent?.deadline.dueAt ?? .distantFuture
            let r = right.standing.mostUrgent?.deadline.dueAt ?? .distantFuture
            return (l, left.desk, left.standing.subject.code) < (r, right.desk, right.standing.subject.code)
        }
    }

    /// Overdue cases on every desk, whichever desk the queue shows: narrowing the view to one desk
    /// never takes another desk's missed deadline out of the header.
    public func overdueCount(now: Date) -> Int {
        desks.reduce(0) { total, desk in
            total + Self.openCases(desk.state).count {
                CaseStanding($0, policy: policy, now: now).mostUrgent?.band == .overdue
            }
        }
    }

    /// Open cases per desk, for the tab bar.
    public func openCount(_ desk: Desk) -> Int { desk.state.cases.indices.count(where: desk.state.cases.isOpen) }

    /// A desk's open cases; a closed one a snapshot archived is not decoded to be left out.
    private static func openCases(_ state: DeskState) -> [Case] {
        state.cases.indices.filter(state.cases.isOpen).map { state.cases[$0] }
    }

    private var rowCount: Int {
        desks.filter { deskFilter == nil || $0.code == deskFilter }.reduce(0) { $0 + openCount($1) }
    }

    /// The selected row's desk, where a recording key's refusal points the operator.
    public func selectedDesk(now: Date) -> String? {
        let rows = rows(now: now)
        return rows.isEmpty ? nil : rows[min(selected, rows.count - 1)].desk
    }

    public mutating func handle(_ key: Key, now: Date) {
        notice = nil
        if forms.isOpen {
            typeInForm(key, now: now)
            return
        }
        if let draft = commandDraft {
            typeCommand(key, draft)
            return
        }
        guard let action = Keymap.action(for: key, in: context) else {
            // A key that records on a desk's own console is refused here in words, not ignored.
            if let action = Keymap.action(for: key, in: .queue), action.records, !helpVisible {
                notice = fill(strings.city.readOnly, selectedDesk(now: now) ?? desks.first?.code ?? "")
            } else if let label = Keymap.label(of: key) {
                notice = fill(strings.keyNotHere, label)
            }
            return
        }
        switch action {
        case .moveUp: selected = max(0, selected - 1)
        case .moveDown: selected = min(max(0, rowCount - 1), selected + 1)
        case .first: selected = 0
        case .last: selected = max(0, rowCount - 1)
        case .nextLane: step(by: 1)
        case .previousLane: step(by: -1)
        case .commandLine: commandDraft = ""
        case .back: if helpVisible { helpVisible = false } else { show(nil) }
        case .help: helpVisible.toggle()
        case .redraw: wantsRedraw = true
        case .quit: wantsQuit = true
        case .instruct: openInstruction(now: now)
        default: break
        }
    }

    /// The instructions saved since the last call, for the app to record; each answer comes back
    /// through `recorded` or `refused`.
    public mutating func takeInstructions() -> [Instruction] {
        defer { instructions.removeAll() }
        return instructions
    }

    /// The instruction was recorded on its desk, whose state is now `state`.
    public mutating func recorded(on desk: String, state: DeskState, notice: String) {
        update(desk: desk, to: state)
        forms.close()
        formDesk = nil
        self.notice = notice
    }

    /// The desk refused the instruction: the message goes beside the field, the form stays open.
    public mutating func refused(_ error: DraftRefusal?, message: String) {
        forms.reject(error, message: message)
    }

    /// 批示 on the selected case, on its own desk's terms: the form is the desk console's own.
    private mutating func openInstruction(now: Date) {
        if reviewing != nil {
            notice = strings.domain.usage.reviewIsReadOnly
            return
        }
        let rows = rows(now: now)
        guard !rows.isEmpty, let desk = desks.first(where: { $0.code == rows[min(selected, rows.count - 1)].desk }) else {
            notice = strings.city.noOpenCases
            return
        }
        let subject = rows[min(selected, rows.count - 1)].standing.subject
        formDesk = desk.code
        forms.show(OpenForm(purpose: .caseAction(.instruct, subject.id),
                            form: CaseActionForms.make(.instruct, for: subject, desk: desk.state, settings: settings,
                                                       language: strings.domain.language, openedAt: now),
                            openedAt: now, baseSeq: desk.state.lastSeq))
    }

    private mutating func typeInForm(_ key: Key, now: Date) {
        guard let code = formDesk, let desk = desks.first(where: { $0.code == code }) else {
            forms.close()
            return
        }
        var requests: [ConsoleRequest] = []
        forms.handle(key, action: forms.context.flatMap { Keymap.action(for: key, in: $0) }, now: now,
                     FormContext(desk: desk.state, settings: settings, language: strings.domain.language, timeZone: timeZone),
                     requests: &requests)
        for case .act(let caseCode, let action) in requests {
            instructions.append(Instruction(desk: code, code: caseCode, action: action))
        }
        if !forms.isOpen { formDesk = nil }
    }

    /// Replaces a desk's state with what its stream now holds; the selection stays in range.
    public mutating func update(desk code: String, to state: DeskState) {
        guard let index = desks.firstIndex(where: { $0.code == code }) else { return }
        desks[index].state = state
        selected = min(selected, max(0, rowCount - 1))
    }

    private mutating func typeCommand(_ key: Key, _ draft: String) {
        switch key {
        case .enter:
            commandDraft = nil
            run(draft)
        case .escape: commandDraft = nil
        case .backspace: commandDraft = draft.isEmpty ? nil : String(draft.dropLast())
        case .character(let character): commandDraft = draft + String(character)
        case .paste(let text): commandDraft = draft + SafeText.singleLine(text)
        default: break
        }
    }

    /// `:desk 330102` (or `:值班台 330102`) names the desk to show, in either language.
    static let deskWords = ["desk", "值班台"]

    /// `:desk 330102` shows one desk, `:desk` or `:clear` every desk.
    private mutating func run(_ line: String) {
        let words = line.split(separator: " ").map(String.init)
        guard let verb = words.first?.lowercased() else { return }
        if QueueCommand.clearWords.contains(verb) || (Self.deskWords.contains(verb) && words.count == 1) {
            return show(nil)
        }
        guard Self.deskWords.contains(verb), words.count == 2 else {
            notice = strings.city.commands
            return
        }
        guard desks.contains(where: { $0.code == words[1] }) else {
            notice = fill(strings.city.unknownDesk, SafeText.singleLine(words[1]))
            return
        }
        show(words[1])
    }

    private mutating func step(by offset: Int) {
        let order: [String?] = [nil] + desks.map(\.code)
        let at = order.firstIndex { $0 == deskFilter } ?? 0
        show(order[(at + offset + order.count) % order.count])
    }

    private mutating func show(_ desk: String?) {
        deskFilter = desk
        selected = 0
    }
}
