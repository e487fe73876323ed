/// A rectangle of the screen in cells, where one part draws. The frame decides the chrome once
/// (header, tabs, a banner when there is one, the footer) and hands the screens the body left
/// between, as ratatui hands its widgets an area.
public struct Rect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = max(0, height)
    }

    /// The first row under the rectangle.
    public var bottom: Int { y + height }

    /// What is left under the first `rows` rows (a title, column headings).
    public func below(_ rows: Int) -> Rect {
        Rect(x: x, y: y + min(rows, height), width: width, height: height - rows)
    }

    /// Under the header and the lane tabs, above the footer: a banner takes its first row, and a
    /// form covers all of it, banner included.
    public static func underTabs(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 2, width: width, height: height - 3)
    }

    /// The header and the lane tabs above, a banner under them (a damaged ledger, a review of the
    /// past), the footer below: what is left is where a screen draws.
    public static func body(width: Int, height: Int, banner: Bool) -> Rect {
        let area = underTabs(width: width, height: height)
        return banner ? area.below(1) : area
    }
}
