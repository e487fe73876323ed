import DutyDeskGrid

/// The one table of keys. The reducer, the footer hints and the `?` help all read it, so a key
/// that is documented is a key that works.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the keys are written in the footer and help, e.g. "↑/k".
    public let label: String
    public let action: Action
    public let contexts: Set<Context>
    /// Shown in the footer (the rest are in the `?` help only).
    public let inFooter: Bool
}

public enum Keymap {
    private static let everywhere: Set<Context> = [.queue, .detail]
    /// Screens that only show: every key there reads, none writes.
    private static let viewing: Set<Context> = [.meeting, .report, .statistics]
    /// The desk-level records' screens: they read, and their own keys open a form.
    private static let deskRecords: Set<Context> = [.assessments, .directory, .analysis]
    private static let anyScreen = everywhere.union(viewing).union([.help, .city]).union(deskRecords)
    /// A form, whatever field has the focus.
    private static let forms: Set<Context> = [.form, .choice]
    /// Everywhere a form or one of its questions is open: F1 is the help, since `?` may be typed.
    private static let formQuestions = forms.union([.draftOffer, .conflict])

    public static let bindings: [KeyBinding] = [
        // In the meeting, ↑/↓ scroll the page's responses and timeline.
        KeyBinding(keys: [.up, .character("k")], label: "↑/k", action: .moveUp,
                   contexts: everywhere.union([.report, .meeting, .city]).union(deskRecords), inFooter: false),
        KeyBinding(keys: [.down, .character("j")], label: "↓/j", action: .moveDown,
                   contexts: everywhere.union([.report, .meeting, .city]).union(deskRecords), inFooter: false),
        // In the meeting, PgUp/PgDn turn the agenda's pages: one case each.
        KeyBinding(keys: [.pageUp, .left], label: "PgUp/←", action: .pageUp, contexts: [.meeting], inFooter: true),
        KeyBinding(keys: [.pageDown, .right, .character(" ")], label: "PgDn/→", action: .pageDown, contexts: [.meeting],
                   inFooter: true),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, contexts: everywhere.union([.report]).union(deskRecords),
                   inFooter: false),
        KeyBinding(keys: [.pageDown], label: "PgDn", action: .pageDown,
                   contexts: everywhere.union([.report]).union(deskRecords), inFooter: false),
        KeyBinding(keys: [.home, .character("g")], label: "g/Home", action: .first,
                   contexts: everywhere.union([.meeting, .report, .city]).union(deskRecords), inFooter: false),
        KeyBinding(keys: [.end, .character("G")], label: "G/End", action: .last,
                   contexts: everywhere.union([.meeting, .report, .city]).union(deskRecords), inFooter: false),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextLane, contexts: [.queue], inFooter: true),
        KeyBinding(keys: [.backTab], label: "S-Tab", action: .previousLane, contexts: [.queue], inFooter: false),
        KeyBinding(keys: [.enter], label: "Enter", action: .open, contexts: [.queue], inFooter: true),
        // Esc is hinted where it leads back; on the queue the filter line itself says "Esc 清除".
        KeyBinding(keys: [.escape], label: "Esc", action: .back, contexts: viewing.union([.detail, .help]).union(deskRecords),
                   inFooter: true),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, contexts: [.queue], inFooter: false),
        KeyBinding(keys: [.character("/")], label: "/", action: .search, contexts: [.queue, .directory], inFooter: true),
        KeyBinding(keys: [.character(":")], label: ":", action: .commandLine, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("n")], label: "n", action: .newReport, contexts: everywhere, inFooter: true),
        KeyBinding(keys: [.character("t")], label: "t", action: .triage, contexts: everywhere, inFooter: true),
        KeyBinding(keys: [.character("a")], label: "a", action: .assign, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("r")], label: "r", action: .respond, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("p")], label: "p", action: .pressConference, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("m")], label: "m", action: .note, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("c")], label: "c", action: .close, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("s")], label: "s", action: .acknowledge, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("x")], label: "x", action: .transfer, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("F")], label: "F", action: .feedback, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("u")], label: "u", action: .reportUp, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("f")], label: "f", action: .refer, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("o")], label: "o", action: .referralOutcome, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("R")], label: "R", action: .reopen, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("e")], label: "e", action: .correct, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("i")], label: "i", action: .instruct, contexts: everywhere, inFooter: false),
        // The one key in the meeting that records: the joint meeting's own form.
        KeyBinding(keys: [.character("h")], label: "h", action: .meeting, contexts: everywhere.union([.meeting]),
                   inFooter: false),
        KeyBinding(keys: [.character("b")], label: "b", action: .reportBack, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("d")], label: "d", action: .completeItem, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character(" ")], label: "Space", action: .mark, contexts: everywhere, inFooter: true),
        KeyBinding(keys: [.character("M")], label: "M", action: .meetingMode, contexts: everywhere, inFooter: true),
        KeyBinding(keys: [.character("H")], label: "H", action: .handoverScreen, contexts: [.queue, .detail, .statistics],
                   inFooter: false),
        KeyBinding(keys: [.character("D")], label: "D", action: .reports, contexts: [.queue, .detail, .statistics],
                   inFooter: false),
        KeyBinding(keys: [.character("S")], label: "S", action: .statistics, contexts: [.queue, .detail, .report],
                   inFooter: false),
        // Desk-level records (issue 13). `w` for 问责 and its kin; `T` 容错 on the case in focus.
        KeyBinding(keys: [.character("w")], label: "w", action: .decide, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("T")], label: "T", action: .tolerate, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("W")], label: "W", action: .releaseStep, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("P")], label: "P", action: .patrol, contexts: [.queue], inFooter: false),
        // 口径库: a desk's record, not a case's, so the same from the queue and the detail.
        KeyBinding(keys: [.character("L")], label: "L", action: .wordings, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("O")], label: "O", action: .offlineStep, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("X")], label: "X", action: .analyseTransfer, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("K")], label: "K", action: .tickChecklist, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("A")], label: "A", action: .assessments, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("n")], label: "n", action: .newAssessment, contexts: [.assessments], inFooter: true),
        KeyBinding(keys: [.character("c")], label: "c", action: .caseFromAssessment, contexts: [.assessments],
                   inFooter: true),
        // From the case detail the directory opens at the case's units.
        KeyBinding(keys: [.character("C")], label: "C", action: .directory, contexts: everywhere, inFooter: false),
        KeyBinding(keys: [.character("Y")], label: "Y", action: .analysis, contexts: everywhere, inFooter: false),
        // The city's view: Tab walks the desks, `:desk CODE` shows one, Esc all of them again.
        KeyBinding(keys: [.tab], label: "Tab", action: .nextLane, contexts: [.city], inFooter: true),
        KeyBinding(keys: [.backTab], label: "S-Tab", action: .previousLane, contexts: [.city], inFooter: false),
        KeyBinding(keys: [.character(":")], label: ":", action: .commandLine, contexts: [.city], inFooter: true),
        // The one key of the city's view that records: its instruction, on the case's own desk.
        KeyBinding(keys: [.character("i")], label: "i", action: .instruct, contexts: [.city], inFooter: true),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, contexts: [.city], inFooter: false),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextReport, contexts: [.report], inFooter: true),
        KeyBinding(keys: [.backTab], label: "S-Tab", action: .previousReport, contexts: [.report], inFooter: false),
        KeyBinding(keys: [.character("H")], label: "H", action: .handOver, contexts: [.report], inFooter: true),
        // A form's own keys; what they do not claim goes to the focused field. Esc is the field's
        // first (a choice's typed filter clears), then cancels.
        KeyBinding(keys: [.control("s")], label: "Ctrl-S", action: .save, contexts: forms, inFooter: true),
        KeyBinding(keys: [.escape, .function(10)], label: "Esc/F10", action: .cancel, contexts: forms, inFooter: true),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextField, contexts: forms, inFooter: true),
        KeyBinding(keys: [.backTab], label: "S-Tab", action: .previousField, contexts: forms, inFooter: false),
        KeyBinding(keys: (1...9).map { .character(Character(String($0))) }, label: "1-9", action: .pickChoice,
                   contexts: [.choice], inFooter: true),
        // Only an intake that may repeat a case links; elsewhere the console says why not.
        KeyBinding(keys: [.function(2)], label: "F2", action: .linkReport, contexts: forms, inFooter: false),
        KeyBinding(keys: [.character("y"), .character("Y"), .enter], label: "y/Enter", action: .restoreDraft,
                   contexts: [.draftOffer], inFooter: true),
        KeyBinding(keys: [.character("n"), .character("N"), .escape], label: "n/Esc", action: .discardDraft,
                   contexts: [.draftOffer], inFooter: true),
        KeyBinding(keys: [.character("r")], label: "r", action: .reloadForm, contexts: [.conflict], inFooter: true),
        KeyBinding(keys: [.character("s")], label: "s", action: .saveAnyway, contexts: [.conflict], inFooter: true),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, contexts: [.conflict], inFooter: true),
        KeyBinding(keys: [.character("?"), .function(1)], label: "?/F1", action: .help, contexts: anyScreen, inFooter: true),
        KeyBinding(keys: [.function(1)], label: "F1", action: .help, contexts: formQuestions, inFooter: true),
        KeyBinding(keys: [.control("l")], label: "Ctrl-L", action: .redraw, contexts: anyScreen, inFooter: false),
        KeyBinding(keys: [.character("q"), .function(10)], label: "q/F10", action: .quit, contexts: anyScreen, inFooter: true),
    ]

    public static func action(for key: Key, in context: Context) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// How a key is named when the console says it does nothing here; nil for keys that need no
    /// word (arrows and the like at the end of their travel).
    public static func label(of key: Key) -> String? {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .function(let number): "F\(number)"
        default: nil
        }
    }

    public static func footer(for context: Context) -> [KeyBinding] {
        bindings.filter { $0.inFooter && $0.contexts.contains(context) }
    }

    public static func help(for context: Context) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }
}
