import Foundation

/// Where a snapshot's closed cases stay encoded until one is asked for (`DeskSnapshot.Record`).
///
/// A desk of a few years holds a hundred thousand closed cases and a few dozen open ones; what a
/// process needs after opening is the open ones, so the closed ones are read one at a time, when
/// a lookup, a report over their period or a search needs them.
public protocol CaseRecords: AnyObject, Sendable {
    /// Record `number`'s bytes for `read`; nil when they no longer match what was written.
    func withRecord<T>(_ number: Int, _ read: (UnsafeRawBufferPointer) throws -> T) rethrows -> T?
    /// The case as the ledger's replay up to the snapshot gives it: what a record that failed its
    /// check is read from instead (an archived case has had no event since). Nil when the ledger
    /// no longer holds that prefix either.
    func replayedCase(_ id: CaseID) -> Case?
}

/// The desk's cases in the order reported: each one either held whole or, for a case that was
/// closed when the snapshot was written, as a record decoded on each access.
///
/// Decoding an archived case replays its own events, as a full replay did, so it cannot come out
/// differently; the summary beside it answers what the queue and the reports ask of every case
/// (is it open, when was it first recorded, which days does it touch) without decoding it.
public struct CaseList: RandomAccessCollection, Sendable {
    /// What a closed case's record is known by without decoding it.
    public struct Summary: Sendable, Equatable {
        public let id: CaseID
        public let code: String
        public let ref: String
        /// The seq of its `case.reported` line.
        public let firstSeq: Int
        /// The earliest and latest moment it names: discovered, and every step's happening and recording.
        public let earliest: Date
        public let latest: Date
        /// Whether a supervised item (督办) of it is still open: the handover lists those even for a closed case.
        public let hasOpenItems: Bool

        public init(id: CaseID, code: String, ref: String, firstSeq: Int, earliest: Date, latest: Date, hasOpenItems: Bool) {
            self.id = id
            self.code = code
            self.ref = ref
            self.firstSeq = firstSeq
            self.earliest = earliest
            self.latest = latest
            self.hasOpenItems = hasOpenItems
        }

        public init(_ subject: Case) {
            var earliest = subject.discoveredAt
            var latest = subject.discoveredAt
            for entry in subject.timeline {
                earliest = Swift.min(earliest, entry.happenedAt, entry.recordedAt)
                latest = Swift.max(latest, entry.happenedAt, entry.recordedAt)
            }
            self.init(id: subject.id, code: subject.code, ref: subject.report.ref, firstSeq: subject.timeline.first?.seq ?? 0,
                      earliest: earliest, latest: latest, hasOpenItems: subject.supervisedItems.contains(where: \.isOpen))
        }
    }

    private enum Slot: Sendable {
        case held(Case)
        case archived(Summary, record: Int)
        /// Only inside `update`, while the case is out being changed (so it is not copied).
        case vacant
    }

    private var slots: [Slot] = []
    private var records: CaseRecords?

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { slots.count }

    public subscript(position: Int) -> Case {
        switch slots[position] {
        case .held(let subject): return subject
        case .archived(let summary, let record): return decode(summary, record)
        case .vacant: preconditionFailure("a case read while it is being changed")
        }
    }

    /// Whether the case is open, without decoding a closed one: an archived case was closed when
    /// archived, and any later event on it brought it back whole.
    public func isOpen(_ position: Int) -> Bool {
        switch slots[position] {
        case .held(let subject): return subject.closure == nil
        case .archived, .vacant: return false
        }
    }

    /// The case's code, without decoding a closed one.
    public func code(_ position: Int) -> String {
        switch slots[position] {
        case .held(let subject): return subject.code
        case .archived(let summary, _): return summary.code
        case .vacant: return ""
        }
    }

    /// The seq of the case's first line.
    public func firstSeq(_ position: Int) -> Int {
        switch slots[position] {
        case .held(let subject): return subject.timeline.first?.seq ?? 0
        case .archived(let summary, _): return summary.firstSeq
        case .vacant: return 0
        }
    }

    /// False only when the case certainly names no moment in `start..<end` (it may when true).
    public func mayTouch(_ position: Int, from start: Date, to end: Date) -> Bool {
        switch slots[position] {
        case .held, .vacant: return true
        case .archived(let summary, _): return summary.latest >= start && summary.earliest < end
        }
    }

    /// The cases that may name a moment in `moments`, in order: every case held whole, and the
    /// archived ones whose summary reaches into it (a report over a period decodes only those).
    public func touching(_ moments: Range<Date>) -> [Case] {
        indices.filter { mayTouch($0, from: moments.lowerBound, to: moments.upperBound) }.map { self[$0] }
    }

    /// False only when no supervised item of the case is open.
    public func mayHaveOpenItems(_ position: Int) -> Bool {
        switch slots[position] {
        case .held, .vacant: return true
        case .archived(let summary, _): return summary.hasOpenItems
        }
    }

    /// Whether the case is kept as a snapshot's record (decoded on each access) rather than whole.
    public func isArchived(_ position: Int) -> Bool { archivedSummary(position) != nil }

    /// The summary of an archived case, nil for one held whole.
    func archivedSummary(_ position: Int) -> (Summary, record: Int)? {
        if case .archived(let summary, let record) = slots[position] { return (summary, record) }
        return nil
    }

    /// Where archived cases' records are; set once, before any is appended.
    mutating func archive(in records: CaseRecords) { self.records = records }

    var archive: CaseRecords? { records }

    mutating func append(_ subject: Case) { slots.append(.held(subject)) }

    mutating func appendArchived(_ summary: Summary, record: Int) { slots.append(.archived(summary, record: record)) }

    /// Changes one case, first bringing an archived one back whole.
    mutating func update(_ position: Int, _ change: (inout Case) -> Void) {
        var subject = self[position]
        slots[position] = .vacant  // the slot lets go of the case, so the change does not copy it
        change(&subject)
        slots[position] = .held(subject)
    }

    private func decode(_ summary: Summary, _ record: Int) -> Case {
        if let subject = records?.withRecord(record, { try? DeskSnapshot.decodeCase($0) }) ?? nil, subject.id == summary.id {
            return subject
        }
        guard let subject = records?.replayedCase(summary.id) else {
            // The record failed and the ledger no longer holds what the snapshot marked: going on
            // would show a case that is not the ledger's.
            fatalError("快照记录 \(summary.code) 已损坏，台账也已不是快照所记：请删除快照后重试 / "
                       + "snapshot record \(summary.code) is damaged and the ledger no longer holds what the snapshot marked: "
                       + "delete the snapshot and try again")
        }
        return subject
    }
}
