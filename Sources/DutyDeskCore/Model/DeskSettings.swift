import Foundation

/// The desk's own settings (a TOML file the app finds): who the desk is, the member units and
/// their contacts, the localities it covers, and how often it releases again once it has responded.
public struct DeskSettings: Sendable, Equatable {
    /// A member unit of the desk's network, with the people to call.
    public struct MemberUnit: Sendable, Equatable {
        public var name: String
        /// 负责人
        public var head = ""
        /// 联络人
        public var liaison = ""
        public var phone = ""

        public init(name: String) { self.name = name }
    }

    public var deskName: String?
    public var deskCode: String?
    public var followUpCadenceHours: Double = 24
    /// How far ahead the handover looks for what falls due in the coming shift.
    public var handoverHorizonHours: Double = 12
    public var localities: [String] = []
    public var units: [MemberUnit] = []
    /// The desk's time zone (`timezone = "Asia/Shanghai"`), for case codes, days, display and
    /// reports; nil: the system's. A desk on a server kept in UTC still dates its cases by Beijing time.
    public var timeZone: TimeZone?

    public init() {}

    public var policy: DeadlinePolicy { DeadlinePolicy(followUpCadence: followUpCadenceHours * DeadlinePolicy.hour) }
}
