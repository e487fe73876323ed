import DutyDeskGrid

/// The colours a terminal offers, which decides how a theme's colours are approximated.
enum Palette: Equatable, Sendable {
    case ansi8, ansi16, xterm256
    /// Direct-colour terminals (terminfo such as xterm-direct): numbers below 8 are the ANSI
    /// colours, every other number is 0xRRGGBB.
    case direct

    /// nil when there are too few colours to be worth using: attributes only.
    init?(colorCount: Int) {
        switch colorCount {
        case 257...: self = .direct
        case 256: self = .xterm256
        case 16..<256: self = .ansi16
        case 8..<16: self = .ansi8
        default: return nil
        }
    }
}

struct RGB: Equatable, Sendable {
    var red: UInt8
    var green: UInt8
    var blue: UInt8

    init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    func distance(to other: RGB) -> Int {
        let red = Int(self.red) - Int(other.red)
        let green = Int(self.green) - Int(other.green)
        let blue = Int(self.blue) - Int(other.blue)
        return red * red + green * green + blue * blue
    }
}

/// Theme colours to ncurses colour numbers. Pure, so the approximations are testable.
enum ColorMapper {
    /// The ncurses colour number for `color`, or nil for the terminal's own default colour.
    static func number(for color: Color, in palette: Palette) -> Int32? {
        switch color {
        case .terminalDefault: nil
        case .ansi(let index): number(forIndex: index & 0x0F, in: palette)
        case .indexed(let index): number(forIndex: index, in: palette)
        case .rgb(let red, let green, let blue): number(for: RGB(red, green, blue), in: palette)
        }
    }

    /// The nearest colour of the xterm 6×6×6 cube (16–231) or grey ramp (232–255). The first 16
    /// are left out: users retheme them, so they are not known to be any particular colour.
    static func xterm256(_ color: RGB) -> UInt8 {
        let red = nearestCubeStep(color.red)
        let green = nearestCubeStep(color.green)
        let blue = nearestCubeStep(color.blue)
        let cube = RGB(cubeLevels[red], cubeLevels[green], cubeLevels[blue])
        let average = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
        let grey = min(23, max(0, (average - 8 + 5) / 10))
        let greyLevel = UInt8(8 + 10 * grey)
        if RGB(greyLevel, greyLevel, greyLevel).distance(to: color) < cube.distance(to: color) {
            return UInt8(232 + grey)
        }
        return UInt8(16 + 36 * red + 6 * green + blue)
    }

    /// The nearest of the first `count` (8 or 16) ANSI colours, as xterm draws them by default.
    static func nearestANSI(_ color: RGB, count: Int) -> UInt8 {
        let candidates = ansiColors.prefix(count).indices
        return UInt8(candidates.min { ansiColors[$0].distance(to: color) < ansiColors[$1].distance(to: color) } ?? 0)
    }

    /// The colour xterm shows for a 256-colour index by default.
    static func rgb(ofXterm index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return ansiColors[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGB(cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return RGB(level, level, level)
        }
    }

    private static func number(forIndex index: UInt8, in palette: Palette) -> Int32 {
        switch palette {
        case .xterm256: Int32(index)
        case .ansi16: Int32(index < 16 ? index : nearestANSI(rgb(ofXterm: index), count: 16))
        case .ansi8: Int32(index < 8 ? index : nearestANSI(rgb(ofXterm: index), count: 8))
        case .direct: index < 8 ? Int32(index) : packed(rgb(ofXterm: index))
        }
    }

    private static func number(for color: RGB, in palette: Palette) -> Int32 {
        switch palette {
        case .xterm256: Int32(xterm256(color))
        case .ansi16: Int32(nearestANSI(color, count: 16))
        case .ansi8: Int32(nearestANSI(color, count: 8))
        case .direct: packed(color)
        }
    }

    /// 0xRRGGBB, kept clear of 0–7, which a direct-colour terminal reads as ANSI colours; the
    /// near-blacks that would land there become 0x000008, which looks the same.
    private static func packed(_ color: RGB) -> Int32 {
        max(8, Int32(color.red) << 16 | Int32(color.green) << 8 | Int32(color.blue))
    }

    private static func nearestCubeStep(_ value: UInt8) -> Int {
        cubeLevels.indices.min { abs(Int(cubeLevels[$0]) - Int(value)) < abs(Int(cubeLevels[$1]) - Int(value)) } ?? 0
    }

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    private static let ansiColors: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]
}
