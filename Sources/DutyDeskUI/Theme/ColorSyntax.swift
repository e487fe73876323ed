import DutyDeskGrid

/// How a theme writes a colour: "#rrggbb", an xterm index 0-255 (a number, or digits in a
/// string), an ANSI name such as "red" or "bright-red", or "default" for the terminal's own.
enum ColorSyntax {
    /// In ANSI order, so a name's position is its colour number.
    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func color(index: Int) -> Color? {
        guard let byte = UInt8(exactly: index) else { return nil }
        return .indexed(byte)
    }

    static func color(named text: String) -> Color? {
        let name = text.lowercased()
        if name == "default" { return .terminalDefault }
        if name.hasPrefix("#") { return rgb(hex: name.dropFirst()) }
        if name.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(name) { return color(index: index) }
        if name.hasPrefix("bright-") { return ansi(name.dropFirst("bright-".count), offset: 8) }
        return ansi(Substring(name), offset: 0)
    }

    private static func ansi(_ name: Substring, offset: UInt8) -> Color? {
        guard let number = ansiNames.firstIndex(of: String(name)) else { return nil }
        return .ansi(UInt8(number) + offset)
    }

    private static func rgb(hex: Substring) -> Color? {
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else { return nil }
        return .rgb(red: UInt8(value >> 16 & 0xff), green: UInt8(value >> 8 & 0xff), blue: UInt8(value & 0xff))
    }
}
