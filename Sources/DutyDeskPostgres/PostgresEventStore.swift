import DutyDeskCore
import DutyDeskLedger
import Foundation
import NIOCore
import PostgresNIO

/// One desk's ledger as a stream of rows in PostgreSQL, holding the same framed lines a ledger
/// file holds: an export is byte-identical to the file, and `LedgerScanner` checks both alike.
///
/// An append is one READ COMMITTED transaction: lock the desk's `desk_head` row (`FOR UPDATE`,
/// the desk's write lock, like an expected version), read the events others appended after this
/// store's position, let the caller decide, insert the new lines, move the head, `pg_notify`.
/// Each line carries its event id, so when the connection is lost around COMMIT the store asks
/// whether that id is in; if it is, the append happened once and is not repeated.
public final class PostgresEventStore: EventStore {
    public enum Access: Sendable { case readOnly, readWrite }

    public let address: PostgresStoreAddress
    public let access: Access
    public private(set) var condition: StoreCondition = .sound
    public var patience: LockPatience {
        didSet { link.lockTimeoutMilliseconds = Int(patience.timeout * 1000) }
    }
    public var eventCount: Int { scanner.lineCount }
    public var headHash: String { scanner.headHash }
    public private(set) var ledgerID: String?

    private let link: PostgresLink
    private var scanner = LedgerScanner()
    /// Read or written while the stream was started, and not yet handed to a reader.
    private var undelivered: [Event] = []
    private let now: () -> Date
    private let timeZone: TimeZone
    /// Rows fetched per query while catching up, so a long stream never sits in memory at once.
    private let batch = 5000
    /// Where this machine remembers how far it has seen each desk's stream, as for a file: rows
    /// deleted or rewritten behind the triggers' back (a superuser) disagree with it; nil keeps none.
    private let anchors: AnchorBook?
    private var anchorChecked = false
    private var anchor: SeenLedger?

    /// Opens the desk's stream; `.readWrite` starts it (head row and `log.created`) if the desk has none.
    public init(address: PostgresStoreAddress, access: Access, operatorName: String, now: @escaping () -> Date,
                timeZone: TimeZone, patience: LockPatience = .standard, anchors: AnchorBook? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.address = address
        self.anchors = anchors
        self.access = access
        self.now = now
        self.timeZone = timeZone
        self.patience = patience
        link = PostgresLink(address, environment: environment)
        link.lockTimeoutMilliseconds = Int(patience.timeout * 1000)
        try guarded {
            guard try StoreSchema.version(link) == StoreSchema.migrations.count else {
                throw StoreError.unavailable(store: address.description, why: .schemaBehind(expected: StoreSchema.migrations.count))
            }
            if access == .readWrite { try startStream(operatorName: operatorName) }
        }
    }

    public func readNew(_ each: (Event) -> Void) throws {
        undelivered.forEach(each)
        undelivered.removeAll()
        try guarded { try catchUp(each) }
        holdToAnchor()
    }

    public func append(by operatorName: String, _ build: ([Event]) throws -> [EventDraft]) throws -> [Event] {
        guard access == .readWrite else { throw StoreError.readOnly }
        // A lost connection is opened again and the append asked about by its first event id;
        // if it is not there, the append is decided again against the stream as it now stands.
        for attempt in 0..<3 {
            var pending: [Event] = []
            // The position after the events others appended, which the caller has taken in by then.
            var decided = scanner
            do {
                let written: [Event] = try link.transaction {
                    let head = try lockHead()
                    var seen = undelivered
                    // The head under its lock says whether another writer appended since this
                    // process last read; when none did there is nothing to read (one round trip fewer).
                    if head != scanner.lineCount { try catchUp { seen.append($0) } }
                    if case .damaged(let fault) = condition { throw StoreError.damaged(fault) }
                    holdToAnchor()
                    if case .contradicted(let conflict) = condition { throw StoreError.contradicted(conflict) }
                    decided = scanner
                    undelivered.removeAll()
                    let drafts = try build(seen)
                    guard !drafts.isEmpty else { return [] }
                    pending = try insert(drafts, by: operatorName)
                    return pending
                }
                // The anchor moves only after COMMIT: a head never committed must not be remembered.
                rememberHead()
                return written
            } catch where attempt < 2 && PostgresLink.lostConnection(error) {
                link.reset()
                let happened: Bool
                do {
                    happened = pending.isEmpty ? false : try committed(pending)
                } catch {
                    scanner = decided
                    throw translate(error)
                }
                if happened {
                    rememberHead()
                    return pending
                }
                scanner = decided
            } catch {
                scanner = decided
                throw translate(error)
            }
        }
        throw StoreError.unavailable(store: address.description, why: .lostDuringAppend(times: 3))
    }

