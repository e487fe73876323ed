import DutyDeskCore

/// swift-argument-parser's refusals are English sentences followed by a usage that quotes help
/// text (which names Chinese terms). The usual ones are said again in the operator's language from
/// what they name (the option, the value), with where the usage is told; one it does not know is
/// passed on as the parser wrote it.
enum ParserRefusal {
    /// `message` is the parser's one-line refusal (`DutyDesk.message(for:)`), `command` the
    /// command as typed up to its subcommand ("dutydesk report daily").
    static func said(_ message: String, command: String, in strings: Strings) -> String? {
        let words = strings.usage.parser
        let said: String? = if let match = message.wholeMatch(of: /Missing expected argument '(.+)'/) {
            fill(words.missing, match.1)
        } else if let match = message.firstMatch(of: /^Unknown option '([^']+)'/) {
            fill(words.unknownOption, match.1)
        } else if let match = message.wholeMatch(of: /Unexpected argument '(.+)'/) {
            fill(words.unexpected, match.1)
        } else if let match = message.firstMatch(of: /^The value '(.*)' is invalid for '([^']+)'/) {
            fill(words.invalid, match.2, match.1)
        } else if let match = message.wholeMatch(of: /Missing value for '(.+)'/) {
            fill(words.missingValue, match.1)
        } else {
            nil
        }
        return said.map { $0 + "\n" + fill(words.seeHelp, command) }
    }
}
