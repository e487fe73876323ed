import DutyDeskCore
import DutyDeskText

/// The console's `:` command line (k9s style): `:unit 县卫健委`, `:grade 重大`, `:level …`,
/// `:channel 微博`, `:locality …`, `:phone …`, `:status 处置中` narrow the queue; `:clear` lifts
/// every filter; a bare case code (or its unique end, `002`) jumps to the case. Criteria are
/// named in English or Chinese (`:单位 县卫健委`).
enum QueueCommand: Equatable {
    case filter(CaseFilter.Criterion, String)
    case clear
    case jump(CaseID)
    /// Not a command: the words typed, for the message.
    case unknown(String)

    static let clearWords = ["clear", "清除"]

    static func parse(_ line: String, desk: DeskState) -> QueueCommand? {
        let text = line.trimmingSpaces()
        guard !text.isEmpty else { return nil }
        let verb = text.prefix { $0 != " " }.lowercased()
        let rest = text.dropFirst(verb.count).trimmingSpaces()
        if clearWords.contains(verb) { return .clear }
        if let criterion = criterion(named: verb) { return .filter(criterion, rest) }
        if let subject = desk.findCase(code: text.uppercased()) { return .jump(subject.id) }
        // By the codes alone: a snapshot's closed cases are not decoded to be compared.
        let ending = desk.cases.indices.filter { desk.cases.code($0).hasSuffix(text.uppercased()) }
        return ending.count == 1 ? .jump(desk.cases[ending[0]].id) : .unknown(text)
    }

    /// The command words as `language` names them, for completion and the unknown-command message.
    static func commandWords(in language: Language) -> [String] {
        CaseFilter.Criterion.allCases.map { $0.name(in: language) } + [clearWords[language == .chinese ? 1 : 0]]
    }

    static func criterion(named word: String) -> CaseFilter.Criterion? {
        CaseFilter.Criterion.allCases.first { $0.rawValue == word || $0.chineseName == word }
    }

    /// What Tab may complete `line` to: a command word while the first word is typed, then the
    /// values the criterion knows (its vocabulary, or the desk's units and localities).
    static func completions(of line: String, desk: DeskState, settings: DeskSettings, language: Language) -> [String] {
        guard let space = line.firstIndex(of: " ") else {
            // The other language's words are accepted too (`:grade` in Chinese mode), so they complete.
            let words = commandWords(in: language) + commandWords(in: language == .chinese ? .english : .chinese)
            return words.filter { $0.lowercased().hasPrefix(line.lowercased()) && $0 != line }
        }
        let verb = String(line[..<space])
        let typed = line[line.index(after: space)...].trimmingSpaces()
        guard let criterion = criterion(named: verb.lowercased()) else { return [] }
        var values = criterion.vocabulary(in: language)
        if criterion == .unit {
            values = settings.units.map(\.name) + desk.cases.flatMap { $0.units.map(\.unit) + [$0.report.unit] }
        } else if criterion == .locality {
            values = settings.localities + desk.cases.map(\.report.locality)
        }
        var seen = Set<String>()
        return values.filter { !$0.isEmpty && $0.hasPrefix(typed) && $0 != typed && seen.insert($0).inserted }
            .map { verb + " " + $0 }
    }
}
