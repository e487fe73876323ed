import DutyDeskCore
import DutyDeskGrid
import DutyDeskText

/// One line of editable text with a cursor measured in display columns.
///
/// The text is kept as a `String` and the cursor as a `Character` offset, and every edit recounts
/// the cursor from the edited string: an IME commits a combining accent as its own key, and once
/// inserted it joins the letter before it into one character, which the cursor must not split.
public struct TextBuffer: Sendable, Equatable {
    public private(set) var text: String
    /// Cursor as a Character index (0...text.count); never inside a grapheme.
    public private(set) var cursor: Int
    /// The most characters the field holds: typing stops there and a paste is cut there.
    public let limit: Int

    /// A single line holds a title's worth: 一句话事由 is one sentence, not a document.
    public static let lineLimit = 100

    /// The cursor starts at the end, where an operator continues a prefilled value.
    public init(_ text: String = "", limit: Int = lineLimit) {
        self.text = ""
        cursor = 0
        self.limit = limit
        insert(text)
    }

    /// Characters the field can still take.
    public var room: Int { max(0, limit - text.count) }

    /// Display columns before the cursor: a CJK character counts two.
    public var cursorColumn: Int { DisplayWidth.of(text.prefix(cursor)) }

    public var isEmpty: Bool { text.isEmpty }

