import Foundation

/// What every report is written against: the moment its clocks are read at, the local time
/// zone, the desk's policy and name, and the language.
public struct ReportContext: Sendable {
    public let now: Date
    public let timeZone: TimeZone
    public let policy: DeadlinePolicy
    public let deskName: String
    public let strings: Strings
    public let words: ReportStrings

    public init(now: Date, timeZone: TimeZone, policy: DeadlinePolicy, deskName: String, language: Language) {
        self.now = now
        self.timeZone = timeZone
        self.policy = policy
        self.deskName = deskName
        strings = Strings.table(for: language)
        words = ReportStrings.table(for: language)
    }

    var language: Language { strings.language }

    func fact(_ key: String, _ value: ReportCell) -> ReportFact { ReportFact(key, words.label(key), value) }

    func columns(_ keys: [String]) -> [ReportTable.Column] { keys.map { ReportTable.Column($0, words.label($0)) } }

    func table(_ keys: [String], _ rows: [[ReportCell]]) -> ReportTable {
        ReportTable(columns: columns(keys), rows: rows, emptyText: words.empty)
    }

    /// A section's table with its own words as column names, empty as every report's table is.
    func table(_ columns: [ReportTable.Column], _ rows: [[ReportCell]]) -> ReportTable {
        ReportTable(columns: columns, rows: rows, emptyText: words.empty)
    }

    func time(_ date: Date?) -> ReportCell { .time(date, in: timeZone) }

    /// The title with its kind's name: "交接班记录 · 县政府值班台".
    func document(_ kind: ReportKind, subtitle: String = "", facts: [ReportFact], sections: [ReportSection]) -> ReportDocument {
        let title = [kind.title(words), subtitle].filter { !$0.isEmpty }.joined(separator: " ")
        return ReportDocument(kind: kind.rawValue, title: title,
                              facts: [fact("desk", .text(deskName)), fact("generatedAt", time(now))] + facts,
                              sections: sections)
    }

    func periodText(_ period: DayRange) -> String {
        fill(words.period, DayRange.text(period.first), DayRange.text(period.last))
    }

    func periodFacts(_ period: DayRange) -> [ReportFact] {
        [fact("from", .text(DayRange.text(period.first))), fact("to", .text(DayRange.text(period.last)))]
    }

    func unitName(_ subject: Case) -> String {
        subject.answerableUnit ?? words.unassigned
    }

    /// The columns every list of cases shares, ending with its most urgent clock: the case's own
    /// or an open supervised item's, as the queue sorts and shows it.
    static let caseColumns = ["code", "title", "level", "grade", "status", "unit", "deadline", "dueAt", "left"]

    func caseRow(_ standing: CaseStanding) -> [ReportCell] {
        let subject = standing.subject
        let clock = standing.mostUrgent
        let kind = clock.map { reading in
            reading.item.map { fill(strings.usage.supervisedItem, $0.owner) } ?? strings.deadlineKind(reading.deadline.kind)
        }
        return [.text(subject.code), .text(subject.title), .text(subject.level.name(in: language)),
                .text(subject.grade.name(in: language)), .text(subject.status.name(in: language)), .text(unitName(subject)),
                .text(kind ?? strings.noClock), time(clock?.deadline.dueAt), left(clock?.secondsLeft)]
    }

    /// A countdown as the console shows it; JSON keeps the seconds (negative once overdue).
    func left(_ seconds: Int?) -> ReportCell {
        guard let seconds else { return ReportCell(text: strings.noClock, json: .null) }
        return ReportCell(text: strings.countdown(seconds), json: .int(seconds))
    }

    func caseTable(_ standings: [CaseStanding]) -> ReportTable {
        table(Self.caseColumns, standings.map(caseRow))
    }
}
