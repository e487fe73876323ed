import DutyDeskCore
import Foundation

/// The queue's search over a text prepared once per case (`SearchText`), so a key typed into the
/// search only compares bytes: it neither lower-cases nor converts any case's text.
struct CaseSearch: Sendable {
    /// Per case (its index in `DeskState.cases`): its `SearchText`. Nil for a case a snapshot
    /// archived, whose text is read where it lies in the snapshot's table (a copy of each closed
    /// case's would be most of the console's memory), or kept here if the table does not read.
    private var texts: [[UInt8]?] = []

    init(_ desk: DeskState) {
        texts = desk.cases.indices.map { desk.cases.isArchived($0) ? nil : SearchText.of(desk.cases[$0]) }
    }

    /// Prepares again the cases that changed and the new ones.
    mutating func update(_ desk: DeskState, touched: some Sequence<Int>) {
        while texts.count < desk.cases.count { texts.append(nil) }
        for index in touched { texts[index] = SearchText.of(desk.cases[index]) }
    }

    /// The query as `matches` takes it; nil for an empty one, which every case matches.
    static func query(_ typed: String) -> [UInt8]? {
        typed.isEmpty ? nil : SearchText.folded(typed)
    }

    /// Whether one of the case's fields contains the query, ignoring case.
    mutating func matches(_ index: Int, _ query: [UInt8], in desk: DeskState) -> Bool {
        if texts[index] == nil, let found = desk.cases.withArchivedSearchText(index, { SearchText.contains($0, query) }) {
            return found
        }
        let text = texts[index] ?? SearchText.of(desk.cases[index])
        texts[index] = text
        return Self.contains(text, query)
    }

    /// Whether `text` holds `wanted`'s bytes in a row (`SearchText.contains`).
    static func contains(_ text: [UInt8], _ wanted: [UInt8]) -> Bool {
        text.withUnsafeBytes { SearchText.contains($0, wanted) }
    }
}
