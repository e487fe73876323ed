import DutyDeskJSON
import Foundation

/// A replayed desk as bytes and back, for the snapshot beside a ledger.
///
/// What is kept is what the state kept of each event: every case as its timeline (each entry is
/// the event it came from, so the case is rebuilt by the same `apply` a replay runs, and cannot
/// come out differently), and the desk-level facts in their lists. Bodies go through
/// `EventPayloadCodec`, as in the ledger, written as a compact tree instead of JSON text.
///
/// Open cases are in the main bytes and rebuilt on opening. A closed case is its own record
/// (`Encoded.records`), with a summary in the archive table (`ArchiveTable`, `Encoded.archive`),
/// which also finds it by id, code and reference: a process that opens the desk decodes only the
/// open ones, and a closed case or its summary when something asks for it. The main bytes end in
/// the closed cases' ids' fingerprints (`ArchivedIDs`), so that a new case is known to be new
/// without reading the table. An archived case is
/// written again by copying its record, never decoded for it.
///
/// Cases are rebuilt one after another rather than interleaved in ledger order; nothing in the
/// state depends on that interleaving except which cases the latest events touched, which a
/// restored desk does not claim to know (`casesTouched(since:)` answers nil).
public enum DeskSnapshot {
    /// The snapshot file's layout and this encoding together; 6: the closed cases' table and the
    /// records' index have a checksum of their own, checked when first read (`SnapshotFile`);
    /// 7: the main bytes end in the closed cases' ids' fingerprints (`ArchivedIDs`); 8: a handover
    /// is its three fields, not a body; 9: so is a case's report (`CaseReport.write`); 10: a
    /// closed case's summary carries its search text (`SearchText`); 11: an open case's timeline
    /// is preceded by its length.
    public static let formatVersion = 11

    /// The main bytes, the closed cases' summaries (`ArchiveTable`), and their records one after
    /// another (`recordEnds[n]` is where record n ends).
    public struct Encoded: Sendable {
        public var main: [UInt8]
        public var archive: [UInt8]
        public var records: [UInt8]
        public var recordEnds: [Int]
    }

    public static func encode(_ desk: DeskState) -> Encoded {
        var out = CompactWriter()
        var records = CompactWriter()
        var recordEnds: [Int] = []
        var summaries: [CaseList.Summary] = []
        out.bool(desk.identity != nil)
        if let identity = desk.identity { body(.ledgerCreated(identity), into: &out) }
        out.int(desk.eventCount)
        out.int(desk.lastSeq)
        out.bool(desk.latestRecordedAt != nil)
        if let latest = desk.latestRecordedAt { out.date(latest) }
        list(desk.repairs, into: &out) { body(.ledgerRepaired($0), into: &$1) }
        list(desk.orphanEvents, into: &out) { event($0, into: &$1) }
        // Its fields, not a body: a desk of some years holds ten thousand of them, and a body is read
        // through the codec's tree, its field names as strings too (half of opening the desk, format 8).
        list(desk.handovers, into: &out) { handover, out in
            out.int(handover.seq)
            out.date(handover.at)
            out.string(handover.handover.outgoing)
            out.string(handover.handover.incoming)
            out.string(handover.handover.note)
        }
        list(desk.decisions, into: &out) { body(.accountabilityDecided($0), into: &$1) }
        list(desk.assessments, into: &out) { body(.riskAssessed($0), into: &$1) }
        list(desk.checkpoints, into: &out) { body(.ledgerCheckpointed($0), into: &$1) }
        list(desk.patrols, into: &out) { record, out in
            out.date(record.recordedAt)
            out.string(record.operatorName)
            body(.patrolLogged(record.patrol), into: &out)
        }
        // Each 口径 as its approval and its withdrawal, the events they came from (format 4).
        list(desk.wordings, into: &out) { wording, out in
            event(wordingEvent(.wordingApproved(wording.approval), wording.recorded), into: &out)
            out.bool(wording.withdrawal != nil)
            if let (withdrawal, recorded) = wording.withdrawal {
                event(wordingEvent(.wordingWithdrawn(withdrawal), recorded), into: &out)
            }
        }
        // The highest number after each code's day prefix, so the archived cases' codes need not be parsed again.
        list(desk.highestCodeNumbers.sorted { $0.key < $1.key }, into: &out) { entry, out in
            out.string(entry.key)
            out.int(entry.value)
        }
        let cases = desk.cases
        out.unsigned(UInt64(cases.count))
        for position in cases.indices {
            guard !cases.isOpen(position) else {
                out.bool(false)
                // Its length first: opening finds every open case without reading it, and rebuilds
                // them on every core (format 11).
                var own = CompactWriter()
                timeline(of: cases[position], into: &own)
                out.unsigned(UInt64(own.bytes.count))
                out.raw(own.bytes)
                continue
            }
            out.bool(true)
            // An archived case's record is copied as it is (checked against its digest on the way).
            if let summary = cases.summary(position), let record = cases.archivedRecord(position),
               cases.archive?.withRecord(record, { records.raw($0) }) != nil {
                summaries.append(summary)
            } else {
                let subject = cases[position]
                summaries.append(CaseList.Summary(subject))
                timeline(of: subject, into: &records)
            }
            recordEnds.append(records.bytes.count)
        }
        ArchivedIDs(summaries.lazy.map(\.id)).write(into: &out)
        return Encoded(main: out.bytes, archive: ArchiveTable.bytes(of: summaries), records: records.bytes,
                       recordEnds: recordEnds)
    }

