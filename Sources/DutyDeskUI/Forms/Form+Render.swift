import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

extension Form {
    /// Draws into `grid` inside the rectangle: title, one row per field (label column, input, and
    /// beside it the message in `.error` or a date-time's parsed value, on the next row when it
    /// does not fit), the choice list of the focused choice field with its hotkeys, and a hint line for
    /// the focused field (or the cancel confirmation); the form's own keys are in the console's
    /// footer, from the keymap. Returns where the terminal
    /// cursor should be: in the focused text, after a choice filter being typed, or after the
    /// cancel question; nil when the focused field has no text cursor.
    public func render(into grid: inout Grid, x: Int, y: Int, width: Int, height: Int, now: Date,
                       timeZone: TimeZone, language: Language) -> (x: Int, y: Int)? {
        let painter = FormPainter(form: self, x: x, y: y, width: width, height: height, now: now,
                                  timeZone: timeZone, language: language)
        return painter.draw(into: &grid)
    }
}

/// One frame of a form. Everything is derived from the form and the rectangle; nothing (not even
/// scroll positions) is kept between frames, so a redraw after any resize is exact.
private struct FormPainter {
    let form: Form
    let x, y, width, height: Int
    let now: Date
    let timeZone: TimeZone
    let language: Language
    let strings: FormStrings
    let focused: Int?

    /// Rows an area shows: enough to read a few sentences of details, and eight fields still fit 80×24.
    static let areaRows = 4
    /// Options shown at once under a focused choice field.
    static let listRows = 8
    /// Columns kept beside single-line inputs for messages and parsed times, once there is room.
    static let noteColumns = 28
    /// A date-time input needs no more than an ISO time with its offset; the rest is for its value.
    static let timeInputColumns = 26

    let labelColumns: Int
    let inputX: Int
    let remaining: Int
    let lineInputWidth: Int
    /// Rows of the rectangle the fields may use.
    let fieldRows: Range<Int>
    /// The focused field's hints, or the cancel question.
    let hintRow: Int

    init(form: Form, x: Int, y: Int, width: Int, height: Int, now: Date, timeZone: TimeZone, language: Language) {
        self.form = form
        (self.x, self.y, self.width, self.height) = (x, y, width, height)
        (self.now, self.timeZone, self.language) = (now, timeZone, language)
        strings = FormStrings.table(for: language)
        focused = form.focusedIndex
        let widestLabel = form.fields.map { DisplayWidth.of(Self.labelText($0)) }.max() ?? 0
        labelColumns = min(widestLabel + 2, width / 3)
        inputX = x + labelColumns
        remaining = width - labelColumns
        lineInputWidth = remaining >= 2 * Self.noteColumns ? remaining - Self.noteColumns : remaining
        let roomy = height >= 8
        hintRow = y + height - 1
        fieldRows = (y + (roomy ? 2 : 1))..<max(y + (roomy ? 2 : 1), hintRow)
    }

    func draw(into grid: inout Grid) -> (x: Int, y: Int)? {
        guard width > 0, height > 0 else { return nil }
        for row in y..<y + height { grid.fill(row: row, role: .normal, from: x, width: width) }
        grid.put(form.title, x: x, y: y, role: .label, maxWidth: width)
        var cursor = drawFields(into: &grid)
        if form.isConfirmingCancel {
            let used = grid.put(strings.confirmCancel, x: x, y: hintRow, role: .error, maxWidth: width)
            cursor = (x + min(used + 1, width - 1), hintRow)
        } else {
            grid.put(hintLine(), x: x, y: hintRow, role: .muted, maxWidth: width, ellipsis: false)
        }
        return cursor
    }

    // MARK: Fields

    /// Draws as many fields as fit from the first one that lets the focused field show whole.
    private func drawFields(into grid: inout Grid) -> (x: Int, y: Int)? {
        let blocks = form.fields.indices.map(block)
        var first = 0
        if let focused {
            while first < focused, blocks[first...focused].map(\.height).reduce(0, +) > fieldRows.count { first += 1 }
        }
        var cursor: (x: Int, y: Int)?
        var row = fieldRows.lowerBound
        for block in blocks[first...] where row < fieldRows.upperBound {
            if let found = draw(block, at: row, into: &grid), fieldRows.contains(found.y) { cursor = found }
            row += block.height
        }
        return cursor
    }

