import DutyDeskCore
import Foundation
import Glibc

/// The ledger as one append-only JSON Lines file.
///
/// Writers hold an exclusive `flock` from reading the tail, through the write, to
/// `fdatasync`; readers take a shared lock while they read, so they never mistake a write
/// in progress for a torn line. Each append returns only once its bytes are on disk.
///
/// Recovery is never silent: a torn tail is kept beside the ledger (`<ledger>.torn-<time>`) and
/// its removal is itself recorded as an event; damage before the tail stops writing for good.
public final class LedgerFile: EventStore {
    public enum Access: Sendable { case readOnly, readWrite }

    public let path: String
    public let access: Access
    /// The file's own view of its health, with line and byte geometry; `condition` is the same in every store's words.
    public private(set) var fileCondition: LedgerCondition = .sound
    public var condition: StoreCondition { fileCondition.storeCondition }
    /// How long reading and writing wait for another process's lock before giving up.
    public var patience: LockPatience
    private let file: POSIXFile
    private var scanner = LedgerScanner()
    /// Whether a large read checks its lines on every core (`LedgerScanner.checksOnEveryCore`).
    public var checksOnEveryCore: Bool {
        get { scanner.checksOnEveryCore }
        set { scanner.checksOnEveryCore = newValue }
    }
    /// Written by this store when it created the ledger, and not yet handed to a reader.
    private var undelivered: [Event] = []
    private let now: () -> Date
    private let timeZone: TimeZone
    private let deskID: String
    /// Where this machine remembers how far it has seen each ledger; nil keeps no anchors.
    private let anchors: AnchorBook?
    private let canonicalPath: String
    /// The ledger this machine has seen at this path, if any.
    private let seenHere: SeenLedger?
    /// The ledger's first line, once read.
    private var identity: LedgerIdentity?
    /// This ledger's anchor as last remembered; nil until its first line is read.
    private var anchor: SeenLedger?
    private var anchorChecked = false
    /// How far behind the head the anchor may be left between appends: zero moves it on after
    /// every read and append. A batch that appends case after case (`import`) sets a second:
    /// moving an anchor is a rename and two syncs, two-thirds of what an append cost. What is left
    /// behind is remembered when the ledger is let go; an anchor behind the ledger is still true
    /// (it never raises a false alarm), it only catches less until the next reader moves it on.
    public var anchorPace: Duration = .zero
    private var anchorMovedAt: ContinuousClock.Instant?
    private var anchorBehind = false
    /// The snapshot mark reading resumed at, whose hash stands for the line's when an anchor names it.
    private var resumedAt: LedgerMark?
    /// Bytes read per system call while catching up; a replay of a large ledger streams through it.
    /// Up to three are in memory at once (the one read ahead, the one checked, the lines carried
    /// over), so a reader that runs beside a full desk (the console's `ChainCheck`) takes smaller ones.
    public var chunkSize = 8 << 20

    public var eventCount: Int { scanner.lineCount }
    public var headHash: String { scanner.headHash }
    public var ledgerID: String? { identity?.ledgerID }

    /// Opens (for `.readWrite`, creating it if needed, mode 0640) the ledger at `path`, which must
    /// be a regular file. A new ledger starts with a `log.created` event naming `deskID` and a
    /// random ledger id. With `anchors`, a ledger this machine has seen may not be missing, empty,
    /// shorter or rewritten.
    public init(path: String, access: Access, deskID: String, operatorName: String,
                now: @escaping () -> Date, timeZone: TimeZone, anchors: AnchorBook? = nil,
                patience: LockPatience = .standard) throws {
        self.path = path
        self.access = access
        self.now = now
        self.timeZone = timeZone
        self.deskID = deskID
        self.anchors = anchors
        self.patience = patience
        canonicalPath = AnchorBook.canonicalPath(path)
        let seenHere = anchors?.all().first { $0.path == AnchorBook.canonicalPath(path) }
        self.seenHere = seenHere
        scanner.watch(anchors?.all().map(\.seq) ?? [])
        switch access {
        case .readOnly:
            do {
                file = try POSIXFile.openRegular(path, flags: O_RDONLY)
            } catch LedgerError.system(_, _, ENOENT) {
                if let seenHere { throw LedgerError.vanished(seenHere) }
                throw LedgerError.notFound(path: path)
            }
            if let seenHere, (try? file.size()) == 0 {
                file.close()
                throw LedgerError.vanished(seenHere)
            }
        case .readWrite:
            file = try POSIXFile.openRegular(path, flags: O_RDWR | O_CREAT, mode: 0o640)
            do {
                try createIfEmpty(deskID: deskID, operatorName: operatorName, seenHere: seenHere)
            } catch {
                file.close()
                throw error
            }
        }
    }