    public func headHash(afterEvents count: Int) throws -> String {
        guard count > 0 else { return LineFraming.genesisHash }
        return try lineHash(seq: count) ?? headHash
    }

    public func lineHash(seq: Int) throws -> String? {
        guard seq > 0, seq <= scanner.lineCount else { return nil }
        let rows = try guarded { try link.query("SELECT line FROM event WHERE desk_id = \(address.desk) AND seq = \(seq)") }
        guard var line = try rows.first?.decode(ByteBuffer.self) else { return nil }
        return Self.storedHash(line.readBytes(length: line.readableBytes) ?? [])
    }

    public func changes() -> (any StoreChanges)? { try? PostgresChanges(address: address) }

    /// Every line of the desk's stream, in order, exactly as stored: what `store export` writes.
    public func lines(_ each: ([UInt8]) throws -> Void) throws {
        var after = 0
        while true {
            let rows = try guarded {
                try link.query("""
                    SELECT seq, line FROM event WHERE desk_id = \(address.desk) AND seq > \(after)
                    ORDER BY seq LIMIT \(batch)
                    """)
            }
            for row in rows {
                let (seq, stored) = try row.decode((Int, ByteBuffer).self)
                var line = stored
                try each(line.readBytes(length: line.readableBytes) ?? [])
                after = seq
            }
            if rows.count < batch { return }
        }
    }

    /// The head row exists for every desk with events; a new desk gets one, then its first line.
    private func startStream(operatorName: String) throws {
        let exists = try link.query("SELECT 1 FROM desk_head WHERE desk_id = \(address.desk)")
        if exists.isEmpty {
            do {
                _ = try link.transaction {
                    try link.query("INSERT INTO desk_head (desk_id, head_seq, head_hash) VALUES (\(address.desk), 0, \(LineFraming.genesisHash))")
                }
            } catch where PostgresLink.sqlState(error) == "23505" {
                // Another process started this desk at the same moment: its row serves.
            }
        }
        let head = try link.query("SELECT head_seq FROM desk_head WHERE desk_id = \(address.desk)")
        guard try head.first?.decode(Int.self) == 0 else { return }
        // Whatever is read here (another process may have started the desk first) waits for the first `readNew`.
        var seenFirst: [Event] = []
        let created = try append(by: operatorName) { [self] seen in
            seenFirst = seen
            guard eventCount == 0, seen.isEmpty else { return [] }
            return [EventDraft(caseID: nil, body: .ledgerCreated(LedgerIdentity(ledgerID: UUID().uuidString, deskID: address.desk,
                                                                          createdAt: now())))]
        }
        undelivered = seenFirst + created
    }

    /// The desk's write lock, held until the transaction ends; answers the head's seq.
    private func lockHead() throws -> Int {
        let rows = try link.query("SELECT head_seq FROM desk_head WHERE desk_id = \(address.desk) FOR UPDATE")
        guard let head = try rows.first?.decode(Int.self) else {
            throw StoreError.unavailable(store: address.description, why: .noStream(desk: address.desk))
        }
        return head
    }

    /// Checks the stream read so far against this machine's anchor once, then moves the anchor on.
    /// The hash at the anchored seq is one row read again.
    private func holdToAnchor() {
        guard let anchors, let ledgerID, !anchorChecked else { return rememberHead() }
        guard case .sound = condition else { return }
        anchorChecked = true
        let verdict = anchors.check(ledgerID: ledgerID, place: address.description, count: scanner.lineCount,
                                    headHash: scanner.headHash) { seq in (try? lineHash(seq: seq)) ?? "" }
        if let conflict = verdict.conflict {
            condition = .contradicted(conflict)
            return
        }
        anchor = verdict.agreed
        rememberHead()
    }

    /// Moves this machine's anchor to the head read or written; a folder that cannot be written keeps none.
    private func rememberHead() {
        guard let anchors, let ledgerID, anchorChecked, case .sound = condition,
              scanner.lineCount > (anchor?.seq ?? 0) else { return }
        let head = SeenLedger(ledgerID: ledgerID, path: address.description, seq: scanner.lineCount, hash: scanner.headHash)
        try? anchors.remember(head)
        anchor = head
    }

