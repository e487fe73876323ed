import DutyDeskTestSupport
import Testing

/// A words table, walked by `Mirror`: every string in the Chinese table holds no English word and
/// every string in the English one no Chinese character (one language at a time), and the two tables
/// differ in every entry that is not a mark or a placeholder.
enum WordsFixture {
    static func strings(of table: Any) -> [(String, String)] {
        Mirror(reflecting: table).children.flatMap { child -> [(String, String)] in
            let label = child.label ?? "?"
            if let text = child.value as? String { return [(label, text)] }
            if let list = child.value as? [String] { return list.map { (label, $0) } }
            return []
        }
    }

    static func checkOneLanguage(chinese: Any, english: Any, allowing allowed: Set<String> = [],
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let zh = strings(of: chinese), en = strings(of: english)
        #expect(!zh.isEmpty, sourceLocation: sourceLocation)
        #expect(zh.map(\.0) == en.map(\.0), "the same entries", sourceLocation: sourceLocation)
        for (label, text) in zh {
            #expect(OneLanguage.englishWords(in: text, allowing: allowed).isEmpty, "\(label): \(text)", sourceLocation: sourceLocation)
        }
        for (label, text) in en {
            #expect(OneLanguage.chineseCharacters(in: text).isEmpty, "\(label): \(text)", sourceLocation: sourceLocation)
        }
    }
}
