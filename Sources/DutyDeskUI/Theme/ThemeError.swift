import DutyDeskGrid
import TOMLKit

/// Why a theme file was refused, with the file and line so the person editing it can go
/// straight there: `themes/light.toml:12: unknown colour "bleu" (…)`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        /// The text is not TOML; the message is TOMLKit's.
        case syntax(String)
        /// A top-level key other than `name`, `monochrome` and `roles`.
        case unknownTopLevelKey(String)
        case unknownRole(String)
        /// A key inside `[roles.<role>]` other than fg, bg, bold, underline and reverse.
        case unknownStyleKey(String, role: String)
        /// How the colour was written (a quoted string or a number).
        case unknownColour(String)
        /// `key` is the dotted path (`roles.header.bold`); `found` is the TOML type given.
        case wrongType(key: String, expected: String, found: String)
        /// A monochrome theme draws with attributes only, so a colour in it would be silently lost.
        case colourInMonochrome(key: String)
    }

    public let fileName: String
    /// Nil only when the offending key cannot be found in the text again (it always can for
    /// files written by hand; see `TOMLKeyLines`).
    public let line: Int?
    public let problem: Problem

    public init(fileName: String, line: Int?, problem: Problem) {
        self.fileName = fileName
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let place = line.map { "\(fileName):\($0)" } ?? fileName
        return "\(place): \(message)"
    }

    private var message: String {
        switch problem {
        case .syntax(let text):
            return "not valid TOML: \(text)"
        case .unknownTopLevelKey(let key):
            return "unknown key \"\(key)\" (a theme has name, monochrome and [roles.<role>] tables)"
        case .unknownRole(let role):
            let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown role \"\(role)\" (known roles: \(known))"
        case .unknownStyleKey(let key, let role):
            return "unknown key \"\(key)\" in [roles.\(role)] (use fg, bg, bold, underline, reverse)"
        case .unknownColour(let written):
            return "unknown colour \(written) (use #rrggbb, 0-255, an ANSI name or \"default\")"
        case .wrongType(let key, let expected, let found):
            return "\(key) must be \(expected), not \(Self.withArticle(found))"
        case .colourInMonochrome(let key):
            return "\(key): a monochrome theme uses only bold, underline and reverse; "
                + "remove the colour or set monochrome = false"
        }
    }

    private static func withArticle(_ noun: String) -> String {
        guard let first = noun.first else { return noun }
        return ("aeiou".contains(first) ? "an " : "a ") + noun
    }
}

extension ThemeError.Problem {
    /// TOMLKit calls a boolean "bool"; people read the word.
    static func wrongType(key: String, expected: String, found: TOMLType) -> Self {
        .wrongType(key: key, expected: expected, found: found == .bool ? "boolean" : found.description)
    }
}
