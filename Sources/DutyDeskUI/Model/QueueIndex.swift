import DutyDeskCore
import DutyDeskText
import Foundation

/// What the queue screen needs, kept beside the desk so that a key, a tick or a new event costs
/// what it changes: the order (`CaseQueue`), the search (`CaseSearch`), each case's cell widths,
/// and the rows of the lane as filtered, with the widest cell of each column among them.
///
/// Only the cases an event touched are looked at again; the rows are chosen again when the
/// lane, a filter or the search changes, or an event arrives. The clock column's width is the
/// only thing that changes with time: each tick brings it up to date (`advanceClocks`).
struct QueueIndex: Sendable {
    private(set) var queue: CaseQueue
    /// Prepared on the first search, or when the console has a moment (`prepareSearch`).
    private var search: CaseSearch?
    /// Per case: the widths of its cells that only an event changes; nil until it is first a row.
    /// A snapshot's closed case is measured from its summary, never decoded for it: the 全部 lane
    /// opens on every case ever recorded.
    private var cellWidths: [CellWidths?] = []
    /// The rows: case indexes in queue order.
    private(set) var rows: [Int] = []
    /// The widest fixed cell of each column among the rows, or the column's name if wider.
    private(set) var widths: [QueueLayout.Column: Int] = [:]
    /// How many leading characters of every row's code the code column leaves out, because every
    /// row shares them (`codeHead`): the desk's `YQ-` and, when all rows have it, the year, so
    /// `YQ-20261121-001` reads `1121-001`. The preview and the detail show the code whole; `:`
    /// jumps by a code's end and `/` finds any part of it.
    private(set) var sharedCodeHead = 0
    /// Whether some row is a closed case, whose clock cell reads 无.
    private(set) var hasClosedRows = false
    /// The clock column's width as time passes, for the rows as chosen; nil once they change.
    private(set) var clocks: ClockShapes?
    /// What the rows were chosen for, until a case changes.
    private var chosenFor: (lane: Lane, filter: CaseFilter, query: [UInt8]?)?
    private let strings: ConsoleStrings
    private var memo: [String: Int] = [:]
    /// Widths of archived cases' cells by what they are made from (`measure(_:of:)`).
    private var summaryMemo: [MemoKey: Int] = [:]
    /// Widths of the archived rows that others share their facts with (`CaseList.rowSharer`).
    private var sharedRows: [Int: CellWidths] = [:]

    private struct CellWidths: Sendable {
        var code = 0, grade = 0, locality = 0, unit = 0, status = 0
    }

    init(_ desk: DeskState, policy: DeadlinePolicy, strings: ConsoleStrings) {
        self.strings = strings
        // The order and the widths each read every case, and neither needs the other: at 100k open
        // cases each was a fifth of the console's first frame, now they take the two cores at once.
        let (queue, measured) = Concurrently.both({ CaseQueue(desk, policy: policy) }, {
            var memo: [String: Int] = [:]
            return (Self.heldWidths(desk, strings: strings, memo: &memo), memo)
        })
        self.queue = queue
        (cellWidths, memo) = measured
    }

    /// The widths of the cases held whole; an archived one's when it is first a row.
    private static func heldWidths(_ desk: DeskState, strings: ConsoleStrings, memo: inout [String: Int]) -> [CellWidths?] {
        desk.cases.indices.map { desk.cases.isArchived($0) ? nil : measure(desk.cases[$0], strings: strings, memo: &memo) }
    }

    /// Brings the index up to `desk`: the cases its newest events touched (see `CaseQueue.catchUp`).
    /// Returns whether any case changed, so the rows must be chosen again.
    mutating func catchUp(to desk: DeskState) -> Bool {
        // Every tick reads the ledger; one that brought nothing leaves the clocks as they were kept.
        defer { chosenFor = nil }
        guard let touched = queue.catchUp(to: desk) else {
            cellWidths = Self.heldWidths(desk, strings: strings, memo: &memo)
            if search != nil { search = CaseSearch(desk) }
            return true
        }
        search?.update(desk, touched: touched)
        while cellWidths.count < desk.cases.count { cellWidths.append(nil) }
        for index in touched { cellWidths[index] = Self.measure(desk.cases[index], strings: strings, memo: &memo) }
        return !touched.isEmpty
    }

