import DutyDeskCore

/// Breaks text into lines of at most `width` display columns. Chinese breaks between any two
/// characters, so the break is greedy by character; explicit newlines are kept.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for character in paragraph {
                let columns = DisplayWidth.of(character)
                if used + columns > width {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                line.append(character)
                used += columns
            }
            lines.append(line)
        }
        return lines
    }
}
