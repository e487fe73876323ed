import DutyDeskTestSupport
import Testing
@testable import DutyDeskCore

/// What every vocabulary owes the ledger and the operator, checked the same way for each: its codes
/// are the ones ledgers already hold (a renamed code would leave old lines unreadable), and every
/// spelling a person types comes back as the value it names.
enum VocabularyFixture {
    static func check<V: Vocabulary>(_ type: V.Type, codes: [String],
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(V.allCases.map(\.code) == codes, "the ledger's codes", sourceLocation: sourceLocation)
        #expect(Set(V.allCases.map(\.chineseName)).count == V.allCases.count, "Chinese names", sourceLocation: sourceLocation)
        #expect(Set(V.allCases.map(\.englishName)).count == V.allCases.count, "English names", sourceLocation: sourceLocation)
        for value in V.allCases {
            for token in [value.code, value.chineseName, value.englishName, value.englishName.uppercased(), " \(value.code) "] {
                #expect(V(token: token) == value, "\(token)", sourceLocation: sourceLocation)
            }
            #expect(OneLanguage.englishWords(in: value.chineseName).isEmpty, "\(value.chineseName)", sourceLocation: sourceLocation)
            #expect(OneLanguage.chineseCharacters(in: value.englishName).isEmpty, "\(value.englishName)",
                    sourceLocation: sourceLocation)
        }
        // An alias that spells another value's name would never be reached: names are matched first.
        for (alias, value) in V.aliases {
            #expect(V(token: alias) == value, "alias \(alias)", sourceLocation: sourceLocation)
        }
    }
}
