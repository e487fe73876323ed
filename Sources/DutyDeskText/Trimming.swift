/// Typed text without the blank at either end, as Foundation's `trimmingCharacters(in:)` gives it
/// with `.whitespaces` and `.whitespacesAndNewlines`, scalar by scalar. Those go through
/// NSCharacterSet, whose first use in a process asks the runtime for conformances it has not
/// met yet, each a scan of every conformance record in the binary (with `String(format:)` and a
/// Set literal, seven of the 63 scans a `dutydesk add` made).
extension StringProtocol {
    /// Without the spaces and tabs at either end (Unicode's space separators, U+0009, and the
    /// zero-width space U+200B, which Foundation's set still counts); a line break stays, as
    /// `.whitespaces` leaves it.
    public func trimmingSpaces() -> String {
        trimming { $0.value == 0x200B || ($0.properties.isWhitespace && !Self.isLineBreak($0)) }
    }

    /// Without the spaces, tabs and line breaks at either end: Unicode's White_Space property and
    /// U+200B, as `.whitespacesAndNewlines` (space separators, U+0009–000D, U+0085, U+2028, U+2029).
    public func trimmingSpacesAndLines() -> String {
        trimming { $0.value == 0x200B || $0.properties.isWhitespace }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private func trimming(_ blank: (Unicode.Scalar) -> Bool) -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !blank($0) }),
              let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
