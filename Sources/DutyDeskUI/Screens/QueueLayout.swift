/// Where the queue's columns go at a given width. Columns drop by priority as the terminal
/// narrows (unit first, then locality, then status) so the title keeps a readable width and
/// the countdown keeps its fixed place at the right.
public struct QueueLayout: Equatable, Sendable {
    public enum Column: CaseIterable, Sendable { case code, grade, title, locality, unit, status, clock }

    public static let minimumWidth = 80
    public static let minimumHeight = 24
    static let markerWidth = 2
    static let minimumTitle = 14
    static let fixedWidths: [Column: Int] = [.code: 15, .grade: 13, .locality: 8, .unit: 12, .status: 9, .clock: 19]
    static let dropOrder: [Column] = [.unit, .locality, .status]

    public let columns: [(column: Column, x: Int, width: Int)]

    public init(width: Int) {
        var shown = Column.allCases
        func fixed(_ columns: [Column]) -> Int {
            Self.markerWidth + columns.filter { $0 != .title }.reduce(0) { $0 + Self.fixedWidths[$1]! + 1 }
        }
        for column in Self.dropOrder where width - fixed(shown) < Self.minimumTitle {
            shown.removeAll { $0 == column }
        }
        let titleWidth = max(1, width - fixed(shown) - 1)
        var x = Self.markerWidth
        var placed: [(Column, Int, Int)] = []
        for column in shown {
            let columnWidth = column == .title ? titleWidth : Self.fixedWidths[column]!
            placed.append((column, x, columnWidth))
            x += columnWidth + 1
        }
        columns = placed
    }

    public func place(of column: Column) -> (x: Int, width: Int)? {
        columns.first { $0.column == column }.map { ($0.x, $0.width) }
    }

    public static func == (lhs: QueueLayout, rhs: QueueLayout) -> Bool {
        lhs.columns.map(\.x) == rhs.columns.map(\.x) && lhs.columns.map(\.column) == rhs.columns.map(\.column)
    }

    /// Rows of cases that fit: header, tabs, optional banner, column titles and footer take the rest.
    public static func listRows(height: Int, banner: Bool) -> Int { height - 4 - (banner ? 1 : 0) }
}
