import Foundation

/// A period report over several desks (a city's counties), grouped by desk: each desk's document
/// is built by the same builder from its own ledger, so a desk's figures in the city's report are
/// exactly the figures of its own report. Every table gains a 值班台 column and keeps every desk's
/// rows; a first section lists each desk's figures, with the counts totalled.
public enum DeskGroupedReport {
    /// `parts` in desk order. `counts` names the facts that add up across desks (cases, overdue …);
    /// the others (a share, a median) belong to their desk and are not totalled, since a share of
    /// shares or a median of medians would be a figure no desk has.
    public static func document(_ parts: [(desk: String, document: ReportDocument)], kind: ReportKind,
                                counts: Set<String>, context: ReportContext) -> ReportDocument {
        let words = context.words
        let first = parts.first?.document
        // Every desk's figures and sections, not the first desk's alone: a section some desks have
        // no content for (drafts, say) is left out of their documents, not of the others'.
        let perDesk = firstOfEachKey(parts.flatMap { $0.document.facts }.filter { isFigure($0) }, key: \.key)
        // Said once for all: the period, which every desk's document was built for alike.
        let shared = (first?.facts ?? []).filter { !isFigure($0) && !ownFacts.contains($0.key) }
        let totals = perDesk.filter { counts.contains($0.key) }.map { fact in
            ReportFact(fact.key, fact.label, .integer(parts.reduce(0) { $0 + Self.count(fact.key, in: $1.document) }))
        }
        let deskColumn = ReportTable.Column("desk", words.label("desk"))
        var rows: [[ReportCell]] = parts.map { part in
            [ReportCell.text(part.desk)] + perDesk.map { fact in
                part.document.facts.first { $0.key == fact.key }?.value ?? blank
            }
        }
        if parts.count > 1 {
            rows.append([ReportCell.text(words.section("total"))] + perDesk.map { fact in
                totals.first { $0.key == fact.key }?.value ?? blank
            })
        }
        let byDesk = ReportSection(key: "byDesk", title: words.section("byDesk"), table: ReportTable(
            columns: [deskColumn] + perDesk.map { ReportTable.Column($0.key, $0.label) }, rows: rows, emptyText: words.empty))
        let sections = firstOfEachKey(parts.flatMap { $0.document.sections }, key: \.key).map { section in
            merged(section.key, parts, deskColumn: deskColumn, template: section)
        }
        return ReportDocument(kind: kind.rawValue, title: first?.title ?? kind.title(words),
                              facts: [context.fact("desk", .text(context.deskName)), context.fact("generatedAt", context.time(context.now)),
                                      context.fact("desks", .integer(parts.count))] + shared + totals,
                              sections: [byDesk] + sections)
    }

    /// The facts every document opens with, which the grouped report says for itself.
    private static let ownFacts: Set<String> = ["desk", "generatedAt"]

    private static let blank = ReportCell(text: "", json: .null)

    /// A figure of the desk's (not its name, the moment, or the period's days, which are text).
    private static func isFigure(_ fact: ReportFact) -> Bool {
        guard !ownFacts.contains(fact.key) else { return false }
        if case .string = fact.value.json { return false }
        return true
    }

    private static func count(_ key: String, in document: ReportDocument) -> Int {
        guard case .int(let value) = document.facts.first(where: { $0.key == key })?.value.json else { return 0 }
        return value
    }

    /// The first of each key, in the order first seen.
    private static func firstOfEachKey<T>(_ items: [T], key: (T) -> String) -> [T] {
        var seen: Set<String> = []
        return items.filter { seen.insert(key($0)).inserted }
    }

    /// One section for all desks: each desk's rows behind its code, its facts and paragraphs named by it.
    private static func merged(_ key: String, _ parts: [(desk: String, document: ReportDocument)],
                               deskColumn: ReportTable.Column, template: ReportSection) -> ReportSection {
        var section = ReportSection(key: key, title: template.title)
        for part in parts {
            guard let own = part.document.sections.first(where: { $0.key == key }) else { continue }
            section.facts += own.facts.map { ReportFact(part.desk + "." + $0.key, part.desk + " " + $0.label, $0.value) }
            section.paragraphs += own.paragraphs.map { part.desk + " " + $0 }
        }
        if let table = template.table {
            section.table = ReportTable(columns: [deskColumn] + table.columns, rows: parts.flatMap { part in
                (part.document.sections.first { $0.key == key }?.table?.rows ?? []).map { [ReportCell.text(part.desk)] + $0 }
            }, emptyText: table.emptyText)
        }
        return section
    }
}
