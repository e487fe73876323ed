import DutyDeskCore

/// The desk's ledger as the rest of the program sees it: read what is new, append atomically.
public protocol EventStore: AnyObject {
    var condition: LogCondition { get }
    /// Events in the valid prefix so far, and the hash of its last line.
    var eventCount: Int { get }
    var headHash: String { get }

    /// Hands `each` the events appended since the last read (by this or any other process), in order.
    func readNew(_ each: (Event) -> Void) throws

    /// Appends the drafts that `build` returns, atomically with respect to every other writer.
    ///
    /// `build` first receives the events other writers appended since this store last read,
    /// so it decides against the ledger exactly as it stands. If it throws, nothing is
    /// appended. Returns only after the new lines are on disk.
    func append(by recorder: String, _ build: ([Event]) throws -> [EventDraft]) throws -> [Event]
}

extension EventStore {
    /// The events appended since the last read, collected.
    public func readNew() throws -> [Event] {
        var events: [Event] = []
        try readNew { events.append($0) }
        return events
    }
}
