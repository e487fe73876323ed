import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// One language at a time: every language table the desk has, walked value by value, holds no
/// English word in its Chinese table and no Chinese character in its English one. Case data
/// never lives in a table, so nothing here is exempt for it.
@Suite struct ConsoleStringsTests {
    /// Every string a table holds, nested tables, lists and dictionary values included (a
    /// dictionary's keys are codes, not text shown).
    static func texts(of table: Any, path: String = "") -> [(path: String, text: String)] {
        if let text = table as? String { return [(path, text)] }
        if let character = table as? Character { return [(path, String(character))] }
        let mirror = Mirror(reflecting: table)
        if mirror.displayStyle == .dictionary {
            return mirror.children.flatMap { entry -> [(path: String, text: String)] in
                let pair = Mirror(reflecting: entry.value).children.map(\.value)
                return pair.count == 2 ? texts(of: pair[1], path: path + "[\(pair[0])]") : []
            }
        }
        return mirror.children.enumerated().flatMap { index, child in
            texts(of: child.value, path: path + "." + (child.label ?? String(index)))
        }
    }

    /// The tables, by name, in one language: the core's, the ledger's, the reports', the
    /// console's, the forms', the workflow forms', settings and theme errors, and the vocabularies.
    static func tables(_ language: Language) -> [(String, Any)] {
        func names<V: Vocabulary>(_: V.Type) -> [String] { V.allCases.map { $0.name(in: language) } }
        let vocabularies: [String] = names(Grade.self) + names(OpinionLevel.self) + names(Channel.self)
            + names(CaseStatus.self) + names(UnitRole.self) + names(ResponseMethod.self) + names(CloseReason.self)
            + names(ReferralTarget.self) + names(Verification.self) + names(WarningClass.self)
            + names(ResponsePriority.self) + names(Level.self) + names(ReportMethod.self) + names(ReportCategory.self)
            + names(AccountabilityMeasure.self) + names(AssessmentMethod.self) + names(CorrectableField.self)
        return [
            ("Strings", Strings.table(for: language)), ("LedgerMessages", Strings.table(for: language).ledger),
            ("ReportStrings", ReportStrings.table(for: language)), ("ConsoleStrings", ConsoleStrings.table(for: language)),
            ("FormStrings", FormStrings.table(for: language)), ("WorkflowStrings", WorkflowStrings.table(for: language)),
            ("SettingsParser.Words", SettingsParser.Words.table(for: language)),
            ("ThemeError.Words", ThemeError.Words.table(for: language)),
            ("ThemeLoadError.Words", language == .chinese ? ThemeLoadError.Words.chinese : ThemeLoadError.Words.english),
            ("vocabularies", vocabularies),
            ("JudgementFactor", names(JudgementFactor.self)),
        ]
    }

    /// ASCII a Chinese message may hold, because the officer types or reads it verbatim:
    /// option names (`--as-of`) and anything with a digit, `.`, `/`, `-`, `<`, `#` or `_` in it
    /// (codes, times, keys like `follow-up-hours`, `log.created`, `Asia/Shanghai`) are let
    /// through by their shape; single letters are keys (y/n, r/s, q, h) or units (s, h).
    static let allowedWords: Set<String> = [
        // Acronyms and file formats as they are written in Chinese text too.
        "TOML", "JSON", "CSV", "FIFO", "CR", "CRLF", "UTC", "ANSI", "TERM", "ncurses",
        // Keys on the keyboard, as the keycaps name them.
        "Esc", "Tab", "Enter", "Ctrl", "Space", "PgUp", "PgDn", "Del",
        // The shell command the demo tells the officer to type to go on with its ledger.
        "export",
        // The ledger's own field names, quoted by its damage reports (a line is JSON an auditor reads).
        "prev", "seq", "hash",
        // What is typed: the `:` commands, `import`'s JSON keys, `dutydesk list`, settings and theme keys.
        "unit", "grade", "level", "channel", "locality", "phone", "status", "clear", "title", "dutydesk", "list",
        "name", "monochrome", "roles", "fg", "bg", "bold", "underline", "reverse", "default", "false",
        "units", "rrggbb",
    ]

    static func englishWords(in text: String) -> [String] {
        let withoutOptions = text.replacing(/--[a-z][a-z-]*/, with: " ")
        return withoutOptions.split { !($0.isASCII && ($0.isLetter || $0.isNumber || "-._/<>#+@".contains($0))) }
            .map(String.init)
            .filter { word in
                word.contains(where: \.isLetter) && word.count > 1 && !allowedWords.contains(word)
                    && !word.contains(where: { $0.isNumber || "-._/<>#+@".contains($0) })
            }
    }

    static func chineseCharacters(in text: String) -> [Character] {
        text.filter { character in
            character.unicodeScalars.contains { scalar in
                (0x3000...0x303F).contains(scalar.value) || (0x3400...0x9FFF).contains(scalar.value)
                    || (0xFF00...0xFFEF).contains(scalar.value)
            }
        }.map { $0 }
    }

    @Test func theChineseTablesHoldNoEnglishWord() {
        var leaks: [String] = []
        for (name, table) in Self.tables(.chinese) {
            for (path, text) in Self.texts(of: table) where !Self.englishWords(in: text).isEmpty {
                leaks.append("\(name)\(path): \(Self.englishWords(in: text)) in \"\(text)\"")
            }
        }
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
        #expect(Self.texts(of: Self.tables(.chinese)).count > 500, "the walk reaches every table")
    }

    @Test func theEnglishTablesHoldNoChineseCharacter() {
        var leaks: [String] = []
        for (name, table) in Self.tables(.english) {
            for (path, text) in Self.texts(of: table) where !Self.chineseCharacters(in: text).isEmpty {
                leaks.append("\(name)\(path): \(String(Self.chineseCharacters(in: text))) in \"\(text)\"")
            }
        }
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
    }

    /// The walk and the two checks can fail: a leak planted in each direction is found.
    @Test func aPlantedLeakIsFound() {
        #expect(Self.englishWords(in: "台账 ok {} events") == ["ok", "events"])
        #expect(Self.englishWords(in: "--as-of 回看 YQ-20261201-001 Esc 返回 24h").isEmpty)
        #expect(String(Self.chineseCharacters(in: "On duty 值班员，ok")) == "值班员，")
        #expect(Self.texts(of: ["a": ["b", "c"]]).map(\.text) == ["b", "c"])
    }
}
