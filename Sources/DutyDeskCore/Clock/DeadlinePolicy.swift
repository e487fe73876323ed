import Foundation

/// The clock rules of 国办发〔2016〕61号 as the desk applies them (DOMAIN.md, "The clocks").
///
/// Every first deadline counts from the discovery time, whatever happened since: regrading
/// a case never restarts its clock, so a general case upgraded to major at hour 30 is
/// overdue at once. Milestones count at the time they happened, not when they were typed.
public struct DeadlinePolicy: Sendable, Equatable {
    public var pressConferenceWindow: TimeInterval
    public var responseWindow: TimeInterval
    /// How often the desk releases again after the first release (持续发布); a desk setting.
    public var followUpCadence: TimeInterval

    public static let hour: TimeInterval = 3600

    public init(pressConferenceWindow: TimeInterval = 24 * hour, responseWindow: TimeInterval = 48 * hour,
                followUpCadence: TimeInterval = 24 * hour) {
        self.pressConferenceWindow = pressConferenceWindow
        self.responseWindow = responseWindow
        self.followUpCadence = followUpCadence
    }

    /// The clock that governs the case now, or nil when it is closed.
    public func deadline(for subject: Case) -> Deadline? {
        if subject.closure != nil { return nil }
        let first = firstDeadline(for: subject)
        guard let met = firstMilestone(of: subject) else { return first }
        return followUp(after: max(met, subject.lastReleaseAt ?? met))
    }

    /// The clock every case starts on, counted from discovery at its current grade: a press
    /// conference within 24 h for 特别重大/重大, else a public response within 48 h.
    public func firstDeadline(for subject: Case) -> Deadline {
        let discovered = subject.discoveredAt
        return subject.grade.requiresPressConference
            ? Deadline(kind: .pressConference, startsAt: discovered, dueAt: discovered.addingTimeInterval(pressConferenceWindow))
            : Deadline(kind: .response, startsAt: discovered, dueAt: discovered.addingTimeInterval(responseWindow))
    }

    /// What meets the first deadline: the first press conference for a case on the 24-hour clock,
    /// else the first release of any kind. From then on the follow-up cadence runs.
    public func firstMilestone(of subject: Case) -> Date? {
        subject.grade.requiresPressConference ? subject.firstPressConferenceAt : subject.firstReleaseAt
    }

    private func followUp(after release: Date) -> Deadline {
        Deadline(kind: .followUp, startsAt: release, dueAt: release.addingTimeInterval(followUpCadence))
    }
}
