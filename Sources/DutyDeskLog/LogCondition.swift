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
        case malformed(String)

        public var description: String {
            switch self {
            case .incomplete: "incomplete line (no newline)"
            case .hashMismatch: "hash does not match the line"
            case .brokenChain: "prev does not match the previous line's hash"
            case .sequenceGap(let expected, let found): "seq \(found), expected \(expected)"
            case .unsupportedVersion: "unsupported format version"
            case .notALedger: "the first line is not a log.created event"
            case .malformed(let what): "malformed: \(what)"
            }
        }

        /// A line that fails only like this may be the remains of an interrupted write.
        var couldBeTornWrite: Bool { self == .incomplete || self == .hashMismatch }
    }

    /// 1-based line number.
    public let line: Int
    /// Byte offset of the line's first byte.
    public let offset: Int
    public let reason: Reason

    public var description: String { "line \(line), byte offset \(offset): \(reason)" }
}

/// The health of a ledger file as last read.
public enum LogCondition: Sendable, Equatable {
    case sound
    /// The last line(s) are incomplete or fail their hash with nothing valid after them:
    /// the next write saves those bytes beside the log, cuts them off and records the repair.
    case tornTail(LineFault, length: Int)
    /// A bad line followed by a valid one, or a broken chain: writing stops for good and the
    /// valid prefix stays readable. Only a person may decide what happened.
    case damaged(LineFault)
}

public enum LogError: Error, Sendable, Equatable, CustomStringConvertible {
    case damaged(LineFault)
    case readOnly(path: String)
    case notFound(path: String)
    case system(call: String, path: String, errno: Int32)

    public var description: String {
        switch self {
        case .damaged(let fault): "log damaged at \(fault); writing is refused"
        case .readOnly(let path): "\(path) is open read-only"
        case .notFound(let path): "no log at \(path)"
        case .system(let call, let path, let code): "\(call) \(path): \(String(cString: strerror(code)))"
        }
    }
}
