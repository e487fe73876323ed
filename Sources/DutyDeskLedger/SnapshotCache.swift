import DutyDeskCore
import Foundation

/// A ledger file's snapshot (`SnapshotFile`) used as a cache: a session starts from it and replays
/// only the lines after it, and it is written again once a session had to replay many.
///
/// Only for a ledger file: a database's desk always replays its stream (its snapshot would have
/// to be kept per desk in the database; that is left for when it is needed).
public struct SnapshotCache: Sendable {
    public let path: String
    /// A session that replayed at least this many lines (past the snapshot, or in all) writes a new one.
    public let refreshAfter: Int

    public init(ledgerPath: String, refreshAfter: Int = 1000) {
        path = SnapshotFile.path(forLedger: ledgerPath)
        self.refreshAfter = refreshAfter
    }

    /// What opening found: the session, why the snapshot was not used (nil when it was, or there
    /// was none), and how many lines were replayed beyond it.
    public struct Opening {
        public let session: DeskSession
        public let refusal: SnapshotFile.Refusal?
        public let replayed: Int
        /// The seq the snapshot vouched for, 0 without one: the lines a background check still has to read.
        public let startedAt: Int
    }

    /// Opens a session on `ledger` (not yet read) from the snapshot when the ledger still holds the
    /// line it marks; otherwise from the first line. Errors reading the ledger itself are thrown.
    public func open(_ ledger: LedgerFile, operatorName: String) throws -> Opening {
        var start = DeskState()
        var refusal: SnapshotFile.Refusal?
        do {
            let opened = try SnapshotFile.read(path)
            let mark = opened.mark
            opened.replay = { [reader = ledger.reader] in Self.replay(reader, upTo: mark) }
            let state: DeskState
            do {
                state = try DeskSnapshot.decode(opened.main, records: opened) { runs, rebuild in
                    DispatchQueue.concurrentPerform(iterations: runs, execute: rebuild)
                }
                opened.releaseMain()
            } catch {
                throw SnapshotFile.Refusal.corrupt("\(error)")
            }
            guard let identity = state.identity, state.eventCount == mark.seq, state.lastSeq == mark.seq else {
                throw SnapshotFile.Refusal.corrupt("the state does not end at its mark")
            }
            try ledger.resume(at: mark, identity: identity)
            start = state
        } catch let refused as SnapshotFile.Refusal {
            refusal = refused == .missing ? nil : refused
        }
        let startedAt = start.eventCount
        let session = try DeskSession(store: ledger, operatorName: operatorName, startingFrom: consume start)
        return Opening(session: session, refusal: refusal, replayed: session.state.eventCount - startedAt,
                       startedAt: startedAt)
    }

    /// The desk of the ledger's first `mark.seq` lines, read again from the file; nil unless the
    /// file still holds them, ending in the marked line.
    private static func replay(_ reader: () throws -> LedgerFile, upTo mark: LedgerMark) -> DeskState? {
        guard let ledger = try? reader() else { return nil }
        var state = DeskState()
        do {
            try ledger.readNew { event in if event.seq <= mark.seq { state.apply(event) } }
        } catch {
            return nil
        }
        guard state.eventCount == mark.seq, (try? ledger.lineHash(seq: mark.seq)) == mark.hash else { return nil }
        return state
    }

    /// Writes the session's desk as the snapshot, if the ledger read sound up to the state's last
    /// event. A folder that cannot be written keeps no snapshot; that only costs time.
    public func save(_ session: DeskSession, of ledger: LedgerFile) { try? write(session, of: ledger) }

    /// `save` for a caller that reports failure: throws when the file cannot be written (a ledger
    /// that did not read sound is still left without one, silently: the caller checks that first).
    public func write(_ session: DeskSession, of ledger: LedgerFile) throws {
        guard ledger.condition == .sound, let mark = ledger.mark, mark.seq == session.state.eventCount else { return }
        try SnapshotFile.write(DeskSnapshot.encode(session.state), mark: mark, to: path)
    }
}
