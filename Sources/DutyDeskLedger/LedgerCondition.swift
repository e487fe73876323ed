import DutyDeskCore
import Foundation

/// What is wrong with one line, and where it is.
public struct LineFault: Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Error, Sendable, Equatable, CustomStringConvertible {
        case incomplete
        case hashMismatch
        case brokenChain
        case sequenceGap(expected: Int, found: Int)
        case unsupportedVersion
        case notALedger
        case carriageReturn
        case malformed(String)

        public var description: String {
            switch self {
            case .incomplete: "incomplete line (no newline)"
            case .hashMismatch: "hash does not match the line"
            case .brokenChain: "prev does not match the previous line's hash"
            case .sequenceGap(let expected, let found): "seq \(found), expected \(expected)"
            case .unsupportedVersion: "unsupported format version"
            case .notALedger: "the first line is not a log.created event"
            case .carriageReturn: "the line ends in CR (CRLF line endings): the file was converted"
            case .malformed(let what): "malformed: \(what)"
            }
        }
    }

    /// 1-based line number.
    public let line: Int
    /// Byte offset of the line's first byte.
    public let offset: Int
    public let reason: Reason

    public var description: String { "line \(line), byte offset \(offset): \(reason)" }
}

/// The health of a ledger file as last read.
public enum LedgerCondition: Sendable, Equatable {
    case sound
    /// What one interrupted append can leave: bytes after the last newline, or a last line that
    /// fails its hash and holds bytes that never reached the disk. The next write saves those bytes
    /// beside the ledger, cuts them off and records the repair.
    case tornTail(LineFault, length: Int)
    /// Anything else (a changed line, two or more bad lines, a broken chain, CRLF, a first line
    /// that is not `log.created`): writing stops for good and the valid prefix stays readable.
    /// Only a person may decide what happened.
    case damaged(LineFault)
    /// The ledger disagrees with what this machine has seen of it (cut short, rewritten, replaced):
    /// writing stops and the disagreement is named.
    case contradicted(AnchorConflict)
}

public enum LedgerError: Error, Sendable, Equatable, CustomStringConvertible {
    case damaged(LineFault)
    case readOnly(path: String)
    case notFound(path: String)
    case system(call: String, path: String, errno: Int32)
    /// The path is a folder, FIFO, device or socket.
    case notAFile(path: String, kind: FileKind)
    /// Another process held the lock for the whole wait.
    case busy(holder: LockHolder?, waited: Double)
    case contradicted(AnchorConflict)
    /// A ledger this machine has seen is missing or empty.
    case vanished(SeenLedger)

    public var description: String {
        switch self {
        case .damaged(let fault): "ledger damaged at \(fault); writing is refused"
        case .readOnly(let path): "\(path) is open read-only"
        case .notFound(let path): "no ledger at \(path)"
        case .system(let call, let path, let code): "\(call) \(path): \(String(cString: strerror(code)))"
        case .notAFile(let path, let kind): "\(path) is a \(kind.rawValue), not a ledger file"
        case .busy(let holder, let waited):
            "the ledger is locked by process \(holder.map { "\($0.pid) (\($0.command))" } ?? "?") for \(Int(waited)) s"
        case .contradicted(let conflict): "the ledger disagrees with this machine's anchor: \(conflict)"
        case .vanished(let seen): "the ledger \(seen.path) (id \(seen.ledgerID), \(seen.seq) events) is missing or empty"
        }
    }
}

extension LineFault {
    /// The same fault in the words every store uses.
    public var storeFault: StoreFault { StoreFault(event: line, location: .byteOffset(offset), reason: reason) }
}

extension LedgerCondition {
    /// The same condition in the words every store uses.
    public var storeCondition: StoreCondition {
        switch self {
        case .sound: .sound
        case .tornTail(let fault, _): .tornTail(fault.storeFault)
        case .damaged(let fault): .damaged(fault.storeFault)
        case .contradicted(let conflict): .contradicted(conflict)
        }
    }
}
