import DutyDeskCore
import DutyDeskGrid
import DutyDeskText

/// Multi-line text (details, notes): one `TextBuffer` per line, so a line edits exactly like a
/// single-line field, plus Enter (or Ctrl-J) for a new line and Up/Down between lines.
public struct TextArea: Sendable, Equatable {
    private var rows: [TextBuffer]
    /// The line the cursor is on.
    public private(set) var line: Int
    /// The display column Up/Down aim for. A short line in between moves the cursor left, and the
    /// next longer line should get the column back; any other key forgets it.
    private var goalColumn: Int?

    /// The most characters the whole text holds, line breaks included.
    public let limit: Int

    /// Details, release texts and notes are long, but a ledger line is not a document store.
    public static let areaLimit = 4000

    /// The cursor starts at the end of the text.
    public init(_ text: String = "", limit: Int = areaLimit) {
        rows = [TextBuffer(limit: limit)]
        line = 0
        self.limit = limit
        insert(text)
    }

    /// Characters the area can still take.
    public var room: Int { max(0, limit - text.count) }

    public var text: String { lines.joined(separator: "\n") }
    public var lines: [String] { rows.map(\.text) }
    /// Cursor as a Character index within its line.
    public var cursor: Int { rows[line].cursor }
    /// Display columns before the cursor on its line.
    public var cursorColumn: Int { rows[line].cursorColumn }
    public var isEmpty: Bool { rows.count == 1 && rows[0].isEmpty }

    /// Edits for the key; returns true if it used the key. Besides what a `TextBuffer` does:
    /// Enter and Ctrl-J split the line; Up/Down move between lines (always used, so a form keeps
    /// the focus here); Left/Right, Backspace, Delete and Ctrl-K at a line's edge cross or join lines.
    public mutating func handle(_ key: Key) -> Bool {
        if key == .up || key == .down {
            let column = goalColumn ?? cursorColumn
            let target = line + (key == .up ? -1 : 1)
            if rows.indices.contains(target) {
                line = target
                rows[line].place(atColumn: column)
            }
            goalColumn = column
            return true
        }
        goalColumn = nil
        let atStart = cursor == 0
        let atEnd = cursor == rows[line].text.count
        let isLast = line == rows.count - 1
        switch key {
        case .enter, .control("j"):
            guard room > 0 else { return true }
            rows.insert(rows[line].splitAtCursor(), at: line + 1)
            line += 1
        case .character where room == 0:
            break
        case .paste(let pasted):
            insert(pasted)
        case .left where atStart && line > 0:
            line -= 1
            _ = rows[line].handle(.end)
        case .right where atEnd && !isLast:
            line += 1
            _ = rows[line].handle(.home)
        case .backspace where atStart && line > 0:
            let joined = rows.remove(at: line)
            line -= 1
            _ = rows[line].handle(.end)
            rows[line].join(joined)
        case .delete where atEnd && !isLast, .control("k") where atEnd && !isLast:
            rows[line].join(rows.remove(at: line + 1))
        default:
            return rows[line].handle(key)
        }
        return true
    }

    /// Inserts at the cursor, as a paste would; line breaks (any kind) start new lines; what does
    /// not fit under `limit` is left out.
    public mutating func insert(_ text: String) {
        var pieces = String(text.prefix(room)).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)[...]
        rows[line].insert(String(pieces.removeFirst()))
        for piece in pieces {
            rows.insert(rows[line].splitAtCursor(), at: line + 1)
            line += 1
            rows[line].insert(String(piece))
        }
        goalColumn = nil
    }

    /// The visible part for an area `width` columns wide and `height` rows high. Lines wrap at
    /// character boundaries (Chinese has no spaces to break at) without splitting a wide character;
    /// `scroll` is the first visible wrapped row, kept while the cursor stays in view and moved just
    /// enough when it leaves. Returns the rows to draw and the cursor's row and column among them.
    public func viewport(width: Int, height: Int, scroll: inout Int)
        -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        guard width > 0, height > 0 else {
            scroll = 0
            return ([], 0, 0)
        }
        let wrapped = wrappedRows(width: width)
        let cursorRow = wrapped.lastIndex { $0.line == line && $0.start <= cursor } ?? 0
        let rowStart = wrapped[cursorRow]
        let column = DisplayWidth.of(rows[line].text.dropFirst(rowStart.start).prefix(cursor - rowStart.start))
        scroll = max(0, scroll)
        if cursorRow < scroll {
            scroll = cursorRow
        } else if cursorRow >= scroll + height {
            scroll = cursorRow - height + 1
        }
        let visible = wrapped[scroll..<min(wrapped.count, scroll + height)].map(\.text)
        return (visible, cursorRow - scroll, column)
    }

    /// Every line wrapped to `width` columns, each row with its line and first character's index.
    /// A line whose last row is full gets an empty row after it when the cursor sits at its end,
    /// so the cursor always has a cell to stand on.
    func wrappedRows(width: Int) -> [WrappedRow] {
        var result: [WrappedRow] = []
        for (number, buffer) in rows.enumerated() {
            var row = WrappedRow(line: number, start: 0, text: "")
            var used = 0
            for (offset, character) in buffer.text.enumerated() {
                let columns = DisplayWidth.of(character)
                // A row always takes one character, even one wider than the whole area.
                if used + columns > width, !row.text.isEmpty {
                    result.append(row)
                    row = WrappedRow(line: number, start: offset, text: "")
                    used = 0
                }
                row.text.append(character)
                used += columns
            }
            result.append(row)
            if number == line, cursor == buffer.text.count, cursor > row.start, used >= width {
                result.append(WrappedRow(line: number, start: cursor, text: ""))
            }
        }
        return result
    }

    struct WrappedRow: Equatable {
        let line: Int
        let start: Int
        var text: String
    }
}
