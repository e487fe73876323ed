import DutyDeskCore

/// The cases marked for the joint meeting and where meeting mode stands among them: one case a
/// page, whose responses and timeline scroll on their own.
struct MeetingAgenda: Sendable, Equatable {
    /// In the order they were marked.
    private(set) var cases: [CaseID] = []
    private(set) var page = 0
    /// How far ↑/↓ have scrolled the page; a new page starts at the top.
    private(set) var scroll = 0

    /// The case on the page shown, if any.
    var current: CaseID? { cases.indices.contains(page) ? cases[page] : nil }

    /// Marks the case, or takes it off.
    mutating func toggle(_ id: CaseID) {
        if let index = cases.firstIndex(of: id) {
            cases.remove(at: index)
        } else {
            cases.append(id)
        }
    }

    /// The agenda an earlier run marked, by case code; a code no longer on the desk is dropped.
    mutating func restore(codes: [String], on desk: DeskState) {
        cases = codes.compactMap { desk.findCase(code: $0)?.id }
    }

    /// The marks by case code, as they are kept beside the ledger.
    func codes(on desk: DeskState) -> [String] { cases.compactMap { desk[$0]?.code } }

    /// Opens at the first page, as marked; with nothing marked, the focused case alone. Returns
    /// false when there is nothing to show.
    mutating func open(focused: CaseID?) -> Bool {
        if cases.isEmpty, let focused { cases = [focused] }
        page = 0
        scroll = 0
        return !cases.isEmpty
    }

    /// ↑/↓ scroll the page, within `limit` (what the page's text leaves).
    mutating func scroll(by action: Action, limit: Int) {
        scroll = ScrollingBody.scrolled(scroll, by: action, page: 1, limit: limit)
    }

    /// Paging moves one case, and the new page starts at its top.
    mutating func turn(by action: Action) {
        page = ScrollingBody.scrolled(page, by: action, page: 1, limit: cases.count - 1)
        scroll = 0
    }
}
