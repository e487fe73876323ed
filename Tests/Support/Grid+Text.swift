import DutyDeskGrid

/// A grid read as text, the way the tests compare what a screen drew; the desk itself never reads
/// a grid back, so this lives with the tests.
extension Grid {
    /// The row's characters as a string (continuations omitted).
    public func text(row y: Int) -> String {
        (0..<width).map { self[$0, y].text }.joined()
    }

    /// Every row, joined by newlines: what a person would read on the screen.
    public var text: String { (0..<height).map(text(row:)).joined(separator: "\n") }
}