    mutating func prepareSearch(_ desk: DeskState) {
        if search == nil { search = CaseSearch(desk) }
    }

    /// Chooses the rows again: the lane, narrowed by the filters and the search.
    mutating func choose(_ desk: DeskState, lane: Lane, filter: CaseFilter, query typed: String) {
        let query = CaseSearch.query(typed)
        if query != nil { prepareSearch(desk) }
        // A search typed further (the new query holds the last one) only narrows the rows it chose.
        let narrowing = chosenFor.map { last in
            last.lane == lane && last.filter == filter && query.map { CaseSearch.contains($0, last.query ?? []) } ?? false
        } ?? false
        let lists: [[Int]] = narrowing ? [rows] : lists(of: lane)
        chosenFor = (lane, filter, query)
        let status = lane.status
        let filtered = !filter.isEmpty
        var chosen: [Int] = []
        var widest = CellWidths()
        var shared = SharedHead()
        hasClosedRows = false
        for list in lists {
            for index in list {
                guard status.map({ queue.status(ofCase: index) == $0 }) ?? true,
                      !filtered || filter.matches(desk.cases[index]),
                      query.map({ search!.matches(index, $0, in: desk) }) ?? true else { continue }
                chosen.append(index)
                shared.take(desk.cases.code(index))
                if cellWidths[index] == nil { cellWidths[index] = measure(index, of: desk.cases) }
                let cell = cellWidths[index]!
                widest.code = max(widest.code, cell.code)
                widest.grade = max(widest.grade, cell.grade)
                widest.locality = max(widest.locality, cell.locality)
                widest.unit = max(widest.unit, cell.unit)
                widest.status = max(widest.status, cell.status)
                hasClosedRows = hasClosedRows || queue.urgency(ofCase: index) == nil
            }
        }
        rows = chosen
        clocks = nil
        sharedCodeHead = shared.length
        let names = QueueCells.columnNames(strings).mapValues { DisplayWidth.of($0) }
        widths = names.merging([.code: widest.code - sharedCodeHead, .grade: widest.grade, .locality: widest.locality,
                                .unit: widest.unit, .status: widest.status], uniquingKeysWith: max)
        widths[.title] = nil
    }

    /// The head all codes taken so far share: through the first `-` (the desk's `YQ-`), then the
    /// four digits of the year after it. A code of another shape shares nothing.
    struct SharedHead {
        private var prefix: String?, year: String?
        private var first = true

        static func heads(_ code: String) -> (prefix: String, year: String?)? {
            guard let dash = code.firstIndex(of: "-") else { return nil }
            let prefix = String(code[...dash])
            let rest = code[code.index(after: dash)...]
            // A day of eight digits and something after it: the year is only a part of the code.
            let day = rest.prefix { $0.isASCII && $0.isNumber }
            return (prefix, day.count == 8 && rest.count > 8 ? prefix + day.prefix(4) : nil)
        }

        mutating func take(_ code: String) {
            if first {
                first = false
                (prefix, year) = Self.heads(code).map { ($0.prefix, $0.year) } ?? (nil, nil)
                return
            }
            if let known = year, !code.hasPrefix(known) { year = nil }
            if let known = prefix, !code.hasPrefix(known) { prefix = nil }
        }

        var length: Int { (year ?? prefix)?.count ?? 0 }
    }

    private func lists(of lane: Lane) -> [[Int]] {
        switch lane {
        case .closed: [queue.closed]
        case .all: [queue.open, queue.closed]
        case .pendingTriage, .handling, .releasing: [queue.open]
        }
    }

    /// The widest clock cell among the rows at `now`: kept by `advanceClocks` as time passes, or
    /// measured over the rows when the rows changed since, or `now` is not where it was kept.
    func clockWidth(_ desk: DeskState, now: Date) -> Int {
        if let clocks, clocks.holds(at: now) { return clocks.width }
        // One row of each shape is written out and measured; the others cost a few comparisons.
        var widest = closedFloor
        var measured = [Bool](repeating: false, count: ClockShapes.shapeCount)
        for index in rows {
            guard let urgency = queue.urgency(ofCase: index) else { continue }
            let shape = ClockShapes.shape(urgency, at: now)
            guard !measured[shape] else { continue }
            measured[shape] = true
            widest = max(widest, clockCellWidth(desk, index, now))
        }
        return widest
    }

