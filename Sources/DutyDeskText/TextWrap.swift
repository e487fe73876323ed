/// Breaks text into lines of at most `width` display columns. Chinese breaks between any two
/// characters, so the break is greedy by character, with the rule of Chinese typesetting (避头尾):
/// no line starts with closing punctuation (，。、）」…) and none ends with opening punctuation
/// (（「《“): the character before the break goes down with it. Explicit newlines are kept.
public enum TextWrap {
    public static let noLineStart: Set<Character> = Set("，。、；：？！）》」』】〕〉”’…—·,.;:?!)]}%")
    public static let noLineEnd: Set<Character> = Set("（《「『【〔〈“‘([{")

    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for character in paragraph {
                let columns = DisplayWidth.of(character)
                if used + columns > width {
                    var carried = ""
                    // A space where the line breaks is not carried to the next line's start.
                    if character == " " {
                        lines.append(line)
                        line = ""
                        used = 0
                        continue
                    }
                    // A Latin word goes down whole to the next line when it is short enough to fit
                    // there, as English text breaks at its spaces.
                    if let last = line.last, isWordCharacter(last), isWordCharacter(character),
                       let space = line.lastIndex(of: " "), line.distance(from: space, to: line.endIndex) <= width / 2 {
                        carried = String(line[line.index(after: space)...])
                        line = String(line[..<space])
                    } else if width >= 6 {
                        // Too narrow a line to give a character away keeps the plain greedy break.
                        // Closing punctuation takes the character before it down, and a run of it
                        // (”。) goes down whole with that character.
                        var head = character
                        while noLineStart.contains(head), line.count > 1, DisplayWidth.of(carried) + columns < width - 2 {
                            carried = String(line.removeLast()) + carried
                            head = carried.first ?? character
                        }
                        while let last = line.last, noLineEnd.contains(last), line.count > 1 {
                            carried = String(line.removeLast()) + carried
                        }
                    }
                    // Nor is a space left at the end of the line it ends.
                    while line.last == " ", line.count > 1 { line.removeLast() }
                    lines.append(line)
                    line = carried
                    used = DisplayWidth.of(carried)
                }
                line.append(character)
                used += columns
            }
            lines.append(line)
        }
        return lines
    }

    /// Lines of a list of clauses joined by `separator`, broken only between clauses, so a short
    /// clause is never split across two lines (a legend's "督：督办事项时限" stays whole); the
    /// separator stays at the end of the clause it follows. A clause wider than a line is broken
    /// as `lines` breaks text.
    public static func lines(joining clauses: [String], separator: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var joined: [String] = []
        var line = ""
        for (index, clause) in clauses.enumerated() {
            let piece = index < clauses.count - 1 ? clause + separator : clause
            if !line.isEmpty, DisplayWidth.of(trailingSpaceRemoved(line + piece)) > width {
                joined.append(trailingSpaceRemoved(line))
                line = ""
            }
            line += piece
        }
        if !line.isEmpty { joined.append(trailingSpaceRemoved(line)) }
        return joined.flatMap { lines($0, width: width) }
    }

    private static func trailingSpaceRemoved(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
