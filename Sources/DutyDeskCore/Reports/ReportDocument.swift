import DutyDeskJSON
import Foundation

/// A report as data: a title, facts about it, and sections of facts, paragraphs and one table.
/// Builders fill it from the desk; `MarkdownReport`, `CSVReport` and `JSONReport` write it out,
/// and the console draws it, so every format says the same thing.
public struct ReportDocument: Sendable, Equatable {
    /// The report kind (`daily`, `case`, `handover`, `stats`, `overdue`), as JSON names it.
    public let kind: String
    public let title: String
    public let facts: [ReportFact]
    public let sections: [ReportSection]

    public init(kind: String, title: String, facts: [ReportFact], sections: [ReportSection]) {
        self.kind = kind
        self.title = title
        self.facts = facts
        self.sections = sections
    }
}

/// One labelled value: `key` names it in JSON, `label` in the reader's language.
public struct ReportFact: Sendable, Equatable {
    public let key: String
    public let label: String
    public let value: ReportCell

    public init(_ key: String, _ label: String, _ value: ReportCell) {
        self.key = key
        self.label = label
        self.value = value
    }
}

public struct ReportSection: Sendable, Equatable {
    public let key: String
    public let title: String
    public var facts: [ReportFact] = []
    public var paragraphs: [String] = []
    public var table: ReportTable?

    public init(key: String, title: String, facts: [ReportFact] = [], paragraphs: [String] = [], table: ReportTable? = nil) {
        self.key = key
        self.title = title
        self.facts = facts
        self.paragraphs = paragraphs
        self.table = table
    }
}

public struct ReportTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public let key: String
        public let title: String

        public init(_ key: String, _ title: String) {
            self.key = key
            self.title = title
        }
    }

    public let columns: [Column]
    public let rows: [[ReportCell]]
    /// Said instead of an empty table ("（无）").
    public let emptyText: String

    public init(columns: [Column], rows: [[ReportCell]], emptyText: String) {
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
    }
}

/// A value as people read it (`text`) and as a program reads it (`json`): "5.5" hours beside
/// 19800 seconds, "83.3%" beside 0.833, a local time beside ISO 8601 with its offset.
public struct ReportCell: Sendable, Equatable {
    public let text: String
    public let json: JSONValue

    public init(text: String, json: JSONValue) {
        self.text = text
        self.json = json
    }

    public static func text(_ value: String) -> ReportCell { ReportCell(text: value, json: .string(value)) }

    public static func integer(_ value: Int) -> ReportCell { ReportCell(text: String(value), json: .int(value)) }

    public static func time(_ date: Date?, in timeZone: TimeZone) -> ReportCell {
        guard let date else { return ReportCell(text: "", json: .null) }
        return ReportCell(text: DisplayTime.minutes(date, in: timeZone),
                          json: .string(ISO8601Timestamp.format(date, in: timeZone)))
    }

    /// A length of time in hours with one decimal; JSON keeps whole seconds.
    public static func hours(_ seconds: Int?) -> ReportCell {
        guard let seconds else { return ReportCell(text: "", json: .null) }
        return ReportCell(text: String(format: "%.1f", Double(seconds) / 3600), json: .int(seconds))
    }

    /// A share as a percentage with one decimal; nil (nothing to judge yet) is left blank.
    public static func share(_ value: Double?) -> ReportCell {
        guard let value else { return ReportCell(text: "", json: .null) }
        return ReportCell(text: String(format: "%.1f%%", value * 100), json: .double((value * 10_000).rounded() / 10_000))
    }
}
