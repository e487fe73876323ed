import DutyDeskGrid

/// The scrolling body under a title row that the case detail and the reports share: how many
/// rows it has, how far it may scroll, and drawing the lines from the scroll position.
enum ScrollingBody {
    /// Header, tabs, the title row and the footer take four rows; a banner one more.
    static func rows(height: Int, banner: Bool) -> Int { height - 4 - (banner ? 1 : 0) }

    static func limit(lineCount: Int, height: Int, banner: Bool) -> Int {
        max(0, lineCount - rows(height: height, banner: banner))
    }

    /// Where a movement key takes a position (a scroll offset, a selected row, an agenda page),
    /// kept within 0…limit.
    static func scrolled(_ position: Int, by action: Action, page: Int, limit: Int) -> Int {
        let wanted = switch action {
        case .moveUp: position - 1
        case .moveDown: position + 1
        case .pageUp: position - max(1, page)
        case .pageDown: position + max(1, page)
        case .first: 0
        default: limit
        }
        return min(max(0, wanted), limit)
    }

    static func draw(_ lines: [DetailScreen.Line], from y: Int, scroll: Int, banner: Bool, into grid: inout Grid) {
        let rows = rows(height: grid.height, banner: banner)
        let first = min(scroll, max(0, lines.count - rows))
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            var x = 1
            for segment in line { x += grid.put(segment.text, x: x, y: y + offset, role: segment.role) }
        }
    }
}
