import ArgumentParser

/// The ENVIRONMENT section appended to `--help` of the root and of every subcommand: the
/// variables a command reads, which ArgumentParser's help has no place for.
enum EnvironmentHelp {
    static var desk: [(name: String, meaning: String)] { [
        ("DUTYDESK_LOG", HelpText.pick(zh: "台账文件，同 --log（默认 $XDG_DATA_HOME/dutydesk/ledger.jsonl）。", en: "The ledger file, like --log (default $XDG_DATA_HOME/dutydesk/ledger.jsonl).")),
        ("DUTYDESK_STORE", HelpText.pick(zh: "台账不存文件时的存储位置，同 --store（postgres://用户@主机:端口/数据库?desk=代码）。", en: "Where the ledger lives instead of a file, like --store (postgres://user@host:port/db?desk=CODE).")),
        ("PGPASSWORD", HelpText.pick(zh: "postgres:// 存储的密码；没有则与 PostgreSQL 客户端一样读取 ~/.pgpass（或环境变量 PGPASSFILE 所指的文件）。", en: "The password for a postgres:// store; else ~/.pgpass (or PGPASSFILE) is read, as libpq does.")),
        ("DUTYDESK_OPERATOR", HelpText.pick(zh: "值班员，同 --operator（默认登录名）。", en: "The operator, like --operator (default the login name).")),
        ("DUTYDESK_LANG", HelpText.pick(zh: "消息语言 zh 或 en，同 --lang（默认 zh）。", en: "Language of messages, zh or en, like --lang (default zh).")),
        ("DUTYDESK_CONFIG", HelpText.pick(zh: "本台设置，同 --config。", en: "The desk's settings, like --config.")),
        ("DUTYDESK_DESK", HelpText.pick(zh: "写入新台账的台号（默认主机名）。", en: "The desk id written into a new ledger (default the host name).")),
        ("XDG_DATA_HOME", HelpText.pick(zh: "默认台账所在目录（默认 $HOME/.local/share）。", en: "Where the default ledger lives (default $HOME/.local/share).")),
        ("XDG_CONFIG_HOME", HelpText.pick(zh: "config.toml 和自定义主题所在目录（默认 $HOME/.config）。", en: "Where config.toml and your own themes live (default $HOME/.config).")),
        ("HOME", HelpText.pick(zh: "以上两个默认目录的起点。", en: "The start of both defaults above.")),
        ("TZ", HelpText.pick(zh: "读取和显示时间所用的时区（本台设置 timezone 优先）。", en: "The time zone times are read and shown in, where the settings name no timezone.")),
    ] }

    /// Read only where the console draws: the root (whose default is the console), console, demo.
    static var console: [(name: String, meaning: String)] { [
        ("DUTYDESK_THEMES", HelpText.pick(zh: "另一个主题目录，在 $XDG_CONFIG_HOME/dutydesk/themes 之后查找。", en: "A further folder of themes, searched after $XDG_CONFIG_HOME/dutydesk/themes.")),
        ("NO_COLOR", HelpText.pick(zh: "设置且非空时：单色显示。", en: "Set and not empty: monochrome.")),
        ("TERM", HelpText.pick(zh: "值班台绘制所针对的终端。", en: "The terminal the console draws for.")),
    ] }

    static func variables(for command: ParsableCommand.Type) -> [(name: String, meaning: String)] {
        let draws = command == DutyDesk.self || command == Console.self || command == Demo.self
        return desk + (draws ? console : [])
    }

    /// Laid out like ArgumentParser's own sections, names in a column.
    static func section(for command: ParsableCommand.Type) -> String {
        let rows = variables(for: command)
        let width = (rows.map(\.name.count).max() ?? 0) + 2
        return HelpText.pick(zh: "环境变量：", en: "ENVIRONMENT:") + "\n" + rows.map { row in
            "  " + row.name + String(repeating: " ", count: width - row.name.count) + row.meaning
        }.joined(separator: "\n") + "\n"
    }
}