    /// What a field takes on screen, worked out before drawing so the form can scroll to the focus.
    private struct Block {
        let index: Int
        let inputWidth: Int
        let inputRows: Int
        let note: (text: String, role: StyleRole)?
        let noteBelow: Bool
        let listRows: Int

        var height: Int { inputRows + (noteBelow ? 1 : 0) + listRows }
    }

    private func block(_ index: Int) -> Block {
        let field = form.fields[index]
        let inputWidth: Int
        let inputRows: Int
        switch field.kind {
        case .area:
            (inputWidth, inputRows) = (remaining, Self.areaRows)
        case .dateTime:
            (inputWidth, inputRows) = (min(lineInputWidth, Self.timeInputColumns), 1)
        case .text, .choice, .multiChoice:
            (inputWidth, inputRows) = (lineInputWidth, 1)
        }
        let note = self.note(for: field)
        let besideWidth = remaining - inputWidth - 1
        let noteBelow = note.map { inputRows > 1 || DisplayWidth.of($0.text) > besideWidth } ?? false
        var listRows = 0
        if index == focused, let list = field.kind.list {
            listRows = (list.isFiltering ? 1 : 0) + max(1, min(list.matches.count, Self.listRows))
        }
        return Block(index: index, inputWidth: inputWidth, inputRows: inputRows, note: note, noteBelow: noteBelow,
                     listRows: listRows)
    }

    /// The message if there is one; for a date-time, otherwise, the time it reads as or why it
    /// reads as none.
    private func note(for field: Form.Field) -> (text: String, role: StyleRole)? {
        if let message = field.message { return (message, .error) }
        if let (count, limit) = field.kind.filling, count * 5 >= limit * 4 {
            // Near the limit the operator sees how much is left before typing stops.
            return ("\(count)/\(limit)", count >= limit ? .error : .muted)
        }
        guard case .dateTime(let time) = field.kind else { return nil }
        switch time.value(now: now, timeZone: timeZone) {
        case .success(let date) where time.isBlank:
            let text = fill(strings.timeDefault, DisplayTime.minutes(date, in: timeZone))
            return (FormStrings.parsedArrow + text, .muted)
        case .success(let date):
            return (FormStrings.parsedArrow + DisplayTime.minutes(date, in: timeZone), .value)
        case .failure(.empty):
            return nil
        case .failure(let problem):
            return (problem.message(in: language, timeZone: timeZone), .error)
        }
    }

    private func draw(_ block: Block, at row: Int, into grid: inout Grid) -> (x: Int, y: Int)? {
        let field = form.fields[block.index]
        let isFocused = block.index == focused
        let role: StyleRole = isFocused ? .formFieldFocused : .formField
        for (offset, line) in labelLines(Self.labelText(field), rows: block.inputRows).enumerated() {
            put(line, x: x, y: row + offset, role: .label, maxWidth: labelColumns - 1, into: &grid)
        }
        for line in row..<row + block.inputRows {
            paint(row: line, role: role, from: inputX, width: block.inputWidth, into: &grid)
        }
        var cursor: (x: Int, y: Int)?
        switch field.kind {
        case .text(let buffer):
            cursor = drawLine(buffer, focused: isFocused, row: row, width: block.inputWidth, role: role, into: &grid)
        case .dateTime(let time):
            cursor = drawLine(time.input, focused: isFocused, row: row, width: block.inputWidth, role: role,
                              into: &grid)
        case .area(let area):
            cursor = drawArea(area, focused: isFocused, row: row, width: block.inputWidth, role: role, into: &grid)
        case .choice(let choice):
            let label = choice.selectedLabel ?? strings.unselected
            put(label, x: inputX, y: row, role: role, maxWidth: block.inputWidth, into: &grid)
        case .multiChoice(let choices):
            let labels = choices.selectedLabels
            let text = labels.isEmpty ? strings.unselected : labels.joined(separator: strings.listSeparator)
            put(text, x: inputX, y: row, role: role, maxWidth: block.inputWidth, into: &grid)
        }
        if let note = block.note {
            if block.noteBelow {
                put(note.text, x: inputX, y: row + block.inputRows, role: note.role, maxWidth: remaining, into: &grid)
            } else {
                put(note.text, x: inputX + block.inputWidth + 1, y: row, role: note.role,
                    maxWidth: remaining - block.inputWidth - 1, into: &grid)
            }
        }
        if isFocused, let list = field.kind.list {
            let top = row + block.inputRows + (block.noteBelow ? 1 : 0)
            cursor = drawList(list, of: field.kind, top: top, width: block.inputWidth, into: &grid)
        }
        return isFocused ? cursor : nil
    }

