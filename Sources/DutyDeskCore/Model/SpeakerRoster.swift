import Foundation

extension DeskSettings {
    /// A unit's 新闻发言人 (政府新闻发言人制度, 002), with the title they speak under.
    public struct Spokesperson: Sendable, Equatable {
        public var unit: String
        public var name: String
        public var title: String

        public init(unit: String, name: String, title: String = "") {
            self.unit = unit
            self.name = name
            self.title = title
        }
    }

    /// An expert of the 政务公开专家队伍 (000), by field and institution, whom a 专家解读 names.
    public struct Expert: Sendable, Equatable {
        public var name: String
        public var field: String
        public var institution: String

        public init(name: String, field: String, institution: String = "") {
            self.name = name
            self.field = field
            self.institution = institution
        }
    }

    /// The capacity the settings give a person at a press conference: a unit's spokesperson, or
    /// a member unit's 负责人; nil for anyone the settings do not name.
    public func attendeeRole(of name: String) -> AttendeeRole? {
        if spokespersons.contains(where: { $0.name == name }) { return .spokesperson }
        if units.contains(where: { !$0.head.isEmpty && $0.head == name }) { return .head }
        return nil
    }

    /// Whom a conference on the case is likely to have: the spokespersons and heads of the case's
    /// units first, then the rest of the settings' spokespersons and heads, each once.
    public func likelyAttendees(for units: [String]) -> [ConferenceAttendee] {
        var people: [ConferenceAttendee] = []
        func add(_ name: String, _ role: AttendeeRole) {
            if !name.isEmpty, !people.contains(where: { $0.name == name }) { people.append(ConferenceAttendee(name: name, role: role)) }
        }
        for unit in units {
            for spokesperson in spokespersons where spokesperson.unit == unit { add(spokesperson.name, .spokesperson) }
            for member in self.units where member.name == unit { add(member.head, .head) }
        }
        for spokesperson in spokespersons { add(spokesperson.name, .spokesperson) }
        for member in self.units { add(member.head, .head) }
        return people
    }

    /// An attendee as typed, `姓名` or `姓名:身份` (full-width ：too): a typed capacity wins, else the
    /// settings' (a spokesperson or a unit head), else nil, which the caller refuses naming the capacities.
    public func attendee(_ typed: String) -> ConferenceAttendee? {
        guard let (name, role) = ConferenceAttendee.parse(typed) else { return nil }
        if let role { return ConferenceAttendee(name: name, role: role) }
        return attendeeRole(of: name).map { ConferenceAttendee(name: name, role: $0) }
    }
}
