import DutyDeskCore

/// Every word and mark the form engine draws, one table per language. Field labels, titles and
/// option labels come from the console, which builds the form.
struct FormStrings: Sendable {
    /// A key and what it does, drawn "Tab 下一项"; the help line drops whole hints that do not fit.
    struct Hint: Sendable {
        let key: String
        let action: String

        var text: String { key.isEmpty ? action : "\(key) \(action)" }
    }

    /// The form's bottom line, for the focused kind of field (the keys of every field are in the
    /// console's footer).
    let textHints: [Hint]
    let areaHints: [Hint]
    let timeHints: [Hint]
    /// For a due-time field (督办), which reads a bare clock time as the next one ahead.
    let dueHints: [Hint]
    // The hotkey/typeahead rule must be on screen: "1" picks until a filter is started, then it is
    // filter text. A choice field shows hotkey, typeahead, pick; a filtering one the filter rule,
    // pick, clear filter.
    let hotkeyPicks: Hint
    let hotkeyToggles: Hint
    let typeahead: Hint
    let pick: Hint
    let toggle: Hint
    let filteringRule: Hint
    let clearFilter: Hint
    let clearChoice: Hint
    let confirmCancel: String
    let required: String
    let unselected: String
    let filterLabel: String
    let noMatch: String
    let listSeparator: String
    let timeEmpty: String
    let timeUnrecognized: String
    let timeInvalid: String
    let timeInFuture: String
    let timeNotAhead: String
    let timeDefault: String

    // Marks, the same in both languages but kept with the words they sit beside.
    static let hintSeparator = " · "
    static let requiredMark = "*"
    static let parsedArrow = "→ "
    static let selectedMark = "* "
    static let unselectedMark = "  "
    static let checkedBox = "[x] "
    static let uncheckedBox = "[ ] "
    static let moreAbove = "↑"
    static let moreBelow = "↓"
    /// Matches of the filter and options in all, beside the filter: "(3/12)".
    static let matchCount = "({}/{})"

    static func table(for language: Language) -> FormStrings {
        language == .chinese ? .chinese : .english
    }
}

extension FormStrings {
    static let chinese = FormStrings(
        textHints: [
            Hint(key: "Enter/↓", action: "下一项"), Hint(key: "↑", action: "上一项"),
            Hint(key: "Ctrl-U", action: "删到行首"), Hint(key: "Ctrl-W", action: "删一个词"),
        ],
        areaHints: [
            Hint(key: "Enter", action: "换行"), Hint(key: "↑↓", action: "上下行"), Hint(key: "Tab", action: "离开"),
        ],
        timeHints: [
            Hint(key: "", action: "如 08:15、-30m、-2h、昨天 21:00、2026-11-23 09:00"),
            Hint(key: "", action: "不能晚于现在"),
        ],
        dueHints: [
            Hint(key: "", action: "如 23:30（下一个 23:30）、+4h、明天 09:00"),
            Hint(key: "", action: "须晚于现在"),
        ],
        hotkeyPicks: Hint(key: "编号键", action: "直接选"),
        hotkeyToggles: Hint(key: "编号键", action: "勾选/取消"),
        typeahead: Hint(key: "打字", action: "筛选（先按 / 则编号键也算筛选）"),
        pick: Hint(key: "↑↓ Enter", action: "选定"),
        toggle: Hint(key: "↑↓ Enter", action: "勾选"),
        filteringRule: Hint(key: "", action: "筛选中编号键也算文字"),
        clearFilter: Hint(key: "Esc", action: "清除筛选"),
        clearChoice: Hint(key: "Del", action: "清空"),
        confirmCancel: "放弃已填写的内容？ y/n",
        required: "必填",
        unselected: "（未选）",
        filterLabel: "筛选：",
        noMatch: "没有匹配项",
        listSeparator: "、",
        timeEmpty: "请填写时间",
        timeUnrecognized: "看不懂“{}”",
        timeInvalid: "没有这个时间：{}",
        timeInFuture: "晚于现在：{}",
        timeNotAhead: "不晚于现在：{}",
        timeDefault: "{}（默认）")

    static let english = FormStrings(
        textHints: [
            Hint(key: "Enter/↓", action: "next"), Hint(key: "↑", action: "previous"),
            Hint(key: "Ctrl-U", action: "delete to start"), Hint(key: "Ctrl-W", action: "delete word"),
        ],
        areaHints: [
            Hint(key: "Enter", action: "new line"), Hint(key: "↑↓", action: "lines"), Hint(key: "Tab", action: "leave"),
        ],
        timeHints: [
            Hint(key: "", action: "e.g. 08:15, -30m, -2h, yesterday 21:00, 2026-11-23 09:00"),
            Hint(key: "", action: "not in the future"),
        ],
        dueHints: [
            Hint(key: "", action: "e.g. 23:30 (the next 23:30), +4h, tomorrow 09:00"),
            Hint(key: "", action: "must be later than now"),
        ],
        hotkeyPicks: Hint(key: "hotkey", action: "picks"),
        hotkeyToggles: Hint(key: "hotkey", action: "toggles"),
        typeahead: Hint(key: "typing", action: "filters (after /, hotkeys too)"),
        pick: Hint(key: "↑↓ Enter", action: "pick"),
        toggle: Hint(key: "↑↓ Enter", action: "toggle"),
        filteringRule: Hint(key: "", action: "filtering: hotkeys are filter text"),
        clearFilter: Hint(key: "Esc", action: "clear filter"),
        clearChoice: Hint(key: "Del", action: "clear"),
        confirmCancel: "Discard what you typed? y/n",
        required: "required",
        unselected: "(none)",
        filterLabel: "Filter: ",
        noMatch: "no match",
        listSeparator: ", ",
        timeEmpty: "enter a time",
        timeUnrecognized: "not a time: “{}”",
        timeInvalid: "no such time: {}",
        timeInFuture: "in the future: {}",
        timeNotAhead: "not later than now: {}",
        timeDefault: "{} (default)")
}
