import CNcursesw
import DutyDeskGrid
import DutyDeskText

/// One character as ncurses is given it, with the columns ncurses will advance for it.
struct Glyph: Equatable {
    /// A spacing character followed by its combining marks, as `setcchar` wants them.
    var characters: [wchar_t]
    var columns: Int

    static let space = Glyph(characters: [0x20], columns: 1)
    static let replacement = Glyph(characters: [0xFFFD], columns: 1)

    /// What to send for `cell` so that exactly `span` columns (1, or 2 for a whole wide cell) are
    /// written: ncurses must never wrap or push the rest of the row along, so whatever the C
    /// library's width tables say about a character has to agree with the grid's layout.
    /// - A wide cell with only one column of room becomes a space.
    /// - Text is sanitized again: a Cell can be built without `Grid.put`, and an ESC reaching
    ///   the terminal could rewrite the screen.
    /// - A character the C library thinks wider than the grid does becomes U+FFFD; one it thinks
    ///   narrower is padded with a space.
    static func glyphs(for cell: Cell, span: Int) -> [Glyph] {
        guard span == (cell.width == 2 ? 2 : 1) else { return [.space] }
        guard let character = SafeText.singleLine(cell.text).first else { return padded(.space, to: span) }
        let scalars = Array(character.unicodeScalars)
        let base = wchar_t(bitPattern: scalars[0].value)
        let baseColumns = Int(wcwidth(base))
        guard baseColumns >= 1, baseColumns <= span else { return padded(.replacement, to: span) }
        // CCHARW_MAX (5) characters fit in a cell; further scalars of an emoji sequence are
        // spacing characters that setcchar would refuse, so the base stands for the sequence.
        let marks = scalars.dropFirst()
            .map { wchar_t(bitPattern: $0.value) }
            .prefix { wcwidth($0) == 0 }
            .prefix(Int(CCHARW_MAX) - 1)
        return padded(Glyph(characters: [base] + marks, columns: baseColumns), to: span)
    }

    private static func padded(_ glyph: Glyph, to span: Int) -> [Glyph] {
        glyph.columns < span ? [glyph, .space] : [glyph]
    }
}