    deinit {
        if anchorBehind {
            anchorPace = .zero
            rememberHead()
        }
        file.close()
    }

    public func readNew(_ each: (Event) -> Void) throws {
        let lock = try FileLock.take(file, exclusive: false, patience: patience)
        defer { lock.release() }
        undelivered.forEach(each)
        undelivered.removeAll()
        try catchUp(each)
    }

    /// The last line read, as a snapshot marks it; nil before the ledger's first line is read.
    public var mark: LedgerMark? {
        guard let identity, scanner.lineCount > 0 else { return nil }
        return LedgerMark(ledgerID: identity.ledgerID, seq: scanner.lineCount, hash: scanner.headHash,
                          offset: scanner.lastLineStart, length: scanner.validLength - scanner.lastLineStart)
    }

    /// Takes a snapshot's word for the first `mark.seq` lines once the file holds the marked line
    /// at its place, whole, with its hash (one read: each hash covers the line before); the next
    /// read goes on from there. Only before the first read. The whole chain is still checked by
    /// `verify` and by the console in the background.
    public func resume(at mark: LedgerMark, identity: LedgerIdentity) throws {
        guard scanner.lineCount == 0, undelivered.isEmpty, mark.seq > 0, mark.offset >= 0, mark.length > 1,
              identity.ledgerID == mark.ledgerID, mark.hash.utf8.count == 64 else { throw SnapshotFile.Refusal.mismatch }
        let lock = try FileLock.take(file, exclusive: false, patience: patience)
        defer { lock.release() }
        guard try file.size() >= mark.offset + mark.length else { throw SnapshotFile.Refusal.mismatch }
        let line = try file.read(at: mark.offset, count: mark.length)
        let prefix = Array(#"{"v":1,"seq":\#(mark.seq),"#.utf8)
        let before = mark.offset == 0 ? [UInt8(ascii: "\n")] : try file.read(at: mark.offset - 1, count: 1)
        let held = line.count == mark.length && line.last == UInt8(ascii: "\n") && line.starts(with: prefix)
            && before == [UInt8(ascii: "\n")]
        let hash: LineHash? = line.withUnsafeBytes { bytes in
            let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 1)])
            guard held, let stored = LineFraming.storedHash(body), stored.text == mark.hash,
                  LineFraming.hashMatches(body, stored: stored) else { return nil }
            return stored
        }
        guard let hash else { throw SnapshotFile.Refusal.mismatch }
        scanner.resume(lineCount: mark.seq, lastLineStart: mark.offset, validLength: mark.offset + mark.length, head: hash)
        self.identity = identity
        resumedAt = mark
    }

    /// Reads the verified prefix again, so it costs a pass over the file; reviews are rare.
    public func headHash(afterEvents count: Int) throws -> String {
        let lock = try FileLock.take(file, exclusive: false, patience: patience)
        defer { lock.release() }
        return try storedHash(afterEvents: count)
    }

    public func changes() -> (any StoreChanges)? { LedgerFollower(path: path) }

    /// Opens another reader of the same file, to read it again from its first line (no anchors).
    public var reader: () throws -> LedgerFile {
        { [path, deskID, now, timeZone, patience] in
            try LedgerFile(path: path, access: .readOnly, deskID: deskID, operatorName: "", now: now, timeZone: timeZone,
                           patience: patience)
        }
    }

    public func lineHash(seq: Int) throws -> String? {
        guard seq > 0, seq <= scanner.lineCount else { return nil }
        if let watched = scanner.watchedHashes[seq] { return watched }
        return try headHash(afterEvents: seq)
    }

    public func append(by operatorName: String, _ build: ([Event]) throws -> [EventDraft]) throws -> [Event] {
        guard access == .readWrite else { throw LedgerError.readOnly(path: path) }
        let lock = try FileLock.take(file, exclusive: true, patience: patience)
        defer { lock.release() }
        var seen = undelivered
        undelivered.removeAll()
        try catchUp { seen.append($0) }
        switch fileCondition {
        case .damaged(let fault): throw LedgerError.damaged(fault)
        case .contradicted(let conflict): throw LedgerError.contradicted(conflict)
        case .sound, .tornTail: break
        }
        var drafts = try build(seen)
        guard !drafts.isEmpty else { return [] }
        if case .tornTail(let fault, let length) = fileCondition {
            let repair = EventDraft(caseID: nil, body: .ledgerRepaired(try setAsideTornTail(fault, length: length)))
            // Torn while it was being created, the ledger holds nothing yet: it starts again with a first line.
            let created = EventDraft(caseID: nil, body: .ledgerCreated(LedgerIdentity(ledgerID: UUID().uuidString, deskID: deskID,
                                                                                 createdAt: now())))
            drafts.insert(contentsOf: fault.offset == 0 ? [created, repair] : [repair], at: 0)
        }
        let written = try write(drafts, by: operatorName)
        rememberHead()
        return written
    }

    /// Under the lock, so no other process can move the ledger on while it is checked.
    private func createIfEmpty(deskID: String, operatorName: String, seenHere: SeenLedger?) throws {
        let lock = try FileLock.take(file, exclusive: true, patience: patience)
        defer { lock.release() }
        guard try file.size() == 0 else { return }
        // An empty file where a ledger was seen is the alarm, not a fresh start.
        if let seenHere { throw LedgerError.vanished(seenHere) }
        let identity = LedgerIdentity(ledgerID: UUID().uuidString, deskID: deskID, createdAt: now())
        undelivered += try write([EventDraft(caseID: nil, body: .ledgerCreated(identity))], by: operatorName)
        try POSIXFile.syncDirectory(of: path)
        anchorChecked = true
        rememberHead()
    }

    /// Frames the drafts after the current head, writes them in one go and syncs.
    /// The written bytes go back through the scanner, so what we return is what a reader will see.
    private func write(_ drafts: [EventDraft], by operatorName: String) throws -> [Event] {
        let recordedAt = now()
        let offset = utcOffset(at: recordedAt)
        var bytes: [UInt8] = []
        var previous = scanner.headHash
        for (index, draft) in drafts.enumerated() {
            let event = Event(seq: scanner.nextSeq + index, id: UUID().uuidString, recordedAt: recordedAt,
                              operatorName: operatorName, caseID: draft.caseID, body: draft.body)
            let line = LineFraming.encode(event, previousHash: previous, utcOffset: offset)
            bytes += line.bytes
            previous = line.hash
        }
        let start = scanner.validLength
        do {
            try file.write(bytes, at: start)
            try file.syncData()
        } catch {
            try? file.truncate(to: start)
            throw error
        }
        var written: [Event] = []
        let outcome = bytes.withUnsafeBytes { scanner.scan($0) { written.append($0) } }
        if case .ledgerCreated(let created)? = written.first?.body, written.first?.seq == 1 { identity = created }
        guard outcome.fault == nil, outcome.consumed == bytes.count else {
            // Never expected; if it happens, the lines are taken back and the ledger refuses from now on.
            try? file.truncate(to: start)
            try? file.syncData()
            let fault = outcome.fault ?? LineFault(line: scanner.lineCount + 1, offset: scanner.validLength, reason: .incomplete)
            fileCondition = .damaged(fault)
            throw LedgerError.damaged(fault)
        }
        fileCondition = .sound
        return written
    }

    /// Reads everything past the valid prefix, verifying as it goes, judges what it finds and
    /// holds it against this machine's anchor.
    private func catchUp(_ deliver: (Event) -> Void) throws {
        try readOn { event in
            if event.seq == 1, case .ledgerCreated(let created) = event.body { identity = created }
            deliver(event)
        }
        holdToAnchor()
    }

    private func readOn(_ deliver: (Event) -> Void) throws {
        switch fileCondition {
        case .damaged, .contradicted: return
        case .sound, .tornTail: break
        }
        let size = try file.size()
        guard size >= scanner.validLength else {
            fileCondition = .damaged(LineFault(line: scanner.lineCount, offset: size, reason: .malformed("file shrank")))
            return
        }
        var pending: [UInt8] = []
        var position = scanner.validLength
        var ahead = position < size ? ReadAhead(file, at: position, count: min(chunkSize, size - position)) : nil
        // No read may still be under way on the descriptor once this returns (it closes with the ledger).
        defer { ahead?.wait() }
        while let reading = ahead {
            let chunk = try reading.bytes()
            if chunk.isEmpty { break }
            position += chunk.count
            // The next chunk comes from the file while this one is checked: copying it out of the page
            // cache was a sixth of `verify`, with the checking cores idle.
            ahead = position < size ? ReadAhead(file, at: position, count: min(chunkSize, size - position)) : nil
            pending += chunk
            let outcome = pending.withUnsafeBytes { scanner.scan($0, deliver: deliver) }
            if let fault = outcome.fault {
                fileCondition = try judge(fault, fileSize: size)
                return
            }
            pending.removeFirst(outcome.consumed)
        }
        if pending.isEmpty {
            fileCondition = .sound
        } else if scanner.lineCount == 0 && !LineFraming.couldBeginLedger(pending) {
            fileCondition = .damaged(LineFault(line: 1, offset: 0, reason: .notALedger))
        } else {
            let fault = LineFault(line: scanner.lineCount + 1, offset: scanner.validLength, reason: .incomplete)
            fileCondition = .tornTail(fault, length: size - scanner.validLength)
        }
    }

    /// Compares the ledger, once its first line is known, with how far this machine has seen it;
    /// then moves the anchor on to what was read.
    private func holdToAnchor() {
        // Cut back to part of its first line, a seen ledger would otherwise pass for one torn while created.
        if identity == nil, case .tornTail = fileCondition, let seenHere {
            fileCondition = .contradicted(.shorter(seen: seenHere, foundSeq: 0, foundHash: LineFraming.genesisHash))
            return
        }
        guard let anchors, let identity, !anchorChecked else { return rememberHead() }
        switch fileCondition {
        case .damaged, .contradicted: return
        case .sound, .tornTail: break
        }
        anchorChecked = true
        let verdict = anchors.check(ledgerID: identity.ledgerID, place: canonicalPath, count: scanner.lineCount,
                                    headHash: scanner.headHash) { seq in
            scanner.watchedHashes[seq] ?? (resumedAt?.seq == seq ? resumedAt?.hash : nil) ?? ((try? storedHash(afterEvents: seq)) ?? "")
        }
        if let conflict = verdict.conflict {
            fileCondition = .contradicted(conflict)
            return
        }
        anchor = verdict.agreed
        rememberHead()
    }

    /// Moves this machine's anchor to the head just read or written. A folder that cannot be
    /// written keeps no anchor; that must not stop the desk.
    private func rememberHead() {
        guard let anchors, let identity, anchorChecked else { return }
        switch fileCondition {
        case .damaged, .contradicted: return
        case .sound, .tornTail: break
        }
        guard scanner.lineCount > (anchor?.seq ?? 0) else { return }
        if anchorPace > .zero, let moved = anchorMovedAt, moved.duration(to: .now) < anchorPace {
            anchorBehind = true
            return
        }
        let head = SeenLedger(ledgerID: identity.ledgerID, path: canonicalPath, seq: scanner.lineCount, hash: scanner.headHash)
        try? anchors.remember(head)
        anchor = head
        anchorMovedAt = .now
        anchorBehind = false
    }

    /// The stored hash of line `count` of the verified prefix, read again from the file in chunks
    /// up to that line: an anchor behind a snapshot's mark costs reading that far, never holding
    /// the whole ledger in memory.
    private func storedHash(afterEvents count: Int) throws -> String {
        guard count > 0 else { return LineFraming.genesisHash }
        var offset = 0, line = 1, size = chunkSize
        while offset < scanner.validLength {
            let chunk = try file.read(at: offset, count: min(size, scanner.validLength - offset))
            var consumed = 0
            let found: String?? = chunk.withUnsafeBytes { buffer in
                var start = 0
                while let newline = LedgerScanner.nextNewline(in: buffer, from: start) {
                    if line == count { return .some(LineFraming.storedHash(UnsafeRawBufferPointer(rebasing: buffer[start..<newline]))?.text) }
                    start = newline + 1
                    line += 1
                }
                consumed = start
                return nil
            }
            if let found { return found ?? headHash }
            guard chunk.count == min(size, scanner.validLength - offset) else { break }
            if consumed == 0 {
                // A line longer than the chunk: read more at once (the prefix ends in a newline).
                guard chunk.count == size else { break }
                size *= 2
            }
            offset += consumed
        }
        return headHash
    }

    /// A fault is a torn tail only if one interrupted append could have left it: the last line of
    /// the file, failing its hash, with blocks that never reached the disk (the kernel shows those
    /// as zero bytes). A line that reads as a whole line but fails its hash was changed, and two or
    /// more bad lines, a broken chain, CRLF endings or a first line that is not `log.created` were
    /// never written by an append: that is damage, which is never cut.
    private func judge(_ fault: LineFault, fileSize: Int) throws -> LedgerCondition {
        guard fault.reason == .hashMismatch else { return .damaged(fault) }
        let line = try readLine(at: fault.offset, fileSize: fileSize)
        if line.last == UInt8(ascii: "\r") {
            return .damaged(LineFault(line: fault.line, offset: fault.offset, reason: .carriageReturn))
        }
        // Not a ledger at all, or a ledger whose only proof of what it is (line 1) is gone.
        if fault.line == 1 {
            return .damaged(LineFault(line: 1, offset: 0, reason: LineFraming.couldBeginLedger(line) ? .hashMismatch : .notALedger))
        }
        guard fault.offset + line.count + 1 == fileSize else { return .damaged(fault) }
        return line.contains(0) ? .tornTail(fault, length: fileSize - fault.offset) : .damaged(fault)
    }

    /// The line starting at `offset`, without its newline (the file must have one after it).
    private func readLine(at offset: Int, fileSize: Int) throws -> [UInt8] {
        var line: [UInt8] = []
        var position = offset
        while position < fileSize {
            let chunk = try file.read(at: position, count: min(1 << 16, fileSize - position))
            if chunk.isEmpty { break }
            if let newline = chunk.firstIndex(of: UInt8(ascii: "\n")) { return line + chunk[..<newline] }
            line += chunk
            position += chunk.count
        }
        return line
    }

    /// Keeps the torn bytes beside the ledger (synced) before cutting them off.
    private func setAsideTornTail(_ fault: LineFault, length: Int) throws -> TornTailRepair {
        let torn = try file.read(at: fault.offset, count: length)
        let utc = CivilTime(now(), utcOffset: 0)
        let stamp = String(format: "%04d%02d%02dT%02d%02d%02dZ", utc.year, utc.month, utc.day,
                           utc.hour, utc.minute, utc.second)
        var savedPath = "\(path).torn-\(stamp)"
        var attempt = 1
        while try !SideFile.create(savedPath, with: torn, mode: 0o640) {
            attempt += 1
            savedPath = "\(path).torn-\(stamp)-\(attempt)"
        }
        try file.truncate(to: fault.offset)
        try file.syncData()
        let digest = torn.withUnsafeBytes { Hex.sha256($0) }
        return TornTailRepair(offset: fault.offset, length: length, sha256: digest,
                              savedAs: (savedPath as NSString).lastPathComponent)
    }

    private func utcOffset(at date: Date) -> Int { timeZone.secondsFromGMT(for: date) }
}

/// One chunk of the ledger read on another thread while the one before it is checked.
private final class ReadAhead: @unchecked Sendable {
    // `result` is written once by the reading thread before `done` is signalled, and read only after
    // waiting on it.
    private var result: Result<[UInt8], Error> = .success([])
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    init(_ file: POSIXFile, at offset: Int, count: Int) {
        DispatchQueue.global().async {
            self.result = Result { try file.read(at: offset, count: count) }
            self.done.signal()
        }
    }

    /// Waits for the read, once.
    func wait() {
        guard !waited else { return }
        done.wait()
        waited = true
    }

    func bytes() throws -> [UInt8] {
        wait()
        return try result.get()
    }
}
