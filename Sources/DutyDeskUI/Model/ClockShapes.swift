import DutyDeskCore
import Foundation

/// The clock column's widest cell over the queue's rows, kept up to date as time passes at the
/// cost of the rows whose cell changes shape, not of every row: at 100k open cases a tick that
/// measured every row cost an eighth of a core while nothing happened.
///
/// A countdown's width depends only on its shape (`shape(_:at:)`): its marker, band, sign and how many
/// digits its days take; the rest is HH:MM:SS. A row's urgency is fixed until an event changes the
/// rows, so the moment its shape can next change is known in advance (a band's edge, the due time,
/// a power of ten of days before or after it). Each row waits in a heap for that moment; a tick
/// takes out the rows whose moment has come, counts them under their new shape, and the width is
/// the widest shape any row has.
struct ClockShapes: Sendable {
    /// Marker (3) × band (4) × sign (2) × digits of the days (0 for none, up to 19).
    static let shapeCount = 3 * 4 * 2 * 20

    /// The moment these counts are for; `width` holds from it until the heap's first moment.
    private(set) var at: Date
    private var shapes: [Int]
    private var counts: [Int]
    /// The width of each shape's cell, measured the first time a row has it.
    private var measured: [Int?]
    private var waiting: MomentHeap
    private let rows: [Int]
    private let urgencies: [CaseQueue.Urgency]
    /// The widest cell other than the countdowns: a closed row's 无.
    private let floor: Int
    private(set) var width = 0

    /// The rows (case indexes) with their urgencies (nil for a closed case) at `now`; `measure`
    /// words one row's cell at a moment and returns its width.
    init(rows: [Int], urgencies given: [CaseQueue.Urgency?], floor: Int, now: Date, measure: (Int, Date) -> Int) {
        at = now
        self.floor = floor
        var kept: [Int] = []
        var clocks: [CaseQueue.Urgency] = []
        kept.reserveCapacity(rows.count)
        clocks.reserveCapacity(rows.count)
        for (row, urgency) in zip(rows, given) {
            guard let urgency else { continue }
            kept.append(row)
            clocks.append(urgency)
        }
        self.rows = kept
        urgencies = clocks
        shapes = [Int](repeating: 0, count: kept.count)
        counts = [Int](repeating: 0, count: Self.shapeCount)
        measured = [Int?](repeating: nil, count: Self.shapeCount)
        var moments: [(Date, Int)] = []
        moments.reserveCapacity(kept.count)
        for position in kept.indices {
            let shape = Self.shape(clocks[position], at: now)
            shapes[position] = shape
            counts[shape] += 1
            if measured[shape] == nil { measured[shape] = measure(kept[position], now) }
            moments.append((Self.nextChange(of: clocks[position], after: now), position))
        }
        waiting = MomentHeap(moments)
        width = widest()
    }

    /// Whether `width` is the clock column's width at `now` without catching up.
    func holds(at now: Date) -> Bool {
        now >= at && waiting.first.map { now < $0 } ?? true
    }

    /// Moves the counts on to `now` (not before `at`): only the rows whose moment has come.
    mutating func advance(to now: Date, measure: (Int, Date) -> Int) {
        guard now > at else { return }
        at = now
        var changed = false
        while let position = waiting.first(through: now) {
            let shape = Self.shape(urgencies[position], at: now)
            if shape != shapes[position] {
                counts[shapes[position]] -= 1
                counts[shape] += 1
                shapes[position] = shape
                if measured[shape] == nil { measured[shape] = measure(rows[position], now) }
                changed = true
            }
            waiting.replaceFirst(with: Self.nextChange(of: urgencies[position], after: now))
        }
        if changed { width = widest() }
    }

    private func widest() -> Int {
        var widest = floor
        for shape in counts.indices where counts[shape] > 0 { widest = max(widest, measured[shape] ?? 0) }
        return widest
    }

    /// The shape of an urgency's countdown at `now`: what its cell's width depends on.
    static func shape(_ urgency: CaseQueue.Urgency, at now: Date) -> Int {
        let seconds = urgency.deadline.secondsLeft(at: now)
        let marker = urgency.isItem ? 2 : urgency.deadline.kind == .firstReport ? 1 : 0
        var digits = 0
        var days = abs(seconds) / 86_400
        while days > 0 {
            digits += 1
            days /= 10
        }
        return ((marker * 4 + urgency.deadline.band(at: now).rawValue) * 2 + (seconds < 0 ? 1 : 0)) * 20 + digits
    }

    /// The first moment after `now` at which the shape may differ. Each edge is tried at the
    /// moment itself, just after it (the sign and the days change once the whole seconds left pass
    /// it) and a millisecond later (a band's share is computed in floating point): being early
    /// costs one more look, being late would leave the width wrong.
    static func nextChange(of urgency: CaseQueue.Urgency, after now: Date) -> Date {
        let deadline = urgency.deadline
        let due = deadline.dueAt.timeIntervalSinceReferenceDate
        let start = deadline.startsAt.timeIntervalSinceReferenceDate
        let allowed = due - start
        let time = now.timeIntervalSinceReferenceDate
        var next = Double.infinity
        // Written out rather than as a list of the three: this runs for every row the tick counts anew.
        func consider(_ edge: Double) {
            let moment = edge > time ? edge : edge.nextUp > time ? edge.nextUp : edge + 0.001
            if moment > time { next = min(next, moment) }
        }
        consider(due)
        if allowed > 0 {
            consider(start + allowed * 0.5)
            consider(start + allowed * 0.75)
        }
        // Days change digits as the seconds left cross 10ⁿ days, before the due time and after it.
        var span = 86_400.0
        for _ in 0..<19 {
            consider(due - span)
            consider(due + span - 1)
            span *= 10
        }
        return Date(timeIntervalSinceReferenceDate: next)
    }
}

/// Rows by the moment they are next looked at, soonest first: a binary heap in one array.
struct MomentHeap: Sendable {
    private var moments: [Date] = []
    private var positions: [Int] = []

    init(_ entries: [(Date, Int)]) {
        moments = entries.map(\.0)
        positions = entries.map(\.1)
        for index in stride(from: moments.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
    }

    var first: Date? { moments.first }

    /// The soonest entry's position if its moment is at or before `now`.
    func first(through now: Date) -> Int? {
        guard let moment = moments.first, moment <= now else { return nil }
        return positions[0]
    }

    /// Gives the soonest entry a new moment and lets it sink to its place.
    mutating func replaceFirst(with moment: Date) {
        moments[0] = moment
        siftDown(0)
    }

    private mutating func siftDown(_ start: Int) {
        var index = start
        while true {
            let left = 2 * index + 1
            guard left < moments.count else { return }
            var child = left
            if left + 1 < moments.count, moments[left + 1] < moments[left] { child = left + 1 }
            guard moments[child] < moments[index] else { return }
            moments.swapAt(child, index)
            positions.swapAt(child, index)
            index = child
        }
    }
}