    /// A label too long for the label column goes down the rows its input takes (a text area's),
    /// clipped only on the last of them: 督办事项（每行一项：事项@单位@截止） says how to type the field.
    private func labelLines(_ label: String, rows: Int) -> [String] {
        guard rows > 1, DisplayWidth.of(label) > labelColumns - 1 else { return [label] }
        let lines = TextWrap.lines(label, width: labelColumns - 1)
        guard lines.count > rows else { return lines }
        return Array(lines.prefix(rows - 1)) + [lines.dropFirst(rows - 1).joined()]
    }

    /// A focused line scrolls to keep its cursor in view; others show their start, clipped with "…".
    private func drawLine(_ buffer: TextBuffer, focused: Bool, row: Int, width: Int, role: StyleRole,
                          into grid: inout Grid) -> (x: Int, y: Int)? {
        guard focused else {
            put(buffer.text, x: inputX, y: row, role: role, maxWidth: width, into: &grid)
            return nil
        }
        var scroll = 0
        let view = buffer.viewport(width: width, scroll: &scroll)
        put(view.text, x: inputX, y: row, role: role, maxWidth: width, ellipsis: false, into: &grid)
        return (inputX + view.cursorColumn, row)
    }

    private func drawArea(_ area: TextArea, focused: Bool, row: Int, width: Int, role: StyleRole,
                          into grid: inout Grid) -> (x: Int, y: Int)? {
        guard focused else {
            for (offset, line) in area.wrappedRows(width: width).prefix(Self.areaRows).enumerated() {
                put(line.text, x: inputX, y: row + offset, role: role, maxWidth: width, ellipsis: false, into: &grid)
            }
            return nil
        }
        var scroll = 0
        let view = area.viewport(width: width, height: Self.areaRows, scroll: &scroll)
        for (offset, line) in view.lines.enumerated() {
            put(line, x: inputX, y: row + offset, role: role, maxWidth: width, ellipsis: false, into: &grid)
        }
        return (inputX + view.cursorColumn, row + view.cursorRow)
    }