    /// Runs `body` once for each number below `count`, some perhaps at once on other threads, and
    /// returns when all have: how a caller lends its cores to `decode` (Core starts no thread).
    public typealias Cores = @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void

    /// One after another, on the caller's thread.
    public static let oneCore: Cores = { count, body in for number in 0..<count { body(number) } }

    /// The desk the main bytes describe, its closed cases left in `records` (their summaries in its
    /// archive, read when asked for); anything that does not read back exactly as written throws.
    /// The open cases are rebuilt on the `cores` lent, each from its own bytes.
    public static func decode(_ bytes: UnsafeRawBufferPointer, records: CaseRecords?,
                              cores: Cores = oneCore) throws -> DeskState {
        var input = CompactReader(bytes)
        var desk = DeskState()
        if try input.bool() {
            desk.apply(Event(seq: 1, id: "", recordedAt: Date(timeIntervalSince1970: 0), operatorName: "", caseID: nil,
                             body: try body(from: &input)))
        }
        let eventCount = try input.int()
        let lastSeq = try input.int()
        let latestRecordedAt = try input.bool() ? try input.date() : nil
        try each(&input) { desk.apply(deskEvent(try body(from: &$0))) }
        var orphans: [Event] = []
        try each(&input) { orphans.append(try event(from: &$0)) }
        try each(&input, reserving: { desk.reserveHandovers($0) }) { input in
            let seq = try input.int()
            let at = try input.date()
            let handover = ShiftHandover(outgoing: try input.string(), incoming: try input.string(), note: try input.string())
            desk.apply(Event(seq: seq, id: "", recordedAt: at, operatorName: "", caseID: nil, body: .shiftHandedOver(handover)))
        }
        // Decisions, assessments, checkpoints: in the order `encode` writes them.
        try each(&input) { desk.apply(deskEvent(try body(from: &$0))) }
        try each(&input) { desk.apply(deskEvent(try body(from: &$0))) }
        try each(&input) { desk.apply(deskEvent(try body(from: &$0))) }
        try each(&input) { input in
            let at = try input.date()
            let by = try input.string()
            desk.apply(Event(seq: 0, id: "", recordedAt: at, operatorName: by, caseID: nil, body: try body(from: &input)))
        }
        try each(&input) { input in
            desk.apply(try event(from: &input))
            if try input.bool() { desk.apply(try event(from: &input)) }
        }
        var highestNumbers: [String: Int] = [:]
        try each(&input, reserving: { highestNumbers.reserveCapacity($0) }) { input in
            let prefix = try input.string()
            highestNumbers[prefix] = try input.int()
        }
        let caseCount = try input.count()
        let held = max(0, caseCount - (records?.recordCount ?? 0))
        desk.reserveCases(caseCount, held: held)
        // The open cases' timelines and their places among the cases (a desk of years is mostly archived ones).
        var open: [UnsafeRawBufferPointer] = []
        var openPlaces: [Int] = []
        open.reserveCapacity(held)
        openPlaces.reserveCapacity(held)
        for place in 0..<caseCount {
            guard try input.bool() else {
                open.append(try input.raw(try input.count()))
                openPlaces.append(place)
                continue
            }
            guard records != nil else { throw CompactReader.Malformed(offset: input.offset) }
        }
        let rebuilt = try rebuild(open, cores: cores)
        var archived = 0
        var next = 0
        for place in 0..<caseCount {
            guard next < openPlaces.count, openPlaces[next] == place else {
                desk.restoreArchived(record: archived)
                archived += 1
                continue
            }
            defer { next += 1 }
            if let subject = rebuilt[next], desk.restoreOpen(subject) { continue }
            // Not one new case's timeline: applied as a replay applies its events, and noted by it.
            var own = CompactReader(open[next])
            for event in try caseEvents(from: &own) { desk.apply(event) }
        }
        let archivedIDs = try ArchivedIDs.read(from: &input)
        guard input.isAtEnd, records?.recordCount ?? 0 == archived, archivedIDs.count == archived else {
            throw CompactReader.Malformed(offset: input.offset)
        }
        // Only now: an open case's events look its id up while they are applied, and the archive
        // would be read (and its checksum checked) to answer what the snapshot already says, that
        // no closed case has that id.
        if let records { desk.archive(in: records, ids: archivedIDs) }
        desk.restore(eventCount: eventCount, lastSeq: lastSeq, latestRecordedAt: latestRecordedAt, orphanEvents: orphans,
                     highestCodeNumbers: highestNumbers)
        return desk
    }

