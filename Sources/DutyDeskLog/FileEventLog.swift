import DutyDeskCore
import Foundation
import Glibc

/// The ledger as one append-only JSON Lines file.
///
/// Writers hold an exclusive `flock` from reading the tail, through the write, to
/// `fdatasync`; readers take a shared lock while they read, so they never mistake a write
/// in progress for a torn line. Each append returns only once its bytes are on disk.
///
/// Recovery is never silent: a torn tail is kept beside the log (`<log>.torn-<time>`) and
/// its removal is itself recorded as an event; damage before the tail stops writing for good.
public final class FileEventLog: EventStore {
    public enum Access: Sendable { case readOnly, readWrite }

    public let path: String
    public let access: Access
    public private(set) var condition: LogCondition = .sound
    private let file: POSIXFile
    private var scanner = LogScanner()
    /// Written by this store when it created the ledger, and not yet handed to a reader.
    private var undelivered: [Event] = []
    private let now: () -> Date
    private let timeZone: TimeZone
    /// Bytes read per system call while catching up; a replay of a large ledger streams through it.
    private let chunkSize = 8 << 20

    public var eventCount: Int { scanner.lineCount }
    public var headHash: String { scanner.headHash }

    /// Opens (for `.readWrite`, creating it if needed, mode 0640) the ledger at `path`.
    /// A new ledger starts with a `log.created` event naming `deskID` and a random log id.
    public init(path: String, access: Access, deskID: String, recorder: String,
                now: @escaping () -> Date, timeZone: TimeZone) throws {
        self.path = path
        self.access = access
        self.now = now
        self.timeZone = timeZone
        switch access {
        case .readOnly:
            do {
                file = try POSIXFile.open(path, flags: O_RDONLY)
            } catch LogError.system(_, _, ENOENT) {
                throw LogError.notFound(path: path)
            }
        case .readWrite:
            file = try POSIXFile.open(path, flags: O_RDWR | O_CREAT, mode: 0o640)
            do {
                try createIfEmpty(deskID: deskID, recorder: recorder)
            } catch {
                file.close()
                throw error
            }
        }
    }

    deinit { file.close() }

    public func readNew(_ each: (Event) -> Void) throws {
        try file.lock(exclusive: false)
        defer { file.unlock() }
        undelivered.forEach(each)
        undelivered.removeAll()
        try catchUp(each)
    }

    /// The chain's head after the first `count` events: the anchor of a review of the past (`--as-of`).
    /// Reads the verified prefix again, so it costs a pass over the file; reviews are rare.
    public func headHash(afterEvents count: Int) throws -> String {
        guard count > 0 else { return LineFraming.genesisHash }
        try file.lock(exclusive: false)
        defer { file.unlock() }
        let bytes = try file.read(at: 0, count: scanner.validLength)
        return bytes.withUnsafeBytes { buffer in
            var start = 0, line = 1
            while let newline = LogScanner.nextNewline(in: buffer, from: start) {
                if line == count {
                    return LineFraming.storedHash(UnsafeRawBufferPointer(rebasing: buffer[start..<newline]))?.text ?? headHash
                }
                start = newline + 1
                line += 1
            }
            return headHash
        }
    }

    public func append(by recorder: String, _ build: ([Event]) throws -> [EventDraft]) throws -> [Event] {
        guard access == .readWrite else { throw LogError.readOnly(path: path) }
        try file.lock(exclusive: true)
        defer { file.unlock() }
        var seen = undelivered
        undelivered.removeAll()
        try catchUp { seen.append($0) }
        if case .damaged(let fault) = condition { throw LogError.damaged(fault) }
        var drafts = try build(seen)
        guard !drafts.isEmpty else { return [] }
        if case .tornTail(let fault, let length) = condition {
            drafts.insert(EventDraft(caseID: nil, body: .logRepaired(try setAsideTornTail(fault, length: length))), at: 0)
        }
        return try write(drafts, by: recorder)
    }

    private func createIfEmpty(deskID: String, recorder: String) throws {
        try file.lock(exclusive: true)
        defer { file.unlock() }
        guard try file.size() == 0 else { return }
        let identity = LogIdentity(logID: UUID().uuidString, deskID: deskID, createdAt: now())
        undelivered += try write([EventDraft(caseID: nil, body: .logCreated(identity))], by: recorder)
        try POSIXFile.syncDirectory(of: path)
    }

