import DutyDeskText

/// One screen cell. A wide character occupies its cell and marks the next as a continuation
/// (`text` empty, `width` 0), which the terminal layer skips when it draws.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var width: UInt8
    public var role: StyleRole

    public static func blank(_ role: StyleRole) -> Cell { Cell(text: " ", width: 1, role: role) }
    public var isContinuation: Bool { width == 0 }
}

/// An off-screen buffer of cells: screens draw into it as pure functions of their state,
/// tests compare it, and the terminal layer copies only the cells that changed.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, role: StyleRole = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` from column `x` of row `y`, at most `maxWidth` columns (default: to the
    /// right edge). Control characters become visible placeholders; a wide character that does
    /// not fit is dropped, never split; clipped text ends in "…" when `ellipsis` is set.
    /// Returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil,
                             ellipsis: Bool = true) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let start = max(0, x)
        let room = min(width - start, maxWidth ?? width)
        guard room > 0 else { return 0 }
        let safe = SafeText.singleLine(text)
        let shown = DisplayWidth.of(safe) > room ? DisplayWidth.clip(safe, to: room, ellipsis: ellipsis) : safe
        var column = start
        for character in shown {
            let columns = DisplayWidth.of(character)
            guard columns > 0 else { continue }
            guard column + columns <= start + room else { break }
            set(column, y, Cell(text: String(character), width: UInt8(columns), role: role))
            if columns == 2 { set(column + 1, y, Cell(text: "", width: 0, role: role)) }
            column += columns
        }
        return column - start
    }

    /// Paints cells blank in `role`, from `x` for `width` columns (default: to the right edge).
    public mutating func fill(row y: Int, role: StyleRole, from x: Int = 0, width count: Int? = nil) {
        guard y >= 0, y < height else { return }
        let end = min(width, x + (count ?? width))
        for column in max(0, x)..<max(max(0, x), end) { set(column, y, .blank(role)) }
    }

    /// Keeps a wide character whole: overwriting either half blanks the other.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, cells[index - 1].width == 2 { cells[index - 1] = .blank(cells[index - 1].role) }
        if old.width == 2, x + 1 < width, cell.width != 2 { cells[index + 1] = .blank(old.role) }
        cells[index] = cell
    }
}