    /// The open cases, each rebuilt from its timeline's bytes (nil for one that is not a single
    /// case's), in runs that `cores` may give a core each: at 100k open cases the rebuild
    /// was some three fifths of the decode (perf), and the cases need nothing of each other. A
    /// failure's offset is within its timeline.
    private static func rebuild(_ timelines: [UnsafeRawBufferPointer], cores: Cores) throws -> [Case?] {
        let runs = min(8, max(1, timelines.count / 1024))
        var cases = [Case?](repeating: nil, count: timelines.count)
        var failures = [(any Error)?](repeating: nil, count: runs)
        cases.withUnsafeMutableBufferPointer { cases in
            failures.withUnsafeMutableBufferPointer { failures in
                let work = Rebuild(timelines: timelines, cases: cases, failures: failures, runs: runs)
                // One run (a desk of few open cases) is not handed over: no thread is woken for it.
                if runs == 1 { work.run(0) } else { cores(runs) { work.run($0) } }
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        return cases
    }

    /// One run of `rebuild`'s: it reads its share of the timelines and writes only their cases and
    /// its own failure, and the caller reads them after every run has returned; so the buffers are
    /// shared across threads without a lock.
    private struct Rebuild: @unchecked Sendable {
        let timelines: [UnsafeRawBufferPointer]
        let cases: UnsafeMutableBufferPointer<Case?>
        let failures: UnsafeMutableBufferPointer<(any Error)?>
        let runs: Int

        func run(_ run: Int) {
            do {
                for number in (timelines.count * run / runs)..<(timelines.count * (run + 1) / runs) {
                    var input = CompactReader(timelines[number])
                    let events = try caseEvents(from: &input)
                    guard input.isAtEnd else { throw CompactReader.Malformed(offset: input.offset) }
                    cases[number] = DeskState.rebuilt(events)
                }
            } catch {
                failures[run] = error
            }
        }
    }

    /// One archived case from its record: its events replayed, as a full replay applied them.
    static func decodeCase(_ bytes: UnsafeRawBufferPointer) throws -> Case {
        var input = CompactReader(bytes)
        var desk = DeskState()
        for event in try caseEvents(from: &input) { desk.apply(event) }
        guard input.isAtEnd, desk.cases.count == 1, desk.orphanEvents.isEmpty else {
            throw CompactReader.Malformed(offset: input.offset)
        }
        return desk.cases[0]
    }

    private static func timeline(of subject: Case, into out: inout CompactWriter) {
        out.string(subject.id.rawValue)
        list(subject.timeline, into: &out) { entry, out in
            out.int(entry.seq)
            out.string(entry.eventID)
            out.date(entry.recordedAt)
            out.string(entry.operatorName)
            body(entry.body, into: &out)
        }
    }

    private static func caseEvents(from input: inout CompactReader) throws -> [Event] {
        let id = CaseID(try input.string())
        var events: [Event] = []
        try each(&input) { input in
            events.append(Event(seq: try input.int(), id: try input.string(), recordedAt: try input.date(),
                                operatorName: try input.string(), caseID: id, body: try body(from: &input)))
        }
        return events
    }

    private static func wordingEvent(_ body: EventBody, _ recorded: Wording.Recorded) -> Event {
        Event(seq: recorded.seq, id: recorded.id, recordedAt: recorded.recordedAt, operatorName: recorded.operatorName,
              caseID: nil, body: body)
    }

    private static func deskEvent(_ body: EventBody) -> Event {
        Event(seq: 0, id: "", recordedAt: Date(timeIntervalSince1970: 0), operatorName: "", caseID: nil, body: body)
    }

    private static func list<T>(_ items: [T], into out: inout CompactWriter, _ write: (T, inout CompactWriter) -> Void) {
        out.unsigned(UInt64(items.count))
        for item in items { write(item, &out) }
    }

    private static func each(_ input: inout CompactReader, reserving reserve: (Int) -> Void = { _ in },
                             _ read: (inout CompactReader) throws -> Void) throws {
        let count = try input.count()
        reserve(count)
        for _ in 0..<count { try read(&input) }
    }

    private static func event(_ event: Event, into out: inout CompactWriter) {
        out.int(event.seq)
        out.string(event.id)
        out.date(event.recordedAt)
        out.string(event.operatorName)
        out.bool(event.caseID != nil)
        if let id = event.caseID { out.string(id.rawValue) }
        body(event.body, into: &out)
    }

    private static func event(from input: inout CompactReader) throws -> Event {
        let seq = try input.int()
        let id = try input.string()
        let at = try input.date()
        let by = try input.string()
        let caseID = try input.bool() ? CaseID(try input.string()) : nil
        return Event(seq: seq, id: id, recordedAt: at, operatorName: by, caseID: caseID, body: try body(from: &input))
    }

    private static func body(_ body: EventBody, into out: inout CompactWriter) {
        out.string(body.typeName)
        // A case's report is its fields, not the codec's tree: a desk of 100k open cases is 100k
        // of them, and the tree spells its field names and its times as text (format 9).
        if case .caseReported(let report) = body {
            report.write(into: &out)
        } else {
            object(EventPayloadCodec.encode(body, utcOffset: 0), into: &out)
        }
    }

    private static func body(from input: inout CompactReader) throws -> EventBody {
        let type = try input.string()
        if type == EventKind.caseReported.rawValue { return .caseReported(try CaseReport.read(from: &input)) }
        return try EventPayloadCodec.decode(type: type, data: try object(from: &input))
    }

    private enum Tag: UInt8 { case null, no, yes, int, double, string, array, object }

    private static func object(_ object: JSONObject, into out: inout CompactWriter) {
        out.unsigned(UInt64(object.pairs.count))
        for pair in object.pairs {
            out.string(pair.key)
            value(pair.value, into: &out)
        }
    }

    private static func value(_ value: JSONValue, into out: inout CompactWriter) {
        switch value {
        case .null: out.raw([Tag.null.rawValue])
        case .bool(let flag): out.raw([flag ? Tag.yes.rawValue : Tag.no.rawValue])
        case .int(let number):
            out.raw([Tag.int.rawValue])
            out.int(number)
        case .double(let number):
            out.raw([Tag.double.rawValue])
            out.unsigned(number.bitPattern)
        case .string(let text):
            out.raw([Tag.string.rawValue])
            out.string(text)
        case .array(let values):
            out.raw([Tag.array.rawValue])
            out.unsigned(UInt64(values.count))
            for item in values { self.value(item, into: &out) }
        case .object(let nested):
            out.raw([Tag.object.rawValue])
            object(nested, into: &out)
        }
    }

    private static func object(from input: inout CompactReader) throws -> JSONObject {
        let count = try input.count()
        var pairs: [(key: String, value: JSONValue)] = []
        pairs.reserveCapacity(count)
        for _ in 0..<count { pairs.append((key: try input.string(), value: try value(from: &input))) }
        return JSONObject(uncheckedPairs: pairs)
    }

    private static func value(from input: inout CompactReader) throws -> JSONValue {
        let at = input.offset
        guard let tag = Tag(rawValue: try input.raw(1)[0]) else { throw CompactReader.Malformed(offset: at) }
        switch tag {
        case .null: return .null
        case .no: return .bool(false)
        case .yes: return .bool(true)
        case .int: return .int(try input.int())
        case .double: return .double(Double(bitPattern: try input.unsigned()))
        case .string: return .string(try input.string())
        case .array:
            let count = try input.count()
            var values: [JSONValue] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(try value(from: &input)) }
            return .array(values)
        case .object: return .object(try object(from: &input))
        }
    }
}

extension CaseList.Summary {
    func write(into out: inout CompactWriter) {
        out.string(id.rawValue)
        out.string(code)
        out.string(ref)
        out.unsigned(UInt64(searchText.count))
        out.raw(searchText)
        out.int(firstSeq)
        out.date(earliest)
        out.date(latest)
        out.unsigned(UInt64(openItems.count))
        for item in openItems {
            out.string(item.owner)
            out.string(item.text)
            out.date(item.issuedAt)
            out.date(item.dueAt)
        }
        out.place(of: row.grade, among: VocabularyPlaces.grades)
        out.place(of: row.level, among: VocabularyPlaces.levels)
        out.string(row.locality)
        out.bool(row.answerableUnit != nil)
        if let unit = row.answerableUnit { out.string(unit) }
        out.bool(row.hasPendingDraft)
    }