    /// Brings the clock column's width to `now` at the cost of the rows whose cell changes shape
    /// (`ClockShapes`); the first tick after the rows changed counts them all once.
    mutating func advanceClocks(_ desk: DeskState, now: Date) {
        let measure = { (index: Int, at: Date) in clockCellWidth(desk, index, at) }
        if var kept = clocks, now >= kept.at {
            clocks = nil  // advanced in place, not copied
            kept.advance(to: now, measure: measure)
            clocks = kept
        } else {
            clocks = ClockShapes(rows: rows, urgencies: rows.map { queue.urgency(ofCase: $0) }, floor: closedFloor,
                                 now: now, measure: measure)
        }
    }

    /// A closed row's clock cell (无), the narrowest the clock column is when there is one.
    private var closedFloor: Int { hasClosedRows ? DisplayWidth.of(strings.domain.noClock) : 0 }

    private func clockCellWidth(_ desk: DeskState, _ index: Int, _ now: Date) -> Int {
        DisplayWidth.of(QueueCells.clock(CaseStanding(desk.cases[index], policy: queue.policy, now: now), strings: strings))
    }

    /// An archived case's widths from its summary where it tells them all, else the case's. The
    /// 全部 lane measures every closed case on opening, so each cell's width is remembered by what
    /// it is made from (the raw locality or unit, the grade and level) rather than worded each time.
    private mutating func measure(_ index: Int, of cases: CaseList) -> CellWidths {
        // A row whose facts an earlier archived one shares has its cells' widths: only the code differs.
        if let sharer = cases.rowSharer(index), sharer != index, let shared = sharedWidths(sharer, cases) {
            var widths = shared
            widths.code = DisplayWidth.of(cases.code(index))
            return widths
        }
        guard let summary = cases.summary(index), !summary.row.hasPendingDraft else {
            return Self.measure(cases[index], strings: strings, memo: &memo)
        }
        let row = summary.row
        func width(_ column: QueueLayout.Column, key: String) -> Int {
            let memoKey = MemoKey(column: column, key: key, grade: column == .grade ? row.grade : nil,
                                  level: column == .grade ? row.level : nil)
            if let known = summaryMemo[memoKey] { return known }
            let measured = DisplayWidth.of(QueueCells.text(column, of: summary, strings: strings) ?? "")
            summaryMemo[memoKey] = measured
            return measured
        }
        return CellWidths(code: DisplayWidth.of(summary.code),
                          grade: width(.grade, key: ""),
                          locality: width(.locality, key: row.locality), unit: width(.unit, key: row.answerableUnit ?? ""),
                          status: width(.status, key: ""))
    }

    /// The widths of the archived row others share their facts with, measured once; nil when its
    /// status is a pending draft's stage, which its facts do not tell (or it is no longer archived).
    private mutating func sharedWidths(_ sharer: Int, _ cases: CaseList) -> CellWidths? {
        if let known = sharedRows[sharer] { return known }
        guard let summary = cases.summary(sharer), !summary.row.hasPendingDraft else { return nil }
        let widths = measure(sharer, of: cases)
        sharedRows[sharer] = widths
        return widths
    }

    private struct MemoKey: Hashable {
        let column: QueueLayout.Column
        let key: String
        let grade: Grade?
        let level: OpinionLevel?
    }

    private static func measure(_ subject: Case, strings: ConsoleStrings, memo: inout [String: Int]) -> CellWidths {
        // The code is the case's own; the other cells repeat from case to case, so each is measured once.
        func width(_ column: QueueLayout.Column) -> Int {
            let text = QueueCells.text(column, of: subject, strings: strings)
            if let known = memo[text] { return known }
            let measured = DisplayWidth.of(text)
            memo[text] = measured
            return measured
        }
        return CellWidths(code: DisplayWidth.of(subject.code), grade: width(.grade), locality: width(.locality),
                          unit: width(.unit), status: width(.status))
    }
}
