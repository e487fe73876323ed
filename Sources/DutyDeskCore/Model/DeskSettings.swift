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
        /// 分管领导: the 直接责任人 who must be reachable around the clock (003).
        public var leader = ""
        public var leaderPhone = ""

        public init(name: String) { self.name = name }

        /// Whether any of its names or numbers contains the text (Chinese included).
        public func matches(_ text: String) -> Bool {
            text.isEmpty || [name, head, liaison, phone, leader, leaderPhone].contains { $0.localizedStandardContains(text) }
        }
    }

    /// One stretch of the on-call roster (24小时联络畅通): who answers, from when until when.
    public struct OnCall: Sendable, Equatable {
        public var name: String
        public var unit: String
        public var phone: String
        public var from: Date
        public var to: Date

        public init(name: String, unit: String = "", phone: String = "", from: Date, to: Date) {
            self.name = name
            self.unit = unit
            self.phone = phone
            self.from = from
            self.to = to
        }
    }

    /// Where the ledger lives (`store = "postgres://…"`), when neither `--store` nor DUTYDESK_STORE says.
    public var store: String?
    public var deskName: String?
    public var deskCode: String?
    public var followUpCadenceHours: Double = 24
    /// How far ahead the handover looks for what falls due in the coming shift.
    public var handoverHorizonHours: Double = 12
    /// 巡查: a shift (or a day) with no patrol for longer than this is flagged in the handover and the daily log.
    public var patrolHours: Double = 2
    /// 第一时间报告: within how many minutes of discovery a 重大/特别重大 opinion is reported, and to whom.
    public var firstReportMinutes: Double = 60
    public var firstReportRecipients = ["县政府办公室", "县网信办"]
    public var localities: [String] = []
    public var units: [MemberUnit] = []
    public var roster: [OnCall] = []
    /// 新闻发言人 of the units and 专家 by field (`[[spokespersons]]`, `[[experts]]`): whom a press
    /// conference and a 专家解读 name.
    public var spokespersons: [Spokesperson] = []
    public var experts: [Expert] = []
    /// 政务公开办: the office a transfer by the joint meeting is copied to (`[desk] open-affairs-office`, 002).
    public var openAffairsOffice = "县政务公开办"
    /// 分级响应预案 (`[response-plans]`, a list of items per emergency grade, and in
    /// `[response-plans.level]` / `[response-plans.class]` per opinion level and warning class): a case's checklist.
    public var responsePlans = ResponsePlans()
    /// The desk's time zone (`timezone = "Asia/Shanghai"`), for case codes, days, display and
    /// reports; nil: the system's. A desk on a server kept in UTC still dates its cases by Beijing time.
    public var timeZone: TimeZone?

    public init() {}

    /// Who is on call at a moment, by the roster.
    public func onCall(at moment: Date) -> [OnCall] { roster.filter { $0.from <= moment && moment < $0.to } }

    public var policy: DeadlinePolicy {
        var policy = DeadlinePolicy(followUpCadence: followUpCadenceHours * DeadlinePolicy.hour)
        policy.firstReportWindow = firstReportMinutes * 60
        policy.firstReportRecipients = firstReportRecipients
        return policy
    }
}
