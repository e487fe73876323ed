/// Text from cases, typed by operators or imported from hotline systems, must never send control
/// or escape characters to a terminal: an ESC or CSI could recolour, move the cursor or rewrite
/// the screen, and a bidi override could make a case read differently from what it says.
///
/// Each control becomes a visible one-column stand-in: the Unicode Control Picture where one
/// exists (NUL → "␀", ESC → "␛", DEL → "␡"), otherwise "�" (C1 controls U+0080–009F, the line
/// and paragraph separators U+2028–2029, and the bidi embeddings, overrides and isolates
/// U+202A–202E, U+2066–2069).
public enum SafeText {
    /// For one grid cell or line: newline and tab are replaced too.
    public static func singleLine(_ text: String) -> String {
        sanitized(text, keepingNewlines: false)
    }

    /// For a detail view: keeps "\n" and reads "\r\n", as hotline exports end lines, as "\n".
    public static func multiLine(_ text: String) -> String {
        sanitized(text, keepingNewlines: true)
    }

    /// Whether `singleLine` would change anything, newlines included.
    public static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { placeholder(for: $0) != nil }
    }

    private static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "\u{2421}"
        // U+2028/2029 break lines in some renderers and have no width in a terminal.
        case 0x80...0x9F, 0x2028...0x202E, 0x2066...0x2069: "\u{FFFD}"
        default: nil
        }
    }

    private static func sanitized(_ text: String, keepingNewlines: Bool) -> String {
        guard containsControl(text) else { return text }
        let scalars = text.unicodeScalars
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if keepingNewlines {
                if scalar == "\n" {
                    result.append(scalar)
                    continue
                }
                if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { continue }
            }
            result.append(placeholder(for: scalar) ?? scalar)
        }
        return String(result)
    }
}
