import DutyDeskText
import Foundation

/// A closed set of domain values that operators type in Chinese or English.
///
/// The ledger stores the English `code` (stable, ASCII, easy to `jq`); people see `chineseName`
/// or `englishName`. Every vocabulary accepts both spellings, so `--grade 重大` and
/// `--grade major` mean the same thing.
public protocol Vocabulary: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    var chineseName: String { get }
    var englishName: String { get }
    /// Further spellings operators use (e.g. "12345" for the government hotline).
    static var aliases: [String: Self] { get }
}

extension Vocabulary {
    public static var aliases: [String: Self] { [:] }

    public var code: String { rawValue }

    public func name(in language: Language) -> String {
        language == .chinese ? chineseName : englishName
    }

    /// Matches the code, the Chinese name, the English name or an alias; ASCII case is ignored.
    public init?(token: String) {
        let wanted = token.trimmingSpaces().lowercased()
        if let match = Self.allCases.first(where: {
            $0.rawValue == wanted || $0.chineseName == wanted || $0.englishName.lowercased() == wanted
        }) {
            self = match
        } else if let alias = Self.aliases.first(where: { $0.key.lowercased() == wanted }) {
            self = alias.value
        } else {
            return nil
        }
    }

    /// What an error message lists as valid, in its language: "特别重大、重大…" or
    /// "extraordinary, major…" (the codes, which a script types); both are accepted either way.
    public static func validValues(in language: Language) -> String {
        language == .chinese ? allCases.map(\.chineseName).joined(separator: "、")
            : allCases.map(\.rawValue).joined(separator: ", ")
    }
}
