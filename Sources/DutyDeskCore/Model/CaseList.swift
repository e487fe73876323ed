import Foundation

/// Where a snapshot's closed cases stay encoded until one is asked for (`DeskSnapshot.Record`).
///
/// A desk of a few years holds a hundred thousand closed cases and a few dozen open ones; what a
/// process needs after opening is the open ones, so the closed ones are read one at a time, when
/// a lookup, a report over their period or a search needs them.
public protocol CaseRecords: AnyObject, Sendable {
    /// Record `number`'s bytes for `read`; nil when they no longer match what was written.
    func withRecord<T>(_ number: Int, _ read: (UnsafeRawBufferPointer) throws -> T) rethrows -> T?
    /// How many records there are: one per closed case the snapshot archived.
    var recordCount: Int { get }
    /// The closed cases' summaries and lookups (`ArchiveTable`'s bytes) for `read`; throws when
    /// they no longer match what was written.
    func withArchive<T>(_ read: (UnsafeRawBufferPointer) throws -> T) throws -> T
    /// The desk as the ledger's replay up to the snapshot gives it: what a record or summary that
    /// fails its check is read from instead (an archived case has had no event since). Nil when
    /// the ledger no longer holds that prefix either.
    func replayedDesk() -> DeskState?
}

/// The desk's cases in the order reported: each one either held whole or, for a case that was
/// closed when the snapshot was written, as a record decoded on each access.
///
/// Decoding an archived case replays its own events, as a full replay did, so it cannot come out
/// differently; the summary beside it answers what the queue and the reports ask of every case
/// (is it open, when was it first recorded, which days does it touch, its open 督办 items, its queue cells) without decoding it.
public struct CaseList: RandomAccessCollection, Sendable {
    /// What a closed case's record is known by without decoding it.
    public struct Summary: Sendable, Equatable {
        public let id: CaseID
        public let code: String
        public let ref: String
        /// What the queue's search looks through in it (`SearchText`), so a search of the closed
        /// lane reads the table, not the records (format 10).
        public let searchText: [UInt8]
        /// The seq of its `case.reported` line.
        public let firstSeq: Int
        /// The earliest and latest moment it names: discovered, and every step's happening and recording.
        public let earliest: Date
        public let latest: Date
        /// Its supervised items (督办) still open: the handover lists those even for a closed case,
        /// and reads them here rather than decoding it.
        public let openItems: [OpenItem]
        /// What the queue's row of it shows besides the code, so the 全部 and 已办结 lanes measure
        /// their columns without decoding every closed case (`QueueIndex`).
        public let row: Row

        /// What the handover shows of an open supervised item (`SupervisedItem`).
        public struct OpenItem: Sendable, Equatable {
            /// Whom it is shown under (`SupervisedItem.owner`).
            public let owner: String
            public let text: String
            public let issuedAt: Date
            public let dueAt: Date

            public init(owner: String, text: String, issuedAt: Date, dueAt: Date) {
                self.owner = owner
                self.text = text
                self.issuedAt = issuedAt
                self.dueAt = dueAt
            }

            public init(_ item: SupervisedItem) {
                self.init(owner: item.owner, text: item.text, issuedAt: item.issuedAt, dueAt: item.dueAt)
            }

            public var deadline: Deadline { Deadline(kind: .followUp, startsAt: issuedAt, dueAt: dueAt) }
        }

        /// A closed case's queue cells as facts, worded by the console in its language.
        public struct Row: Sendable, Hashable {
            public let grade: Grade
            public let level: OpinionLevel
            public let locality: String
            public let answerableUnit: String?
            /// A draft still pending, whose stage the status cell names instead of 已办结 (the
            /// console decodes such a case for it).
            public let hasPendingDraft: Bool

            public init(grade: Grade, level: OpinionLevel, locality: String, answerableUnit: String?, hasPendingDraft: Bool) {
                self.grade = grade
                self.level = level
                self.locality = locality
                self.answerableUnit = answerableUnit
                self.hasPendingDraft = hasPendingDraft
            }

            public init(_ subject: Case) {
                self.init(grade: subject.grade, level: subject.level, locality: subject.report.locality,
                          answerableUnit: subject.answerableUnit, hasPendingDraft: !subject.pendingDrafts.isEmpty)
            }
        }

