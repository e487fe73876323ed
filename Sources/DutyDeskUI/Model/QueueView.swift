import DutyDeskCore
import DutyDeskGrid
import Foundation

/// The queue as the operator narrows and walks it: the lane, the `/` search (applied, or being
/// typed), the `:` filters and command line, and the selection. Every change chooses the rows
/// again, so the rows always agree with what the footer and tabs say is set.
struct QueueView: Sendable {
    private(set) var lane: Lane = .all
    /// The applied search; empty means no filter.
    private(set) var filter = ""
    /// The search being typed, live-filtering the queue; nil when not typing.
    private(set) var searchDraft: String?
    /// The filters set on the `:` command line; they combine with the search.
    private(set) var caseFilter = CaseFilter()
    /// The `:` command being typed; nil when not typing.
    private(set) var commandDraft: String?
    private(set) var selected: CaseID?
    /// Where the selection was, so it can stay in place when its case leaves the lane.
    private var selectedIndex = 0
    /// The queue's order, search and rows, kept in step with the desk.
    private(set) var index: QueueIndex

    init(_ desk: DeskState, policy: DeadlinePolicy, strings: ConsoleStrings) {
        index = QueueIndex(desk, policy: policy, strings: strings)
        choose(desk)
    }

    /// Brings the index up to date by the cases the desk's new events touched.
    mutating func catchUp(to desk: DeskState) {
        if index.catchUp(to: desk) { choose(desk) }
    }

    mutating func prepareSearch(_ desk: DeskState) { index.prepareSearch(desk) }

    mutating func advanceClocks(_ desk: DeskState, now: Date) { index.advanceClocks(desk, now: now) }

    /// The selected case's row, or the row where the selection was if its case left the rows.
    func selectedRow(in desk: DeskState) -> Int? {
        let rows = index.rows
        guard !rows.isEmpty else { return nil }
        if let selected, let position = desk.index(of: selected), let row = rows.firstIndex(of: position) { return row }
        return min(selectedIndex, rows.count - 1)
    }

    /// Keeps the selection on the same case across re-sorting and new arrivals; if its case left
    /// the rows, the selection stays at the same place.
    mutating func reconcile(_ desk: DeskState) {
        guard let row = selectedRow(in: desk) else {
            selected = nil
            return
        }
        select(row: row, in: desk)
    }

    mutating func select(row: Int, in desk: DeskState) {
        selectedIndex = row
        selected = desk.cases[index.rows[row]].id
    }

    /// Selects a case whatever the lane and filters (a jump by code, a case just recorded on).
    mutating func select(_ id: CaseID?) { selected = id }

    mutating func show(_ lane: Lane, in desk: DeskState) {
        self.lane = lane
        choose(desk)
        reconcile(desk)
    }

    mutating func startSearch() { searchDraft = filter }

    mutating func startCommand() { commandDraft = "" }

    /// Esc on the queue: the search and the filters go.
    mutating func clearFilters(in desk: DeskState) {
        filter = ""
        caseFilter = CaseFilter()
        choose(desk)
    }

    /// Enter applies the search, Esc drops what was typed; the rest edit it.
    mutating func editSearch(_ key: Key, in desk: DeskState) {
        switch key {
        case .enter:
            filter = searchDraft ?? ""
            searchDraft = nil
        case .escape:
            searchDraft = nil
        default:
            guard let edited = Self.edited(searchDraft, by: key) else { return }
            searchDraft = edited
        }
        choose(desk)
        reconcile(desk)
    }

    /// Edits the command being typed; Tab completes to the first of `completions`. Returns the
    /// line when Enter runs it.
    mutating func editCommand(_ key: Key, completions: [String]) -> String? {
        switch key {
        case .enter:
            defer { commandDraft = nil }
            return commandDraft ?? ""
        case .escape:
            commandDraft = nil
        case .backspace where commandDraft?.isEmpty == true:
            // Backspace on the bare colon leaves the command line, as in vim and k9s.
            commandDraft = nil
        case .tab:
            if let first = completions.first { commandDraft = first }
        default:
            if let edited = Self.edited(commandDraft, by: key) { commandDraft = edited }
        }
        return nil
    }

    /// Sets one `:` filter; false when the value is not one of the criterion's.
    mutating func set(_ criterion: CaseFilter.Criterion, to value: String, in desk: DeskState) -> Bool {
        guard caseFilter.set(criterion, to: value) else { return false }
        choose(desk)
        reconcile(desk)
        return true
    }

    mutating func clearCaseFilter(in desk: DeskState) {
        caseFilter = CaseFilter()
        choose(desk)
        reconcile(desk)
    }

    private mutating func choose(_ desk: DeskState) {
        index.choose(desk, lane: lane, filter: caseFilter, query: searchDraft ?? filter)
    }

    /// A one-line draft (the search, the command) edits as a single-line field does: typing,
    /// Backspace, Ctrl-U, Ctrl-W, a paste with its line breaks as spaces; nil for other keys.
    private static func edited(_ draft: String?, by key: Key) -> String? {
        var line = TextBuffer(draft ?? "")
        return line.handle(key) ? line.text : nil
    }
}
