import Testing
@testable import DutyDeskCore

/// The protocol's own behaviour, on `Grade` (the vocabulary with the most spellings).
@Suite struct VocabularyTests {
    @Test func aTokenIsTrimmedAndItsASCIICaseIgnored() {
        #expect(Grade(token: "  MAJOR ") == .major)
        #expect(Grade(token: "Extraordinary") == .extraordinary)
        #expect(Grade(token: " 重大") == .major)
        #expect(Grade(token: "No Emergency") == Grade.none)
    }

    @Test func anUnknownTokenIsNoValue() {
        #expect(Grade(token: "") == nil)
        #expect(Grade(token: "重") == nil)
        #expect(Grade(token: "majorly") == nil)
    }

    @Test func anAliasIsMatchedWhateverItsCase() {
        #expect(Grade(token: "无") == Grade.none)
        #expect(Channel(token: "12345") == .hotline)
        #expect(ResponseMethod(token: "REBUTTAL") == .clarification)
    }

    @Test func theValidValuesAreListedInTheMessagesLanguage() {
        #expect(Grade.validValues(in: .chinese) == "特别重大、重大、较大、一般、不涉及")
        #expect(Grade.validValues(in: .english) == "extraordinary, major, significant, general, none")
    }

    @Test func aNameIsInTheLanguageAsked() {
        #expect(Grade.major.name(in: .chinese) == "重大")
        #expect(Grade.major.name(in: .english) == "Major")
        #expect(Grade.major.code == "major")
    }
}
