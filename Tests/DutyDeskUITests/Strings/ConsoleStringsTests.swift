import DutyDeskCore
import DutyDeskGrid
@testable import DutyDeskSettings
import DutyDeskTestSupport
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
            + names(AttendeeRole.self) + names(AnalysisField.self)
        return [
            ("Strings", Strings.table(for: language)), ("LedgerMessages", Strings.table(for: language).ledger),
            ("ReportStrings", ReportStrings.table(for: language)), ("ConsoleStrings", ConsoleStrings.table(for: language)),
            ("FormStrings", FormStrings.table(for: language)), ("WorkflowStrings", WorkflowStrings.table(for: language)),
            ("SettingsParser.Words", SettingsParser.Words.table(for: language)),
            ("ThemeError.Words", ThemeError.Words.table(for: language)),
            ("ThemeLoadError.Words", language == .chinese ? ThemeLoadError.Words.chinese : ThemeLoadError.Words.english),
            ("ReleaseWords", Strings.table(for: language).release), ("PatrolWords", Strings.table(for: language).patrol), ("ReleaseFormWords", ReleaseFormWords.table(for: language)),
            ("PatrolFormWords", PatrolFormWords.table(for: language)),
            ("SpeakerWords", Strings.table(for: language).speakers), ("OfflineWords", Strings.table(for: language).offline),
            ("TransferWords", Strings.table(for: language).transfer), ("SpeakerFormWords", SpeakerFormWords.table(for: language)),
            ("OfflineFormWords", OfflineFormWords.table(for: language)), ("TransferFormWords", TransferFormWords.table(for: language)),
            ("SettingsParser.SpeakerWords", SettingsParser.SpeakerWords.table(for: language)),
            ("vocabularies", vocabularies),
            ("JudgementFactor", names(JudgementFactor.self)),
            ("DeskScopeMessages", DeskScopeMessages.table(for: language)),
            ("CityStrings", ConsoleStrings.table(for: language).city),
        ]
    }

    /// Every entry of the language's tables in which `other` finds the other language, named by its path.
    static func leaks(_ language: Language, _ other: (String) -> String) -> [String] {
        tables(language).flatMap { name, table in
            texts(of: table).compactMap { path, text in
                other(text).isEmpty ? nil : "\(name)\(path): \(other(text)) in \"\(text)\""
            }
        }
    }

    @Test func theChineseTablesHoldNoEnglishWord() {
        let leaks = Self.leaks(.chinese) { OneLanguage.englishWords(in: $0).joined(separator: " ") }
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
        #expect(Self.texts(of: Self.tables(.chinese)).count > 500, "the walk reaches every table")
    }

    @Test func theEnglishTablesHoldNoChineseCharacter() {
        let leaks = Self.leaks(.english) { String(OneLanguage.chineseCharacters(in: $0)) }
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
    }

    /// The walk reaches into nested tables, lists and dictionary values.
    /// The tables keyed by an action or a lane fall back to the value's own code when an entry is
    /// missing: an English word in a Chinese screen. Each value has its entry in both languages, so
    /// a case added to `Action` or `Lane` without its words fails here.
    @Test(arguments: [Language.chinese, .english])
    func everyActionAndLaneHasItsWords(language: Language) {
        let strings = ConsoleStrings.table(for: language)
        for action in Action.allCases { #expect(strings.actions[action] != nil, "\(action)") }
        for lane in Lane.allCases { #expect(strings.lanes[lane] != nil, "\(lane)") }
    }

    @Test func theWalkReachesNestedValues() {
        #expect(Self.texts(of: ["a": ["b", "c"]]).map(\.text) == ["b", "c"])
        #expect(Self.texts(of: ConsoleStrings.chinese).contains { $0.path == ".meeting.more" })
    }
}
