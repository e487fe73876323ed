/// A terminal colour as a theme names it. Terminals with fewer colours get the nearest one.
public enum Color: Sendable, Hashable {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// An xterm 256-colour index.
    case indexed(UInt8)
    case rgb(red: UInt8, green: UInt8, blue: UInt8)
}

/// How one role looks: colours plus attributes that survive on a monochrome terminal.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault, bold: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }
}

/// A complete mapping from every role to a style.
public struct Theme: Sendable, Equatable {
    public let name: String
    public let styles: [StyleRole: Style]
    /// Monochrome themes draw with attributes only (bold, underline, reverse).
    public let monochrome: Bool

    public init(name: String, styles: [StyleRole: Style], monochrome: Bool) {
        self.name = name
        self.styles = styles
        self.monochrome = monochrome
    }

    public func style(_ role: StyleRole) -> Style { styles[role] ?? styles[.normal] ?? Style() }
}