        public init(id: CaseID, code: String, ref: String, searchText: [UInt8], firstSeq: Int, earliest: Date, latest: Date,
                    openItems: [OpenItem], row: Row) {
            self.id = id
            self.code = code
            self.ref = ref
            self.searchText = searchText
            self.firstSeq = firstSeq
            self.earliest = earliest
            self.latest = latest
            self.openItems = openItems
            self.row = row
        }

        public init(_ subject: Case) {
            var earliest = subject.discoveredAt
            var latest = subject.discoveredAt
            for entry in subject.timeline {
                earliest = Swift.min(earliest, entry.happenedAt, entry.recordedAt)
                latest = Swift.max(latest, entry.happenedAt, entry.recordedAt)
            }
            self.init(id: subject.id, code: subject.code, ref: subject.report.ref, searchText: SearchText.of(subject),
                      firstSeq: subject.timeline.first?.seq ?? 0,
                      earliest: earliest, latest: latest, openItems: subject.supervisedItems.filter(\.isOpen).map(OpenItem.init),
                      row: Row(subject))
        }
    }

    private enum Slot: Sendable {
        /// A word: a case is one reference (copy on write), so a desk of a hundred thousand
        /// archived cases does not carry a case's width for each of them.
        case held(Case)
        case archived(record: Int)
        /// Only inside `update`, while the case is out being changed (so it is not copied).
        case vacant
    }

    private var slots: [Slot] = []
    private var records: CaseRecords?
    /// Where archived record n is in `slots`: what a lookup in the snapshot's table answers.
    private var archivedPositions: [Int] = []
    private var archivedCodes: ArchivedCodes?
    private var archivedIDs: ArchivedIDs?

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { slots.count }

    public subscript(position: Int) -> Case {
        switch slots[position] {
        case .held(let subject): return subject
        case .archived(let record): return decode(record, at: position)
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
        case .archived(let record): return archivedCodes?.code(record) { codes() } ?? summary(record, at: position).code
        case .vacant: return ""
        }
    }

    /// The seq of the case's first line.
    public func firstSeq(_ position: Int) -> Int {
        switch slots[position] {
        case .held(let subject): return subject.timeline.first?.seq ?? 0
        case .archived(let record): return span(record, at: position).firstSeq
        case .vacant: return 0
        }
    }

    /// False only when the case certainly names no moment in `start..<end` (it may when true).
    public func mayTouch(_ position: Int, from start: Date, to end: Date) -> Bool {
        switch slots[position] {
        case .held, .vacant: return true
        case .archived(let record):
            let span = span(record, at: position)
            return span.latest >= start && span.earliest < end
        }
    }

    /// The cases that may name a moment in `moments`, in order: every case held whole, and the
    /// archived ones whose summary reaches into it (a report over a period decodes only those).
    public func touching(_ moments: Range<Date>) -> [Case] {
        indices.filter { mayTouch($0, from: moments.lowerBound, to: moments.upperBound) }.map { self[$0] }
    }

    /// Whether the case is kept as a snapshot's record (decoded on each access) rather than whole.
    public func isArchived(_ position: Int) -> Bool { archivedRecord(position) != nil }

    /// The summary of an archived case, nil for one held whole: what a caller reads instead of
    /// decoding it (each call reads it from the snapshot's table again).
    public func summary(_ position: Int) -> Summary? { archivedRecord(position).map { summary($0, at: position) } }

    /// What `read` makes of an archived case's `SearchText`, read where it lies in the snapshot's
    /// table; nil for a case held whole, or when the table does not read.
    public func withArchivedSearchText<T>(_ position: Int, _ read: (UnsafeRawBufferPointer) -> T) -> T? {
        guard let record = archivedRecord(position) else { return nil }
        return try? records?.withArchive { read(try ArchiveTable($0).searchText(record)) }
    }

    /// The record number of an archived case, nil for one held whole.
    func archivedRecord(_ position: Int) -> Int? {
        if case .archived(let record) = slots[position] { return record }
        return nil
    }

    /// For an archived case, where the first archived case whose queue row's facts are the same
    /// as its own is (itself, for the first): the 全部 lane measures each such row once. Nil for a
    /// case held whole, or when the table does not read.
    public func rowSharer(_ position: Int) -> Int? {
        guard let record = archivedRecord(position),
              let owner = try? records?.withArchive({ try ArchiveTable($0).rowOwner(record) }) else { return nil }
        return archivedPositions[owner]
    }

    /// Where the archived case with this id is.
    func archivedPosition(id: CaseID) -> Int? {
        guard archivedIDs?.mayHold(id) ?? true else { return nil }
        return archivedLookup({ try $0.number(id: id) }, else: { $0.index(of: id) })
    }

