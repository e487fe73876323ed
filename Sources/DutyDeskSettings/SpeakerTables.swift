import DutyDeskCore
import DutyDeskText
import Foundation
import TOMLKit

/// `[[spokespersons]]` (unit, name, title) and `[[experts]]` (name, field, institution): the roster a
/// press conference's attendance and a 专家解读 are named from.
///
/// ```toml
/// [[spokespersons]]
/// unit = "县卫健委"
/// name = "张明"
/// title = "新闻发言人、副主任"
///
/// [[experts]]
/// name = "李华"
/// field = "公共卫生"
/// institution = "市疾控中心"
/// ```
extension SettingsParser {
    struct SpeakerTable {
        let key: String
        let required: [String]
        let optional: [String]

        static let spokespersons = SpeakerTable(key: "spokespersons", required: ["unit", "name"], optional: ["title"])
        static let experts = SpeakerTable(key: "experts", required: ["name", "field"], optional: ["institution"])

        var keys: [String] { required + optional }

        /// Each entry's fields by key, every value text, the required ones not empty; a person named twice
        /// is refused, since attendance and experts are found by name.
        func entries(_ value: TOMLValueConvertible, words: Words, speakerWords: SpeakerWords,
                     fail: ([String], String) -> Problem) throws(Problem) -> [[String: String]] {
            guard let list = value.array else { throw fail([key], fill(words.tables, key, key)) }
            var entries: [[String: String]] = []
            for (index, entry) in list.enumerated() {
                let at = [key, String(index + 1)]
                guard let table = entry.table else { throw fail(at, fill(words.eachTable, key)) }
                var fields: [String: String] = [:]
                for (field, value) in table {
                    guard keys.contains(field) else {
                        throw fail(at + [field], fill(words.unknownKey, field, "[[\(key)]]", keys.joined(separator: ", ")))
                    }
                    guard let text = value.string else { throw fail(at + [field], fill(words.text, "\(key).\(field)")) }
                    fields[field] = text.trimmingSpaces()
                }
                for field in required where fields[field, default: ""].isEmpty {
                    throw fail(at, fill(speakerWords.needs, key, field))
                }
                if let name = fields["name"], entries.contains(where: { $0["name"] == name }) {
                    throw fail(at + ["name"], fill(speakerWords.twice, name, key))
                }
                entries.append(fields)
            }
            return entries
        }
    }

    static func spokespersons(_ value: TOMLValueConvertible, words: Words, language: Language,
                              fail: ([String], String) -> Problem) throws(Problem) -> [DeskSettings.Spokesperson] {
        try SpeakerTable.spokespersons.entries(value, words: words, speakerWords: .table(for: language), fail: fail).map { fields in
            DeskSettings.Spokesperson(unit: fields["unit"] ?? "", name: fields["name"] ?? "", title: fields["title"] ?? "")
        }
    }

    static func experts(_ value: TOMLValueConvertible, words: Words, language: Language,
                        fail: ([String], String) -> Problem) throws(Problem) -> [DeskSettings.Expert] {
        try SpeakerTable.experts.entries(value, words: words, speakerWords: .table(for: language), fail: fail).map { fields in
            DeskSettings.Expert(name: fields["name"] ?? "", field: fields["field"] ?? "", institution: fields["institution"] ?? "")
        }
    }

    /// What is wrong with the roster tables, beyond what every table shares (`Words`).
    struct SpeakerWords: Sendable {
        let needs, twice: String

        static func table(for language: Language) -> SpeakerWords { language == .chinese ? .chinese : .english }

        static let chinese = SpeakerWords(needs: "每个 [[{}]] 都需要 {}", twice: "「{}」在 [[{}]] 中出现了两次")
        static let english = SpeakerWords(needs: "each [[{}]] needs {}", twice: "\"{}\" is listed twice in [[{}]]")
    }
}