    /// Reads the rows after the verified prefix through the scanner, in batches.
    private func catchUp(_ deliver: (Event) -> Void) throws {
        if case .damaged = condition { return }
        while true {
            let rows = try link.query("""
                SELECT seq, line FROM event WHERE desk_id = \(address.desk) AND seq > \(scanner.lineCount)
                ORDER BY seq LIMIT \(batch)
                """)
            var bytes: [UInt8] = []
            for (index, row) in rows.enumerated() {
                let (seq, stored) = try row.decode((Int, ByteBuffer).self)
                var line = stored
                // A row whose key disagrees with its place is a gap in the stream, whatever its line says.
                guard seq == scanner.nextSeq + index else {
                    scan(bytes, deliver)
                    if case .damaged = condition { return }
                    condition = .damaged(StoreFault(event: scanner.nextSeq, location: .stream(desk: address.desk),
                                                    reason: .sequenceGap(expected: scanner.nextSeq, found: seq)))
                    return
                }
                bytes += line.readBytes(length: line.readableBytes) ?? []
            }
            scan(bytes, deliver)
            if case .damaged = condition { return }
            if rows.count < batch { return }
        }
    }

    private func scan(_ bytes: [UInt8], _ deliver: (Event) -> Void) {
        let outcome = bytes.withUnsafeBytes { buffer in
            scanner.scan(buffer) { event in
                if event.seq == 1, case .ledgerCreated(let created) = event.body { ledgerID = created.ledgerID }
                deliver(event)
            }
        }
        if let fault = outcome.fault {
            condition = .damaged(StoreFault(event: fault.line, location: .stream(desk: address.desk), reason: fault.reason))
        } else if outcome.consumed < bytes.count {
            // Every row is one whole line; one without its newline was not written by an append.
            condition = .damaged(StoreFault(event: scanner.nextSeq, location: .stream(desk: address.desk), reason: .incomplete))
        }
    }

    /// Frames the drafts after the head, inserts them, moves the head and wakes followers.
    /// The lines go back through the scanner, so what is returned is what a reader will see.
    private func insert(_ drafts: [EventDraft], by operatorName: String) throws -> [Event] {
        let recordedAt = now()
        let offset = timeZone.secondsFromGMT(for: recordedAt)
        var previous = scanner.headHash
        var framed: [(event: Event, bytes: [UInt8])] = []
        for (index, draft) in drafts.enumerated() {
            let event = Event(seq: scanner.nextSeq + index, id: UUID().uuidString, recordedAt: recordedAt,
                              operatorName: operatorName, caseID: draft.caseID, body: draft.body)
            let line = LineFraming.encode(event, previousHash: previous, utcOffset: offset)
            framed.append((event, line.bytes))
            previous = line.hash
        }
        var written: [Event] = []
        scan(framed.flatMap(\.bytes)) { written.append($0) }
        guard written.count == framed.count else {
            throw StoreError.damaged(StoreFault(event: scanner.nextSeq, location: .stream(desk: address.desk),
                                                reason: .malformed("a line framed here did not read back")))
        }
        for (event, bytes) in framed {
            try link.query("""
                INSERT INTO event (desk_id, seq, event_id, recorded_at, op, type, case_code, line)
                VALUES (\(address.desk), \(event.seq), \(event.id), \(event.recordedAt), \(event.operatorName),
                        \(event.body.typeName), \(event.caseID?.rawValue), \(ByteBuffer(bytes: bytes)))
                """)
        }
        // Moving the head wakes the followers in the same statement: one round trip, not two.
        try link.query("""
            UPDATE desk_head SET head_seq = \(scanner.lineCount), head_hash = \(scanner.headHash)
            WHERE desk_id = \(address.desk) RETURNING pg_notify('dutydesk', \(address.desk))
            """)
        return written
    }

    /// Whether an append whose COMMIT went unanswered took effect: its first event id is there.
    private func committed(_ events: [Event]) throws -> Bool {
        let rows = try link.query("SELECT seq FROM event WHERE event_id = \(events[0].id)")
        return try rows.first?.decode(Int.self) == events[0].seq
    }

    /// Runs `body`, turning what the server or the connection said into the store's words.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw translate(error)
        }
    }

    /// What the server or the connection said becomes the store's words; what the caller's
    /// closure threw (a refusal by the drafter) passes through as it was.
    private func translate(_ error: any Error) -> any Error {
        if let error = error as? PSQLError, error.code == .server { return serverError(error) }
        if PostgresLink.lostConnection(error) || error is PSQLError {
            return StoreError.unavailable(store: address.description, why: PostgresLink.unavailable(error))
        }
        return error
    }

    /// The desk's head row held by another writer past `lock_timeout` is the lock wait of a file.
    private func serverError(_ error: PSQLError) -> any Error {
        if PostgresLink.sqlState(error) == "55P03" { return LedgerError.busy(holder: nil, waited: patience.timeout) }
        return StoreError.unavailable(store: address.description, why: PostgresLink.unavailable(error))
    }

    /// The hash at the end of a stored line: the 64 hex digits before `"}` and the newline.
    static func storedHash(_ line: [UInt8]) -> String? {
        guard line.count > 67 else { return nil }
        return String(decoding: line[(line.count - 67)..<(line.count - 3)], as: UTF8.self)
    }
}