    static func read(from input: inout CompactReader) throws -> CaseList.Summary {
        CaseList.Summary(id: CaseID(try input.string()), code: try input.string(), ref: try input.string(),
                         searchText: Array(try input.raw(try input.count())), firstSeq: try input.int(),
                         earliest: try input.date(), latest: try input.date(), openItems: try openItems(from: &input),
                         row: try Row.read(from: &input))
    }

    private static func openItems(from input: inout CompactReader) throws -> [OpenItem] {
        let count = try input.count()
        var items: [OpenItem] = []
        items.reserveCapacity(count)
        for _ in 0..<count {
            items.append(OpenItem(owner: try input.string(), text: try input.string(), issuedAt: try input.date(),
                                  dueAt: try input.date()))
        }
        return items
    }
}

extension CaseList.Summary.Row {
    static func read(from input: inout CompactReader) throws -> CaseList.Summary.Row {
        CaseList.Summary.Row(grade: try input.place(among: VocabularyPlaces.grades),
                             level: try input.place(among: VocabularyPlaces.levels),
                             locality: try input.string(), answerableUnit: try input.bool() ? try input.string() : nil,
                             hasPendingDraft: try input.bool())
    }
}

extension CaseReport {
    func write(into out: inout CompactWriter) {
        out.string(code)
        out.string(title)
        out.string(detail)
        out.place(of: channel, among: VocabularyPlaces.channels)
        out.string(locality)
        out.string(caller)
        out.string(phone)
        out.date(discoveredAt)
        out.place(of: grade, among: VocabularyPlaces.grades)
        out.place(of: level, among: VocabularyPlaces.levels)
        out.string(unit)
        out.string(ref)
        out.string(assessment)
        out.unsigned(UInt64(checklist.count))
        for item in checklist { out.string(item) }
    }

    static func read(from input: inout CompactReader) throws -> CaseReport {
        CaseReport(code: try input.string(), title: try input.string(), detail: try input.string(),
                   channel: try input.place(among: VocabularyPlaces.channels), locality: try input.string(),
                   caller: try input.string(), phone: try input.string(), discoveredAt: try input.date(),
                   grade: try input.place(among: VocabularyPlaces.grades),
                   level: try input.place(among: VocabularyPlaces.levels), unit: try input.string(),
                   ref: try input.string(), assessment: try input.string(), checklist: try checklist(from: &input))
    }

    private static func checklist(from input: inout CompactReader) throws -> [String] {
        let count = try input.count()
        var items: [String] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try input.string()) }
        return items
    }
}

/// A vocabulary value in the snapshot is its place among its kind's values: a byte, read without
/// a string. The lists are made once; the format's version changes with their order.
enum VocabularyPlaces {
    static let grades = Array(Grade.allCases)
    static let levels = Array(OpinionLevel.allCases)
    static let channels = Array(Channel.allCases)
}
