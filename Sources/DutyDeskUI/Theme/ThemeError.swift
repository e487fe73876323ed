import DutyDeskCore
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
        case unknownColor(String)
        /// `key` is the dotted path (`roles.header.bold`); `found` is the TOML type given.
        case wrongType(key: String, expected: String, found: String)
        /// A monochrome theme draws with attributes only, so a colour in it would be silently lost.
        case colorInMonochrome(key: String)
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

    public var description: String { message(in: .english) }

    /// The place and what is wrong there, in `language`; keys, roles and colours as written in the file.
    public func message(in language: Language) -> String {
        let place = line.map { "\(fileName):\($0)" } ?? fileName
        return "\(place): \(problemText(Words.table(for: language), language: language))"
    }

    private func problemText(_ words: Words, language: Language) -> String {
        switch problem {
        case .syntax(let text):
            // The TOML library's sentence is English; the Chinese message names the line alone.
            return language == .chinese ? words.syntax : fill(words.syntax, text)
        case .unknownTopLevelKey(let key):
            return fill(words.unknownTopLevelKey, key)
        case .unknownRole(let role):
            return fill(words.unknownRole, role, StyleRole.allCases.map(\.rawValue).joined(separator: ", "))
        case .unknownStyleKey(let key, let role):
            return fill(words.unknownStyleKey, key, role)
        case .unknownColor(let written):
            return fill(words.unknownColor, written)
        case .wrongType(let key, let expected, let found):
            // `expected` is English prose; the Chinese message names the key and the TOML type found.
            return language == .chinese ? fill(words.wrongType, key, found)
                : fill(words.wrongType, key, expected, Self.withArticle(found))
        case .colorInMonochrome(let key):
            return fill(words.colorInMonochrome, key)
        }
    }

    private static func withArticle(_ noun: String) -> String {
        guard let first = noun.first else { return noun }
        return ("aeiou".contains(first) ? "an " : "a ") + noun
    }

    /// One table per language; a TOML type (`found`) is named by TOML's own word.
    struct Words: Sendable {
        let syntax, unknownTopLevelKey, unknownRole, unknownStyleKey, unknownColor, wrongType, colorInMonochrome: String

        static func table(for language: Language) -> Words { language == .chinese ? .chinese : .english }

        static let chinese = Words(
            syntax: "不是有效的 TOML 文件",
            unknownTopLevelKey: "没有键「{}」（主题只有 name、monochrome 和 [roles.<角色>] 表）",
            unknownRole: "没有角色「{}」（可用的角色：{}）",
            unknownStyleKey: "没有键「{}」（在 [roles.{}] 中；可用 fg、bg、bold、underline、reverse）",
            unknownColor: "无法识别的颜色 {}（可用 #rrggbb、0-255、ANSI 颜色名或 \"default\"）",
            wrongType: "{} 的值类型不对（文件里写的是 TOML 的 {} 类型）",
            colorInMonochrome: "{}：单色主题只用 bold、underline 和 reverse；请去掉颜色，或设 monochrome = false")

        static let english = Words(
            syntax: "not valid TOML: {}",
            unknownTopLevelKey: "unknown key \"{}\" (a theme has name, monochrome and [roles.<role>] tables)",
            unknownRole: "unknown role \"{}\" (known roles: {})",
            unknownStyleKey: "unknown key \"{}\" in [roles.{}] (use fg, bg, bold, underline, reverse)",
            unknownColor: "unknown colour {} (use #rrggbb, 0-255, an ANSI name or \"default\")",
            wrongType: "{} must be {}, not {}",
            colorInMonochrome: "{}: a monochrome theme uses only bold, underline and reverse; remove the colour or set monochrome = false")
    }
}

extension ThemeError.Problem {
    /// TOMLKit calls a boolean "bool"; people read the word.
    static func wrongType(key: String, expected: String, found: TOMLType) -> Self {
        .wrongType(key: key, expected: expected, found: found == .bool ? "boolean" : found.description)
    }
}
