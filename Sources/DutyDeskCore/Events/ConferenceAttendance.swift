import DutyDeskText
import Foundation

/// One person at a press conference and the capacity they attended in.
public struct ConferenceAttendee: Sendable, Equatable {
    public let name: String
    public let role: AttendeeRole

    public init(name: String, role: AttendeeRole) {
        self.name = name
        self.role = role
    }

    /// `姓名` or `姓名:身份` (full-width ：too): the name, and the capacity when one is typed; nil when
    /// there is no name or the capacity is none of `AttendeeRole`'s.
    public static func parse(_ typed: String) -> (name: String, role: AttendeeRole?)? {
        let parts = typed.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "：" })
            .map { $0.trimmingSpaces() }
        guard let name = parts.first, !name.isEmpty else { return nil }
        guard parts.count > 1 else { return (name, nil) }
        guard let role = AttendeeRole(token: parts[1]) else { return nil }
        return (name, role)
    }

    /// "姓名:code", as a form's option carries an attendee the settings placed.
    public var typed: String { name + ":" + role.code }
}

extension PressConference {
    /// Whether the conference meets the 24-hour clock and counts as a release: a 负责人 or a
    /// 新闻发言人 attended (001). A conference recorded before attendance was asked (`attendees`
    /// nil, an older ledger's line) counts as it always did: the desk does not rewrite history.
    public var meetsAttendance: Bool {
        attendees.map { $0.contains { $0.role.satisfiesAttendance } } ?? true
    }
}

/// A press conference that does not count (no 负责人 or 新闻发言人 attended), kept beside the case's
/// releases so the queue, the detail, the brief and the stats can say so.
public struct UncountedConference: Sendable, Equatable {
    public let eventID: String
    public let conference: PressConference
    public let recordedAt: Date
    public let operatorName: String
}
