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
    /// 第一时间: how soon after discovery a 重大/特别重大 opinion must have been reported, and to whom
    /// (001: 向县政府办公室和县网信办报告); desk settings.
    public var firstReportWindow: TimeInterval = 60 * 60
    public var firstReportRecipients = ["县政府办公室", "县网信办"]

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

    /// The first-report clock of a 重大/特别重大 opinion, counted from discovery, while it is open
    /// and not yet reported to every recipient; nil otherwise.
    public func firstReportDeadline(for subject: Case) -> Deadline? {
        guard subject.closure == nil, firstReportMet(by: subject) == nil else { return nil }
        return firstReportDue(for: subject)
    }

    /// The first-report deadline a case's opinion level calls for, met or not.
    public func firstReportDue(for subject: Case) -> Deadline? {
        guard subject.level.requiresFirstReport else { return nil }
        return Deadline(kind: .firstReport, startsAt: subject.discoveredAt,
                        dueAt: subject.discoveredAt.addingTimeInterval(firstReportWindow))
    }

    /// When the last recipient was first reported to: the moment the first report was complete.
    public func firstReportMet(by subject: Case) -> Date? {
        var latest: Date?
        for recipient in firstReportRecipients {
            guard let first = subject.upwardReports.filter({ $0.recipient == recipient }).map(\.at).min() else { return nil }
            latest = max(latest ?? first, first)
        }
        return latest
    }

    private func followUp(after release: Date) -> Deadline {
        Deadline(kind: .followUp, startsAt: release, dueAt: release.addingTimeInterval(followUpCadence))
    }
}
