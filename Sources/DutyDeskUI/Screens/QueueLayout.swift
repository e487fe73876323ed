import DutyDeskCore

/// Where the queue's columns go at a given width. Every column but the title is as wide as the
/// widest thing it holds (or its name; locality and unit up to `caps`); the title takes every cell they leave. Columns drop by
/// priority as the terminal narrows: unit, then locality, while the title has fewer than
/// `minimumTitle` cells (16 CJK characters and the ellipsis). Code, grade, status and the
/// countdown always stay: a row without its status does not say what the case waits for. The
/// countdown sits at the right. The city's queue puts the desk (值班台) first, which never drops.
public struct QueueLayout: Equatable, Sendable {
    public enum Column: CaseIterable, Sendable { case desk, code, grade, title, locality, unit, status, clock }

    /// A desk's own queue: every column but the desk, which is the whole console's.
    public static let deskColumns = Column.allCases.filter { $0 != .desk }

    public static let minimumWidth = 80
    public static let minimumHeight = 24
    static let markerWidth = 2
    static let minimumTitle = 33
    static let dropOrder: [(column: Column, below: Int)] = [(.unit, minimumTitle), (.locality, minimumTitle)]
    /// The most a locality or a unit takes (its name is clipped with …; the preview says it
    /// whole), so one long name (县人力资源和社会保障局) never costs every row its title. Six CJK
    /// characters hold the usual 县生态环境局, 河西街道.
    static let caps: [Column: Int] = [.locality: 12, .unit: 12]

    public let columns: [(column: Column, x: Int, width: Int)]

    /// `widths` holds, for every column but the title, the widest cell it must show; `offered` are
    /// the columns the queue has, in order.
    public init(width: Int, widths measured: [Column: Int], offered: [Column] = deskColumns) {
        var widths = measured
        for (column, cap) in Self.caps { widths[column] = widths[column].map { min($0, cap) } }
        var shown = offered
        func fixed(_ columns: [Column]) -> Int {
            Self.markerWidth + columns.filter { $0 != .title }.reduce(0) { $0 + (widths[$1] ?? 0) + 1 }
        }
        for (column, below) in Self.dropOrder where width - fixed(shown) < below {
            shown.removeAll { $0 == column }
        }
        let titleWidth = max(1, width - fixed(shown))
        var x = Self.markerWidth
        var placed: [(Column, Int, Int)] = []
        for column in shown {
            let columnWidth = column == .title ? titleWidth : widths[column] ?? 0
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

    /// Rows of cases that fit in the body under the column titles.
    public static func listRows(in body: Rect) -> Int { body.below(1).height }
}
