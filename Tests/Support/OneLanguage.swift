/// One language at a time: finds English words in Chinese text and Chinese characters in
/// English text. Shared by the test that walks the language tables and the one that reads the
/// binary's output in both modes.
public enum OneLanguage {
    /// ASCII a Chinese message may hold, because the operator types or reads it verbatim. Option
    /// names (`--as-of`) and anything with a digit, `.`, `/`, `-`, `<`, `#`, `+`, `@` or `_` in it
    /// (codes, times, paths, keys like `follow-up-hours`, `log.created`, `Asia/Shanghai`) pass by
    /// their shape, and single letters are keys (y/n, r/s, q, h) or units (s, h).
    public static let allowedWords: Set<String> = [
        // Acronyms and names of formats and programs, written so in Chinese text too.
        "TOML", "JSON", "CSV", "FIFO", "CR", "CRLF", "UTC", "ANSI", "TERM", "ncurses", "TOMLKit",
        // Keys on the keyboard, as the keycaps name them.
        "Esc", "Tab", "Enter", "Ctrl", "Space", "PgUp", "PgDn", "Del",
        // The ledger's own field names, quoted by its damage reports (a line is JSON an auditor reads).
        "prev", "seq", "hash",
        // What is typed: the `:` commands, `import`'s JSON keys, settings and theme keys, the shell's export.
        "unit", "grade", "level", "channel", "locality", "phone", "status", "clear", "title", "dutydesk", "list",
        "name", "monochrome", "roles", "fg", "bg", "bold", "underline", "reverse", "default", "false", "units",
        "rrggbb", "export", "zh", "en",
        // Subcommands a message names for the operator to type (`dutydesk instruct --desk …`, `report stats`).
        "instruct", "report", "stats", "overdue", "analysis", "accountability", "snapshot", "verify",
        // The settings file's [desk] and [[units]] keys, which an unknown key's message lists.
        "desk", "code", "timezone", "localities", "head", "liaison", "leader", "store",
        // The roster tables (`[[spokespersons]]`, `[[experts]]`) a help text names.
        "spokespersons", "experts",
        // A store address's scheme and the libpq variable that holds its password, typed as written.
        "postgres", "PGPASSWORD",
    ]

    static let shapeMarks: Set<Character> = Set("-._/<>#+@")

    /// English words in `text` that `allowed` (beyond `allowedWords`) does not excuse; what is
    /// quoted in 「」 is what the operator typed, and is not the desk's to translate.
    public static func englishWords(in text: String, allowing allowed: Set<String> = []) -> [String] {
        let spoken = text.replacing(/「[^」]*」/, with: " ").replacing(/--[a-z][a-z-]*/, with: " ")
        return spoken.split { !($0.isASCII && ($0.isLetter || $0.isNumber || shapeMarks.contains($0))) }
            .map(String.init)
            .filter { word in
                word.contains(where: \.isLetter) && word.count > 1 && !allowedWords.contains(word)
                    && !allowed.contains(word) && !word.contains(where: { $0.isNumber || shapeMarks.contains($0) })
            }
    }

    /// Chinese characters and CJK punctuation in `text`.
    public static func chineseCharacters(in text: String) -> [Character] {
        text.filter { character in
            character.unicodeScalars.contains { scalar in
                (0x3000...0x303F).contains(scalar.value) || (0x3400...0x9FFF).contains(scalar.value)
                    || (0xFF00...0xFFEF).contains(scalar.value)
            }
        }.map { $0 }
    }
}
