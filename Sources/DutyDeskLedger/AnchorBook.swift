import DutyDeskCore
import DutyDeskJSON
import Foundation
import Glibc

/// The furthest point of one ledger that this machine has seen: its id, where it was, its last
/// line's seq and hash.
public struct SeenLedger: Sendable, Equatable {
    public let ledgerID: String
    public let path: String
    public let seq: Int
    public let hash: String

    public init(ledgerID: String, path: String, seq: Int, hash: String) {
        self.ledgerID = ledgerID
        self.path = path
        self.seq = seq
        self.hash = hash
    }
}

/// Anchors outside the ledger: the file can be cut short, emptied or rewritten with a fresh chain
/// and still verify, but not without disagreeing with what every process on this machine saw.
///
/// One small JSON file per ledger in the book's folder (`$XDG_STATE_HOME/dutydesk/`), named by a
/// digest of the ledger's id, mode 0600, replaced atomically. Processes racing to move an anchor
/// forward may leave the lower of two seqs they saw; what is kept was always truly seen, so the
/// book never raises a false alarm.
public struct AnchorBook: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// Every ledger remembered; an unreadable anchor file is no anchor.
    public func all() -> [SeenLedger] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix("ledger-") && $0.hasSuffix(".json") }.compactMap { read(folder + "/" + $0) }
    }

    public func remembered(ledgerID: String) -> SeenLedger? { read(file(for: ledgerID)) }

    /// Moves the ledger's anchor forward to `seen`, never back.
    public func remember(_ seen: SeenLedger) throws {
        if let known = remembered(ledgerID: seen.ledgerID), known.seq >= seen.seq, known.path == seen.path { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let object = JSONObject([("ledger", .string(seen.ledgerID)), ("path", .string(seen.path)),
                                 ("seq", .int(seen.seq)), ("hash", .string(seen.hash))])
        try SideFile.replace(file(for: seen.ledgerID), with: Array((JSONWriter.compact(.object(object)) + "\n").utf8),
                             mode: 0o600)
    }

    /// What this machine has seen says of a ledger read to `count` lines (its last `headHash`) at
    /// `place` (a file's canonical path, a store's address): the conflict, or the anchor it agrees
    /// with (nil when none is kept). `hashAt` answers the stored hash of a line already read.
    /// Every store asks the same questions in the same order.
    public func check(ledgerID: String, place: String, count: Int, headHash: String,
                      hashAt: (Int) -> String) -> (conflict: AnchorConflict?, agreed: SeenLedger?) {
        let book = all()
        if let other = book.first(where: { $0.path == place && $0.ledgerID != ledgerID }) {
            return (.replaced(seen: other, foundLedgerID: ledgerID), nil)
        }
        guard let seen = book.first(where: { $0.ledgerID == ledgerID }) else { return (nil, nil) }
        if count < seen.seq { return (.shorter(seen: seen, foundSeq: count, foundHash: headHash), nil) }
        let found = hashAt(seen.seq)
        return found == seen.hash ? (nil, seen) : (.rewritten(seen: seen, foundHash: found), nil)
    }

    /// The ledger file's name, absolute and with its folder's links resolved, so the same file is
    /// recognised however it was named on the command line.
    public static func canonicalPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let folder = (absolute as NSString).deletingLastPathComponent
        guard let resolved = realpath(folder, nil) else { return (absolute as NSString).standardizingPath }
        defer { free(resolved) }
        return (String(cString: resolved) as NSString).appendingPathComponent((absolute as NSString).lastPathComponent)
    }

    /// The id comes from the ledger's own first line: a digest keeps it from naming any other file.
    private func file(for ledgerID: String) -> String {
        let digest = Array(ledgerID.utf8).withUnsafeBytes { Hex.sha256($0) }
        return folder + "/ledger-" + digest.prefix(32) + ".json"
    }

    private func read(_ file: String) -> SeenLedger? {
        guard let data = FileManager.default.contents(atPath: file),
              let object = try? JSONParser.parse(data).objectValue,
              let ledgerID = object["ledger"]?.stringValue, let path = object["path"]?.stringValue,
              let seq = object["seq"]?.intValue, let hash = object["hash"]?.stringValue else { return nil }
        return SeenLedger(ledgerID: ledgerID, path: path, seq: seq, hash: hash)
    }
}

/// How a ledger disagrees with what this machine has seen of it.
public enum AnchorConflict: Sendable, Equatable {
    /// Fewer lines than were seen (cut short, or cut in the middle of a line that was whole).
    case shorter(seen: SeenLedger, foundSeq: Int, foundHash: String)
    /// The line at the remembered seq has another hash: the ledger was rewritten from there back.
    case rewritten(seen: SeenLedger, foundHash: String)
    /// Another ledger stands where the remembered one was.
    case replaced(seen: SeenLedger, foundLedgerID: String)
}