    /// Frames the drafts after the current head, writes them in one go and syncs.
    /// The written bytes go back through the scanner, so what we return is what a reader will see.
    private func write(_ drafts: [EventDraft], by recorder: String) throws -> [Event] {
        let recordedAt = now()
        let offset = utcOffset(at: recordedAt)
        var bytes: [UInt8] = []
        var previous = scanner.headHash
        for (index, draft) in drafts.enumerated() {
            let event = Event(seq: scanner.nextSeq + index, id: UUID().uuidString, recordedAt: recordedAt,
                              recordedBy: recorder, caseID: draft.caseID, body: draft.body)
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
        precondition(outcome.fault == nil && outcome.consumed == bytes.count, "the ledger rejected its own line")
        condition = .sound
        return written
    }

    /// Reads everything past the valid prefix, verifying as it goes, and judges what it finds.
    private func catchUp(_ deliver: (Event) -> Void) throws {
        if case .damaged = condition { return }
        let size = try file.size()
        guard size >= scanner.validLength else {
            condition = .damaged(LineFault(line: scanner.lineCount, offset: size, reason: .malformed("file shrank")))
            return
        }
        var pending: [UInt8] = []
        var position = scanner.validLength
        while position < size {
            let chunk = try file.read(at: position, count: min(chunkSize, size - position))
            if chunk.isEmpty { break }
            position += chunk.count
            pending += chunk
            let outcome = pending.withUnsafeBytes { scanner.scan($0, deliver: deliver) }
            if let fault = outcome.fault {
                condition = try judge(fault, fileSize: size)
                return
            }
            pending.removeFirst(outcome.consumed)
        }
        if pending.isEmpty {
            condition = .sound
        } else {
            let fault = LineFault(line: scanner.lineCount + 1, offset: scanner.validLength, reason: .incomplete)
            condition = .tornTail(fault, length: size - scanner.validLength)
        }
    }

    /// A fault is a torn tail only if it could come from an interrupted write and no line
    /// after it verifies; anything else means the ledger was altered (or is not a ledger).
    private func judge(_ fault: LineFault, fileSize: Int) throws -> LogCondition {
        guard fault.reason.couldBeTornWrite else { return .damaged(fault) }
        let rest = try file.read(at: fault.offset, count: fileSize - fault.offset)
        // A first line that does not even start like a ledger is some other file: never cut it.
        if fault.line == 1 && !LineFraming.couldBeginLedger(rest) {
            return .damaged(LineFault(line: 1, offset: 0, reason: .notALedger))
        }
        let laterLineVerifies = rest.withUnsafeBytes { buffer in
            guard var start = LogScanner.nextNewline(in: buffer, from: 0).map({ $0 + 1 }) else { return false }
            while let end = LogScanner.nextNewline(in: buffer, from: start) {
                if LineFraming.hashMatches(UnsafeRawBufferPointer(rebasing: buffer[start..<end])) { return true }
                start = end + 1
            }
            return false
        }
        return laterLineVerifies ? .damaged(fault) : .tornTail(fault, length: fileSize - fault.offset)
    }

    /// Keeps the torn bytes beside the log (synced) before cutting them off.
    private func setAsideTornTail(_ fault: LineFault, length: Int) throws -> TornTailRepair {
        let torn = try file.read(at: fault.offset, count: length)
        let utc = CivilTime(now(), utcOffset: 0)
        let stamp = String(format: "%04d%02d%02dT%02d%02d%02dZ", utc.year, utc.month, utc.day,
                           utc.hour, utc.minute, utc.second)
        var savedPath = "\(path).torn-\(stamp)"
        var attempt = 1
        var saved: POSIXFile
        while true {
            do {
                saved = try POSIXFile.open(savedPath, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o640)
                break
            } catch LogError.system(_, _, EEXIST) {
                attempt += 1
                savedPath = "\(path).torn-\(stamp)-\(attempt)"
            }
        }
        defer { saved.close() }
        try saved.write(torn, at: 0)
        try saved.syncAll()
        try POSIXFile.syncDirectory(of: savedPath)
        try file.truncate(to: fault.offset)
        try file.syncData()
        let digest = torn.withUnsafeBytes { Hex.sha256($0) }
        return TornTailRepair(offset: fault.offset, length: length, sha256: digest,
                              savedAs: (savedPath as NSString).lastPathComponent)
    }

    private func utcOffset(at date: Date) -> Int { timeZone.secondsFromGMT(for: date) }
}