    /// The filter (when one is typed) and a window of the matches that follows the highlight. The
    /// cursor stands at the end of the filter while one is typed.
    private func drawList(_ list: ChoiceList, of kind: Form.FieldKind, top: Int, width: Int,
                          into grid: inout Grid) -> (x: Int, y: Int)? {
        var row = top
        var cursor: (x: Int, y: Int)?
        if list.isFiltering {
            var column = inputX
            column += put(strings.filterLabel, x: column, y: row, role: .label, maxWidth: width, into: &grid)
            column += put(list.filter, x: column, y: row, role: .value, maxWidth: inputX + width - column, into: &grid)
            cursor = (min(column, inputX + width - 1), row)
            let count = fill(FormStrings.matchCount, list.matches.count, list.options.count)
            put(" " + count, x: column, y: row, role: .muted, maxWidth: inputX + width - column, into: &grid)
            row += 1
        }
        let matches = list.matches
        guard !matches.isEmpty else {
            put(strings.noMatch, x: inputX, y: row, role: .muted, maxWidth: width, into: &grid)
            return cursor
        }
        let shown = min(matches.count, Self.listRows)
        let first = max(0, min(list.highlight - shown + 1, matches.count - shown))
        for (offset, optionIndex) in matches[first..<first + shown].enumerated() {
            let option = list.options[optionIndex]
            let highlighted = first + offset == list.highlight
            let rowRole: StyleRole = highlighted ? .formFieldFocused : .value
            paint(row: row + offset, role: rowRole, from: inputX, width: width, into: &grid)
            let hotkey = option.hotkey.map { "\($0) " } ?? "  "
            var column = inputX
            column += put(Self.mark(option.code, in: kind), x: column, y: row + offset, role: rowRole, maxWidth: width,
                          into: &grid)
            column += put(hotkey, x: column, y: row + offset, role: highlighted ? rowRole : .help,
                          maxWidth: inputX + width - column, into: &grid)
            put(option.label, x: column, y: row + offset, role: rowRole, maxWidth: inputX + width - column,
                into: &grid)
        }
        // Arrows at the right edge say the window hides matches above or below.
        let arrows = [(first > 0, 0, FormStrings.moreAbove),
                      (first + shown < matches.count, shown - 1, FormStrings.moreBelow)]
        for (hidden, offset, arrow) in arrows where hidden {
            let role: StyleRole = first + offset == list.highlight ? .formFieldFocused : .muted
            put(arrow, x: inputX + width - 1, y: row + offset, role: role, maxWidth: 1, into: &grid)
        }
        return cursor
    }

    /// Which options are picked: "* " before the one of a choice field, "[x] " before each of a
    /// multiple choice.
    private static func mark(_ code: String, in kind: Form.FieldKind) -> String {
        switch kind {
        case .multiChoice(let choices):
            choices.selected.contains(code) ? FormStrings.checkedBox : FormStrings.uncheckedBox
        case .choice(let choice):
            choice.selected == code ? FormStrings.selectedMark : FormStrings.unselectedMark
        case .text, .area, .dateTime:
            ""
        }
    }

    // MARK: Drawing clipped to the field rows, so a scrolled form never spills over its help lines

    @discardableResult
    private func put(_ text: String, x: Int, y row: Int, role: StyleRole, maxWidth: Int, ellipsis: Bool = true,
                     into grid: inout Grid) -> Int {
        guard fieldRows.contains(row) else { return 0 }
        return grid.put(text, x: x, y: row, role: role, maxWidth: maxWidth, ellipsis: ellipsis)
    }

    private func paint(row: Int, role: StyleRole, from column: Int, width: Int, into grid: inout Grid) {
        guard fieldRows.contains(row) else { return }
        grid.fill(row: row, role: role, from: column, width: width)
    }

    // MARK: Help

    private func hintLine() -> String {
        guard let focused else { return "" }
        return Self.joined(hints(for: form.fields[focused].kind), width: width)
    }

    private func hints(for kind: Form.FieldKind) -> [FormStrings.Hint] {
        switch kind {
        case .text: strings.textHints
        case .area: strings.areaHints
        case .dateTime(let time): time.allowsFuture ? strings.dueHints : strings.timeHints
        case .choice(let choice) where choice.isFiltering:
            [strings.filteringRule, strings.pick, strings.clearFilter]
        case .choice(let choice):
            [strings.hotkeyPicks, strings.typeahead, strings.pick] + (choice.allowsNone ? [strings.clearChoice] : [])
        case .multiChoice(let choices) where choices.isFiltering:
            [strings.filteringRule, strings.toggle, strings.clearFilter]
        case .multiChoice:
            [strings.hotkeyToggles, strings.typeahead, strings.toggle]
        }
    }

    /// Whole hints, in order, as many as fit.
    private static func joined(_ hints: [FormStrings.Hint], width: Int) -> String {
        var line = ""
        for hint in hints {
            let next = line.isEmpty ? hint.text : line + FormStrings.hintSeparator + hint.text
            guard DisplayWidth.of(next) <= width else { break }
            line = next
        }
        return line
    }

    private static func labelText(_ field: Form.Field) -> String {
        field.required ? field.label + FormStrings.requiredMark : field.label
    }
}
