import ArgumentParser
import DutyDeskCore

/// What a command line asks for, read before ArgumentParser sees it: the chain of subcommands
/// it names, whether it asks for help, and a word standing where a subcommand must be that
/// names none. ArgumentParser alone hands such a word to the default subcommand (the console),
/// whose usage says nothing about the subcommands the person was looking for.
struct Invocation {
    /// The root's options that take a value (the global ones, the console's and ArgumentParser's
    /// `--generate-completion-script SHELL`), so the word after one is not taken for a subcommand.
    /// A list, not a Set: ten words are searched as fast, and a Set's storage is a generic type
    /// the runtime instantiates the first time, scanning every conformance record for Hashable.
    static let valueOptions = ["--log", "--store", "--desk", "--desks", "--operator", "--lang", "--config", "--as-of",
                               "--lock-timeout", "--theme", "--generate-completion-script"]

    /// From the root to the deepest subcommand named.
    private(set) var path: [ParsableCommand.Type]
    /// A word where a subcommand of `path.last` must be, naming none of them.
    private(set) var unknownWord: String?
    private(set) var asksForHelp = false
    /// `--lang` as typed, for messages given before the command is parsed.
    private(set) var language: String?

    init(_ arguments: [String], root: ParsableCommand.Type) {
        language = Self.language(in: arguments)
        path = [root]
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let word = arguments[index]
            index += 1
            if word == "--" { break }
            if word == "-h" || word == "--help" {
                asksForHelp = true
            } else if word.hasPrefix("-") {
                guard Self.valueOptions.contains(word), index < arguments.endIndex else { continue }
                index += 1
            } else if unknownWord == nil, let current = path.last, !current.configuration.subcommands.isEmpty {
                // In this CLI a command with subcommands takes no words of its own.
                if word == "help" && path.count == 1 && !asksForHelp {
                    asksForHelp = true
                } else if let named = current.configuration.subcommands.first(where: { $0._commandName == word }) {
                    path.append(named)
                } else {
                    // Read on: a `--lang` after it still says which language to answer in.
                    unknownWord = word
                }
            }
        }
    }

    /// `--lang` as typed anywhere before `--`. Help is built in this language, so it is read
    /// before anything reads a command's configuration (`HelpText`).
    static func language(in arguments: [String]) -> String? {
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let word = arguments[index]
            index += 1
            if word.hasPrefix("--lang=") {
                found = String(word.dropFirst("--lang=".count))
            } else if word == "--lang", index < arguments.endIndex {
                found = arguments[index]
                index += 1
            } else if Self.valueOptions.contains(word) {
                index += 1
            }
        }
        return found
    }

    /// The language messages are given in before the command is parsed: `--lang`, else
    /// DUTYDESK_LANG, else Chinese (as DeskContext decides).
    static func language(_ typed: String?, environment: [String: String]) -> Language {
        Language(rawValue: typed ?? environment["DUTYDESK_LANG"] ?? Language.chinese.rawValue) ?? .chinese
    }

    /// The subcommands that could have stood where `unknownWord` is.
    var validWords: [String] { (path.last?.configuration.subcommands ?? []).map { $0._commandName } }

    /// The message language from `--lang`, else DUTYDESK_LANG, else Chinese (as DeskContext decides).
    func strings(environment: [String: String]) -> Strings {
        Strings.table(for: Self.language(language, environment: environment))
    }
}