    /// Where the last archived case with this code (upper-cased) is.
    func archivedPosition(codeKey: String) -> Int? {
        archivedLookup({ try $0.lastNumber(codeKey: codeKey) }, else: { $0.position(codeKey: codeKey) })
    }

    /// Where the first archived case opened for this reference is.
    func archivedPosition(reference: String) -> Int? {
        archivedLookup({ try $0.firstNumber(reference: reference) }, else: { $0.position(reference: reference) })
    }

    /// Where archived cases' records are, and which ids they may have; set once, when a
    /// snapshot's cases are all in place (until then a lookup answers from the held cases only).
    mutating func archive(in records: CaseRecords, ids: ArchivedIDs) {
        self.records = records
        archivedCodes = ArchivedCodes()
        archivedIDs = ids
    }

    var archive: CaseRecords? { records }

    mutating func reserve(_ count: Int) { slots.reserveCapacity(count) }

    mutating func append(_ subject: Case) { slots.append(.held(subject)) }

    mutating func appendArchived(record: Int) {
        archivedPositions.append(slots.count)
        slots.append(.archived(record: record))
    }

    /// Changes one case, first bringing an archived one back whole.
    mutating func update(_ position: Int, _ change: (inout Case) -> Void) {
        var subject = self[position]
        slots[position] = .vacant  // the slot lets go of the case, so the change does not copy it
        change(&subject)
        slots[position] = .held(subject)
    }

    private func decode(_ record: Int, at position: Int) -> Case {
        let id = try? records?.withArchive { try ArchiveTable($0).id(record) }
        if let subject = records?.withRecord(record, { try? DeskSnapshot.decodeCase($0) }) ?? nil, subject.id == id {
            return subject
        }
        return replayed(position)
    }

    /// The archived cases' codes from the table, or each from its summary where the table does not read.
    private func codes() -> [String] {
        (try? records?.withArchive { try ArchiveTable($0).codes() })
            ?? archivedPositions.enumerated().map { summary($0.offset, at: $0.element).code }
    }

    private func summary(_ record: Int, at position: Int) -> Summary {
        (try? records?.withArchive { try ArchiveTable($0).summary(record) }) ?? Summary(replayed(position))
    }

    private func span(_ record: Int, at position: Int) -> (firstSeq: Int, earliest: Date, latest: Date) {
        if let span = try? records?.withArchive({ try ArchiveTable($0).span(record) }) { return span }
        let summary = Summary(replayed(position))
        return (summary.firstSeq, summary.earliest, summary.latest)
    }

    /// A position found in the snapshot's table; when the table cannot be read, in the replayed desk.
    private func archivedLookup(_ find: (ArchiveTable) throws -> Int?, else replayedPosition: (DeskState) -> Int?) -> Int? {
        guard !archivedPositions.isEmpty, let records else { return nil }
        do {
            return try records.withArchive { try find(try ArchiveTable($0)) }.map { archivedPositions[$0] }
        } catch {
            guard let desk = records.replayedDesk() else { unreadable() }
            return replayedPosition(desk).flatMap { archivedPositions.contains($0) ? $0 : nil }
        }
    }

    /// The case at `position` as the ledger's replay gives it, for a record or summary that failed its check.
    private func replayed(_ position: Int) -> Case {
        guard let desk = records?.replayedDesk(), desk.cases.indices.contains(position) else { unreadable() }
        return desk.cases[position]
    }

    /// The record failed and the ledger no longer holds what the snapshot marked: going on would
    /// show a case that is not the ledger's.
    private func unreadable() -> Never {
        fatalError("快照中的已办结事件已损坏，台账也已不是快照所记：请删除快照后重试 / "
                   + "a closed case in the snapshot is damaged and the ledger no longer holds what the snapshot marked: "
                   + "delete the snapshot and try again")
    }
}

/// The archived cases' codes, read from the snapshot's table all at once the first time one is
/// asked for: sorting the closed cases by code (`CaseQueue`) asks for each of them many times.
/// Shared by the copies of a `CaseList`: an archived case's code never changes.
private final class ArchivedCodes: @unchecked Sendable {
    private let lock = NSLock()
    private var codes: [String]?

    func code(_ record: Int, reading read: () -> [String]) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if codes == nil { codes = read() }
        return codes.flatMap { $0.indices.contains(record) ? $0[record] : nil }
    }
}
