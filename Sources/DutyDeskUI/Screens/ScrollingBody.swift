import DutyDeskGrid

/// The scrolling body under a title row that the case detail and the reports share: how many
/// rows it has, how far it may scroll, and drawing the lines from the scroll position.
enum ScrollingBody {
    /// The body's rows under its title row: what a page of scrolling moves.
    static func rows(in body: Rect) -> Int { body.below(1).height }

    static func limit(lineCount: Int, in body: Rect) -> Int {
        max(0, lineCount - rows(in: body))
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

    /// Draws the lines under the body's title row, from the scroll position.
    static func draw(_ lines: [DetailScreen.Line], in body: Rect, scroll: Int, into grid: inout Grid) {
        let area = body.below(1)
        let first = min(scroll, max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            var x = area.x + 1
            for segment in line { x += grid.put(segment.text, x: x, y: area.y + offset, role: segment.role) }
        }
    }
}
