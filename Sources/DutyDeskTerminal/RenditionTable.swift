import CNcursesw
import DutyDeskGrid

/// How a role is handed to ncurses: attribute bits plus a colour pair number (0 = default colours).
struct Rendition: Equatable, Sendable {
    var attributes: attr_t
    var pair: Int16
}

/// Resolves every role of a theme to a rendition up front, so drawing a cell is a lookup.
/// Roles with the same foreground and background share a pair, because terminals offer few.
/// Pure: the pairs it wants are listed in `pairs` for the terminal to register with ncurses.
struct RenditionTable: Sendable {
    struct Pair: Equatable, Hashable, Sendable {
        var foreground: Int32
        var background: Int32
    }

    private(set) var renditions: [StyleRole: Rendition] = [:]
    /// Pair `n` is `pairs[n - 1]`.
    private(set) var pairs: [Pair] = []

    /// - palette: nil draws with attributes only (monochrome theme, NO_COLOR, no colour terminal).
    /// - defaultColors: whether the terminal accepted -1 for its own default colours; when not,
    ///   the default is taken to be white on black.
    /// - pairLimit: COLOR_PAIRS; roles that would need more fall back to the default pair.
    init(theme: Theme, palette: Palette?, defaultColors: Bool, pairLimit: Int) {
        var numbers: [Pair: Int16] = [:]
        for role in StyleRole.allCases {
            let style = theme.style(role)
            var pairNumber: Int16 = 0
            if let palette {
                let pair = Pair(
                    foreground: ColorMapper.number(for: style.foreground, in: palette) ?? (defaultColors ? -1 : 7),
                    background: ColorMapper.number(for: style.background, in: palette) ?? (defaultColors ? -1 : 0)
                )
                if let known = numbers[pair] {
                    pairNumber = known
                } else if pair != Pair(foreground: -1, background: -1), pairs.count + 1 < min(pairLimit, Int(Int16.max)) {
                    pairs.append(pair)
                    pairNumber = Int16(pairs.count)
                    numbers[pair] = pairNumber
                }
            }
            renditions[role] = Rendition(attributes: Self.attributes(of: style), pair: pairNumber)
        }
    }

    subscript(role: StyleRole) -> Rendition { renditions[role] ?? Rendition(attributes: attr_t(0), pair: 0) }

    private static func attributes(of style: Style) -> attr_t {
        var attributes = attr_t(0)
        if style.bold { attributes |= dd_attr_bold() }
        if style.underline { attributes |= dd_attr_underline() }
        if style.reverse { attributes |= dd_attr_reverse() }
        return attributes
    }
}
