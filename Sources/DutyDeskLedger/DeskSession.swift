import DutyDeskCore
import Foundation

/// One operator's view of the ledger: the store plus the state replayed from it, kept in step.
public final class DeskSession {
    public let store: EventStore
    public let operatorName: String
    public private(set) var state = DeskState()
    /// The events a snapshot gave the session before it read the store, 0 when it read them all.
    public let startedAt: Int

    /// Starts from `state` (a snapshot's, the store resumed after its last event) and takes in the rest.
    public init(store: EventStore, operatorName: String, startingFrom state: consuming DeskState = DeskState()) throws {
        self.store = store
        self.operatorName = operatorName
        startedAt = state.eventCount
        // Taken, not copied: a second reference would make the first event applied copy every index.
        self.state = consume state
        try refresh()
    }

    /// Takes in whatever other writers appended; returns how many events that was.
    @discardableResult
    public func refresh() throws -> Int {
        var count = 0
        try store.readNew { event in
            state.apply(event)
            count += 1
        }
        return count
    }

    /// Appends what `command` decides, deciding against the ledger as it stands under the write lock.
    /// `operator` defaults to the session's; a handover records under the incoming one.
    @discardableResult
    public func record(by operatorName: String? = nil, _ command: (DeskState) throws -> [EventDraft]) throws
        -> [Event] {
        let appended = try store.append(by: operatorName ?? self.operatorName) { seen in
            for event in seen { state.apply(event) }
            return try command(state)
        }
        for event in appended { state.apply(event) }
        return appended
    }
}
