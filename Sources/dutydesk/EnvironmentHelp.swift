import ArgumentParser

/// The ENVIRONMENT section appended to `--help` of the root and of every subcommand: the
/// variables a command reads, which ArgumentParser's help has no place for.
enum EnvironmentHelp {
    static let desk: [(name: String, meaning: String)] = [
        ("DUTYDESK_LOG", "The ledger file, like --log (default $XDG_DATA_HOME/dutydesk/ledger.jsonl)."),
        ("DUTYDESK_STORE", "Where the ledger lives instead of a file, like --store (postgres://user@host:port/db?desk=CODE)."),
        ("PGPASSWORD", "The password for a postgres:// store; else ~/.pgpass (or PGPASSFILE) is read, as libpq does."),
        ("DUTYDESK_OPERATOR", "Who is recording, like --operator (default the login name)."),
        ("DUTYDESK_LANG", "Language of messages, zh or en, like --lang (default zh)."),
        ("DUTYDESK_CONFIG", "The desk's settings, like --config."),
        ("DUTYDESK_DESK", "The desk id written into a new ledger (default the host name)."),
        ("XDG_DATA_HOME", "Where the default ledger lives (default $HOME/.local/share)."),
        ("XDG_CONFIG_HOME", "Where config.toml and your own themes live (default $HOME/.config)."),
        ("HOME", "The start of both defaults above."),
        ("TZ", "The time zone times are read and shown in."),
    ]

    /// Read only where the console draws: the root (whose default is the console), console, demo.
    static let console: [(name: String, meaning: String)] = [
        ("DUTYDESK_THEMES", "A further folder of themes, searched after $XDG_CONFIG_HOME/dutydesk/themes."),
        ("NO_COLOR", "Set and not empty: monochrome."),
        ("TERM", "The terminal the console draws for."),
    ]

    static func variables(for command: ParsableCommand.Type) -> [(name: String, meaning: String)] {
        let draws = command == DutyDesk.self || command == Console.self || command == Demo.self
        return desk + (draws ? console : [])
    }

    /// Laid out like ArgumentParser's own sections, names in a column.
    static func section(for command: ParsableCommand.Type) -> String {
        let rows = variables(for: command)
        let width = (rows.map(\.name.count).max() ?? 0) + 2
        return "ENVIRONMENT:\n" + rows.map { row in
            "  " + row.name + String(repeating: " ", count: width - row.name.count) + row.meaning
        }.joined(separator: "\n") + "\n"
    }
}
