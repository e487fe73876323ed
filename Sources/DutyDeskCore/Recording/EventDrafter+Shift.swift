import DutyDeskText
import Foundation

extension EventDrafter {
    /// 交接班: the outgoing operator hands the desk to the incoming one, who must be someone else.
    public func handOver(from outgoing: String, to incoming: String, note: String) throws(DraftRefusal) -> EventDraft {
        let incoming = incoming.trimmingSpaces()
        guard !incoming.isEmpty else { throw .emptyField(name: .incoming) }
        guard incoming != outgoing else { throw .invalidValue(field: .incoming, value: incoming) }
        return EventDraft(caseID: nil, body: .shiftHandedOver(ShiftHandover(
            outgoing: outgoing, incoming: incoming, note: note.trimmingSpacesAndLines())))
    }
}
