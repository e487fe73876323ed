import DutyDeskText
import Foundation

extension EventDrafter {
    /// 巡查: at least one channel, at a real moment; the cases found are named by code and must be
    /// on the desk (an unknown code is refused: a patrol cannot find what was never recorded).
    public func logPatrol(_ patrol: Patrol) throws(DraftRefusal) -> EventDraft {
        guard !patrol.channels.isEmpty else { throw .emptyField(name: .channels) }
        guard patrol.at <= now else { throw .inFuture(field: .at, value: patrol.at, now: now) }
        var codes: [String] = []
        for code in patrol.cases.map({ $0.trimmingSpaces() }) where !code.isEmpty {
            guard let subject = state.findCase(code: code) else { throw .unknownCase(code: code) }
            if !codes.contains(subject.code) { codes.append(subject.code) }
        }
        var channels: [Channel] = []
        for channel in patrol.channels where !channels.contains(channel) { channels.append(channel) }
        return EventDraft(caseID: nil, body: .patrolLogged(Patrol(
            channels: channels, at: patrol.at, cases: codes, note: patrol.note.trimmingSpacesAndLines())))
    }
}
