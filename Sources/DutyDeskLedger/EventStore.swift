import DutyDeskCore

/// The desk's ledger as the rest of the program sees it, whatever holds it (a file, a database):
/// read what is new, append atomically under the desk's write lock, verify, follow.
///
/// Every backend stores the same framed lines (`LineFraming`) and checks them with the same
/// scanner (`LedgerScanner`), so a line's hash and the chain mean the same everywhere.
public protocol EventStore: AnyObject {
    var condition: StoreCondition { get }
    /// Events in the valid prefix so far, and the hash of its last line.
    var eventCount: Int { get }
    var headHash: String { get }
    /// The ledger id from its first line, once read.
    var ledgerID: String? { get }
    /// How long reading and writing wait for another writer's hold on the desk.
    var patience: LockPatience { get set }

    /// Hands `each` the events appended since the last read (by this or any other process), in order.
    func readNew(_ each: (Event) -> Void) throws

    /// Appends the drafts that `build` returns, atomically with respect to every other writer.
    ///
    /// `build` first receives the events other writers appended since this store last read,
    /// so it decides against the ledger exactly as it stands. If it throws, nothing is
    /// appended. Returns only after the new lines are durable.
    func append(by operatorName: String, _ build: ([Event]) throws -> [EventDraft]) throws -> [Event]

    /// The chain's head after the first `count` events: the anchor of a review of the past (`--as-of`).
    func headHash(afterEvents count: Int) throws -> String

    /// The stored hash of line `seq` of the verified prefix, nil beyond it: what a checkpoint is held against.
    func lineHash(seq: Int) throws -> String?

    /// What wakes a follower when another writer appends; nil leaves it to polling.
    func changes() -> (any StoreChanges)?
}

/// A readiness signal for poll(2): readable when the store may have new events.
public protocol StoreChanges: AnyObject {
    var descriptor: Int32? { get }
    /// Empties the signal; what changed is read from the store itself.
    func drain()
}

extension EventStore {
    /// The events appended since the last read, collected.
    public func readNew() throws -> [Event] {
        var events: [Event] = []
        try readNew { events.append($0) }
        return events
    }
}

/// Where a fault is, in the backend's own terms; the event's number is in `StoreFault`.
public enum FaultLocation: Sendable, Equatable {
    /// A ledger file: the line's first byte.
    case byteOffset(Int)
    /// A database holding many desks' streams: the desk whose stream it is.
    case stream(desk: String)
}

/// "Damaged at event N: why", with where the backend found it.
public struct StoreFault: Sendable, Equatable, CustomStringConvertible {
    /// 1-based: the seq the faulty line holds, or should hold.
    public let event: Int
    public let location: FaultLocation
    public let reason: LineFault.Reason

    public init(event: Int, location: FaultLocation, reason: LineFault.Reason) {
        self.event = event
        self.location = location
        self.reason = reason
    }

    public var description: String {
        switch location {
        case .byteOffset(let offset): "line \(event), byte offset \(offset): \(reason)"
        case .stream(let desk): "desk \(desk), seq \(event): \(reason)"
        }
    }
}

/// The health of a store as last read, the same words for every backend.
public enum StoreCondition: Sendable, Equatable {
    case sound
    /// What one interrupted write left; the next write sets it aside and records the repair.
    case tornTail(StoreFault)
    /// Writing stops for good and the valid prefix stays readable. Only a person may decide what happened.
    case damaged(StoreFault)
    /// The ledger disagrees with what this machine has seen of it: writing stops and the disagreement is named.
    case contradicted(AnchorConflict)
}

/// Why no connection to a store could be made, in terms any backend can give, so that the app
/// says it in the operator's language rather than in the driver's.
public enum StoreUnreachable: Sendable, Equatable {
    /// Nothing answered at the address in time: a wrong host or port, the server down, the network.
    case noAnswer
    /// The server refused the user or the password.
    case authentication
    /// The server holds no database of that name.
    case noDatabase
    /// The server refused for another reason, named by its code (PostgreSQL's SQLSTATE).
    case refused(code: String)
}

/// Why a store reached answered no more, or with an error, after the connection was made.
public enum StoreUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database's schema is older than this program's (`dutydesk store migrate`).
    case schemaBehind(expected: Int)
    /// The connection broke this many times while one append was retried.
    case lostDuringAppend(times: Int)
    /// The database holds no stream for the desk.
    case noStream(desk: String)
    /// The server took the connection and then said nothing in time.
    case silent
    /// The server answered with an error: its own message (in the server's language) and its code.
    case server(message: String, code: String)
    /// The connection broke; `what` is the client library's name for it.
    case connection(String)
    /// A system call of this process failed (errno).
    case system(call: String, errno: Int32)

    public var description: String {
        switch self {
        case .schemaBehind(let expected): "the schema is not at version \(expected); run dutydesk store migrate"
        case .lostDuringAppend(let times): "the connection was lost \(times) times during an append"
        case .noStream(let desk): "no stream for desk \(desk)"
        case .silent: "the server did not answer"
        case .server(let message, let code): "\(message) (SQLSTATE \(code))"
        case .connection(let what): what
        case .system(let call, let errno): "\(call): errno \(errno)"
        }
    }
}

/// Why a store refused, in the same words whatever the backend; `LedgerError` is the file's own.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case damaged(StoreFault)
    case contradicted(AnchorConflict)
    case readOnly
    /// The store (named, never with a password) stopped answering or answered with an error.
    case unavailable(store: String, why: StoreUnavailable)
    /// No connection to the store could be made: `store` names it (never with a password).
    case unreachable(store: String, why: StoreUnreachable)

    public var description: String {
        switch self {
        case .unreachable(let store, let why): "cannot reach the store \(store): \(why)"
        case .damaged(let fault): "ledger damaged at \(fault); writing is refused"
        case .contradicted(let conflict): "the ledger disagrees with this machine's anchor: \(conflict)"
        case .readOnly: "the store is open read-only"
        case .unavailable(let store, let why): "the store \(store) is unavailable: \(why)"
        }
    }
}
