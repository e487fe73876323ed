import DutyDeskGrid

/// A countdown in block characters, five rows tall, for the meeting's shared screen: read from
/// the back of the room, and plain characters, so a monochrome projector shows it as well.
enum BigDigits {
    static let height = 5

    private static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"],
        "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"],
        "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"],
        "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"],
        "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"],
        "9": ["███", "█ █", "███", "  █", "███"],
        ":": [" ", "█", " ", "█", " "],
        "-": ["   ", "   ", "███", "   ", "   "],
        // The day marks the countdown in words uses: 天 in Chinese, d in English.
        "天": ["███", " █ ", "███", " █ ", "█ █"],
        "d": ["  █", "  █", "███", "█ █", "███"],
    ]

    /// The rows of `text` (digits, `:` and `-`): each block `scale` columns wide and `scale` rows
    /// tall, a blank gap between glyphs.
    static func rows(_ text: String, scale: Int = 1) -> [String] {
        (0..<height).flatMap { row in
            let line = text.compactMap { glyphs[$0]?[row] }
                .map { glyph in String(glyph.flatMap { String(repeating: $0, count: scale) }) }
                .joined(separator: String(repeating: " ", count: scale))
            return Array(repeating: line, count: scale)
        }
    }

    static func width(_ text: String, scale: Int = 1) -> Int { rows(text, scale: scale).first?.count ?? 0 }

    /// Reads as the countdown in words does (`1天23:57:14`): days, then hours below 24, with
    /// `dayMark` (天 or d) between; a leading "-" once overdue.
    static func clock(_ secondsLeft: Int, dayMark: Character) -> String {
        let magnitude = abs(secondsLeft)
        let days = magnitude / 86_400
        let text = String(format: "%02d:%02d:%02d", magnitude % 86_400 / 3600, magnitude % 3600 / 60, magnitude % 60)
        let shown = days > 0 ? "\(days)\(dayMark)" + text : text
        return secondsLeft < 0 ? "-" + shown : shown
    }

    static func draw(_ text: String, scale: Int, x: Int, y: Int, role: StyleRole, into grid: inout Grid) {
        for (offset, row) in rows(text, scale: scale).enumerated() {
            grid.put(row, x: x, y: y + offset, role: role, ellipsis: false)
        }
    }
}