    /// Edits for the key; returns true if the key was an editing key it used. Left/Right/Home/End/
    /// Backspace/Delete, Ctrl-A (home) Ctrl-E (end) Ctrl-U (kill to start) Ctrl-K (kill to end)
    /// Ctrl-W (kill previous word: ASCII words by spaces; a run of CJK counts as one word);
    /// printable characters insert, control characters are refused.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace where cursor > 0: replace(cursor - 1..<cursor, with: "")
        case .delete where cursor < text.count: replace(cursor..<cursor + 1, with: "")
        case .backspace, .delete: break
        case .control("u"): replace(0..<cursor, with: "")
        case .control("k"): replace(cursor..<text.count, with: "")
        case .control("w"): replace(previousWordStart()..<cursor, with: "")
        case .character(let character):
            guard Self.isTypable(character) else { return false }
            // At the limit the key is still the field's: it must not fall through to the form.
            if room > 0 { replace(cursor..<cursor, with: String(character)) }
        case .paste(let pasted): insert(pasted)
        default: return false
        }
        return true
    }

    /// Inserts at the cursor, as a paste would. A single line cannot hold a line break or a tab, so
    /// those become spaces; other control characters are dropped, as typing them is refused; what
    /// does not fit under `limit` is left out.
    public mutating func insert(_ text: String) {
        var typable = ""
        // Counted as it grows: `typable.count` walks the string, which made a 2,000-character
        // paste quadratic.
        var taken = 0
        let room = room
        for character in text {
            if taken == room { break }
            if character.isNewline || character == "\t" {
                typable.append(" ")
            } else if Self.isTypable(character) {
                typable.append(character)
            } else {
                continue
            }
            taken += 1
        }
        replace(cursor..<cursor, with: typable)
    }

    /// The visible slice for a field `width` columns wide: horizontal scrolling that keeps the
    /// cursor (and the whole character under it) visible, never splitting a wide character.
    /// `scroll` is the number of columns hidden on the left. A caller that keeps it between frames
    /// gets a steady view; one that passes 0 each time still gets a stable one, because when the
    /// cursor leaves the field the view jumps by half a field, not one column per key. Text that
    /// fits (with the cursor after it) is always shown whole.
    public func viewport(width: Int, scroll: inout Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else {
            scroll = 0
            return ("", 0)
        }
        let starts = columnStarts()
        let cursorAt = starts[cursor]
        let cursorCells = cursor < starts.count - 1 ? min(width, max(1, starts[cursor + 1] - cursorAt)) : 1
        let lowest = max(0, cursorAt + cursorCells - width)
        let step = max(1, width / 2)
        if starts[starts.count - 1] < width {
            scroll = 0
        } else if scroll < lowest {
            scroll = Self.boundary(atOrAfter: min(cursorAt, (lowest + step - 1) / step * step), in: starts)
        } else if scroll > cursorAt {
            let left = Self.boundary(atOrBefore: max(lowest, cursorAt - step), in: starts)
            scroll = left >= lowest ? left : Self.boundary(atOrAfter: lowest, in: starts)
        } else {
            scroll = Self.boundary(atOrAfter: scroll, in: starts)
        }
        var shown = ""
        for (offset, character) in text.enumerated() where starts[offset] >= scroll {
            guard starts[offset + 1] <= scroll + width else { break }
            shown.append(character)
        }
        return (shown, cursorAt - scroll)
    }

    /// A key an operator may type into a field: anything `SafeText` would not have to replace, and
    /// not a line break, which only a text area accepts (through Enter).
    static func isTypable(_ character: Character) -> Bool {
        !character.isNewline && !SafeText.containsControl(String(character))
    }

    // MARK: Operations a text area builds its lines from

    /// Puts the cursor on the last character boundary at or before display column `column`, so a
    /// remembered column that falls inside a wide character lands before it.
    mutating func place(atColumn column: Int) {
        let starts = columnStarts()
        cursor = starts.lastIndex { $0 <= column } ?? 0
    }

    /// Cuts the text after the cursor off and returns it, as a new line with its cursor at the start.
    mutating func splitAtCursor() -> TextBuffer {
        let tail = String(text.dropFirst(cursor))
        replace(cursor..<text.count, with: "")
        var line = TextBuffer(tail, limit: limit)
        line.cursor = 0
        return line
    }

    /// Appends `line`, leaving the cursor where the two meet.
    mutating func join(_ line: TextBuffer) {
        let meeting = text.count
        replace(meeting..<meeting, with: line.text)
        cursor = min(meeting, text.count)
    }

    /// The display column at which each character starts, plus the total width at the end.
    func columnStarts() -> [Int] {
        var starts = [0]
        starts.reserveCapacity(text.count + 1)
        for character in text { starts.append(starts[starts.count - 1] + DisplayWidth.of(character)) }
        return starts
    }

    // MARK: Editing

    /// Replaces the characters in `range` and puts the cursor after the new text. The cursor is
    /// recounted in scalars because the new text may merge with its neighbours into fewer
    /// characters; a cursor that would fall inside a merged character moves past it.
    private mutating func replace(_ range: Range<Int>, with new: String) {
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        let scalarsBefore = text[..<lower].unicodeScalars.count + new.unicodeScalars.count
        text.replaceSubrange(lower..<upper, with: new)
        var scalars = 0
        cursor = 0
        for character in text {
            guard scalars < scalarsBefore else { break }
            scalars += character.unicodeScalars.count
            cursor += 1
        }
    }

    /// Where Ctrl-W stops: back over spaces, then over one run of the same kind, so "ab城关镇c"
    /// loses "c", then "城关镇", then "ab".
    private func previousWordStart() -> Int {
        let characters = Array(text.prefix(cursor))
        var start = characters.count
        while start > 0, WordKind(characters[start - 1]) == .space { start -= 1 }
        guard start > 0 else { return 0 }
        let kind = WordKind(characters[start - 1])
        while start > 0, WordKind(characters[start - 1]) == kind { start -= 1 }
        return start
    }

    private static func boundary(atOrAfter column: Int, in starts: [Int]) -> Int {
        starts.first { $0 >= column } ?? starts[starts.count - 1]
    }

    private static func boundary(atOrBefore column: Int, in starts: [Int]) -> Int {
        starts.last { $0 <= column } ?? 0
    }
}

/// Ctrl-W's idea of a word: Chinese has no spaces between words, so a run of wide characters is
/// one word, and a run of anything else up to a space is another.
private enum WordKind {
    case space, wide, narrow

    init(_ character: Character) {
        if character.isWhitespace {
            self = .space
        } else {
            self = DisplayWidth.of(character) == 2 ? .wide : .narrow
        }
    }
}
