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
    /// 第一时间报告: within how many minutes of discovery a 重大/特别重大 opinion is reported, and to whom.
    public var firstReportMinutes: Double = 60
    public var firstReportRecipients = ["县政府办公室", "县网信办"]
    public var localities: [String] = []
    public var units: [MemberUnit] = []

    public init() {}

    public var policy: DeadlinePolicy {
        var policy = DeadlinePolicy(followUpCadence: followUpCadenceHours * DeadlinePolicy.hour)
        policy.firstReportWindow = firstReportMinutes * 60
        policy.firstReportRecipients = firstReportRecipients
        return policy
    }
}
