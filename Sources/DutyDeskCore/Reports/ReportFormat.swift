import DutyDeskJSON
import DutyDeskText
import Foundation

/// The file formats a report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case csv
    case json

    public func render(_ document: ReportDocument) -> String {
        switch self {
        case .markdown: MarkdownReport.render(document)
        case .csv: CSVReport.render(document)
        case .json: JSONReport.render(document)
        }
    }
}

/// Markdown for leaders and the archive: headings, a fact list, pipe tables.
public enum MarkdownReport {
    public static func render(_ document: ReportDocument) -> String {
        var lines = ["# " + inline(document.title), ""]
        lines += facts(document.facts)
        for section in document.sections {
            lines += ["## " + inline(section.title), ""]
            lines += facts(section.facts)
            for paragraph in section.paragraphs { lines += [inline(paragraph), ""] }
            if let table = section.table { lines += self.table(table) }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func facts(_ facts: [ReportFact]) -> [String] {
        guard !facts.isEmpty else { return [] }
        return facts.map { "- **\(inline($0.label))**: \(inline($0.value.text))" } + [""]
    }

    private static func table(_ table: ReportTable) -> [String] {
        guard !table.rows.isEmpty else { return [inline(table.emptyText), ""] }
        let header = "| " + table.columns.map { cell($0.title) }.joined(separator: " | ") + " |"
        let rule = "|" + String(repeating: " --- |", count: table.columns.count)
        return [header, rule] + table.rows.map { "| " + $0.map { cell($0.text) }.joined(separator: " | ") + " |" } + [""]
    }

    /// Case text is typed by people: control characters and line breaks must not break the layout.
    private static func inline(_ text: String) -> String {
        SafeText.singleLine(text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
    }

    private static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }
}

/// CSV that LibreOffice, WPS and Excel open with the Chinese intact: UTF-8 with a byte-order mark,
/// CRLF line ends, RFC 4180 quoting. Each section is a title row, its facts as label/value rows,
/// then its table with a header row; a blank row separates sections.
public enum CSVReport {
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(_ document: ReportDocument) -> String {
        var rows: [[String]] = [[document.title]]
        rows += document.facts.map { [$0.label, $0.value.text] }
        for section in document.sections {
            rows.append([])
            rows.append([section.title])
            rows += section.facts.map { [$0.label, $0.value.text] }
            rows += section.paragraphs.map { [$0] }
            if let table = section.table {
                rows.append(table.columns.map(\.title))
                rows += table.rows.map { $0.map(\.text) }
            }
        }
        return byteOrderMark + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ raw: String) -> String {
        // Typed text may carry escape sequences; a CSV printed to a terminal must not run them.
        let text = SafeText.multiLine(raw)
        // A cell a spreadsheet would run as a formula (=, +, -, @) is made plain text with a leading
        // apostrophe, so case text typed by a caller can never execute in the reader's spreadsheet.
        let guarded = text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) && Double(text) == nil } == true
            ? "'" + text : text
        // Scalars, not characters: "\r\n" is one Character and would hide a lone "\n".
        let needsQuotes = guarded.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) }
        guard needsQuotes || guarded != guarded.trimmingSpaces() else { return guarded }
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// JSON for programs: stable English keys, numbers as numbers, times in ISO 8601 with offset,
/// each table row an object keyed by its columns.
public enum JSONReport {
    public static func render(_ document: ReportDocument) -> String {
        JSONWriter.pretty(value(document)) + "\n"
    }

    public static func value(_ document: ReportDocument) -> JSONValue {
        .object(JSONObject([
            ("kind", .string(document.kind)),
            ("title", .string(document.title)),
            ("facts", facts(document.facts)),
            ("sections", .array(document.sections.map(section))),
        ]))
    }

    private static func section(_ section: ReportSection) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("key", .string(section.key)), ("title", .string(section.title))]
        if !section.facts.isEmpty { pairs.append(("facts", facts(section.facts))) }
        if !section.paragraphs.isEmpty { pairs.append(("paragraphs", .array(section.paragraphs.map { .string($0) }))) }
        if let table = section.table {
            pairs.append(("rows", .array(table.rows.map { row in
                .object(JSONObject(zip(table.columns, row).map { ($0.key, $1.json) }))
            })))
        }
        return .object(JSONObject(pairs))
    }

    private static func facts(_ facts: [ReportFact]) -> JSONValue {
        .object(JSONObject(facts.map { ($0.key, $0.value.json) }))
    }
}
