import ArgumentParser
import DutyDeskCore
import Foundation

struct Add: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: HelpText.pick(zh: "登记新事件；标准输出只打印其编号。", en: "Record a new case; prints its code alone on stdout."),
        discussion: HelpText.pick(zh: "时限从 --discovered（默认现在）起算：48 小时内公开回应；特别重大、重大突发事件 24 小时内召开新闻发布会。", en: "The clock starts at --discovered (default now): 48 h to respond, or 24 h to hold a press conference for an extraordinary or major emergency."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: ArgumentHelp(HelpText.pick(zh: "一句话事由（必填）。", en: "One-line title (required)."))) var title: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "属地：乡镇、街道或区（必填）。", en: "Locality: township, street or district (required)."))) var locality: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "来源渠道（默认值班电话）。", en: "Channel (default phone)."))) var channel: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "来电人。", en: "Caller."))) var caller: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "来电电话。", en: "Caller's phone."))) var phone: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "详情。", en: "Details."))) var detail: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "发现时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When it was discovered (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601."))) var discovered: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "突发事件等级，只有它决定 24 小时时限：特别重大|重大|较大|一般|不涉及（默认不涉及）。", en: "Emergency grade, which alone sets the 24 h clock: extraordinary|major|significant|general|none (default none).")))
    var grade: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "舆情等级：特别重大|重大|较大|一般（默认一般）。", en: "Opinion level: extraordinary|major|significant|general (default general)."))) var level: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "第一责任主体。", en: "First responsible unit."))) var unit: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "来源系统的编号（如 12345 工单号）：用同一编号再次登记时打印已登记的事件。", en: "The originating system's reference (a 12345 ticket): a second add with it prints the case it opened.")))
    var ref: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "此舆情所跟随决策的舆情风险评估（FX-… 编号）。", en: "The opinion risk assessment (FX-… code) whose decision this opinion follows."))) var assessment: String?

    func run() throws {
        let desk = try context()
        let intake = try IntakeFields(title: title, locality: locality, channel: channel, caller: caller, phone: phone,
                                      detail: detail, discovered: discovered, grade: grade, level: level, unit: unit,
                                      ref: ref, assessment: assessment)
            .intake(desk, prefix: "--")
        let recorded = try desk.recordIntake(intake)
        guard let recorded else { return }
        print(recorded.code)
        Confirmation.print(recorded, desk)
    }
}

struct Regrade: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade", abstract: HelpText.pick(zh: "调整事件等级；时限仍从发现时起算。", en: "Regrade a case; the clock keeps counting from discovery."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号，如 YQ-20261123-001。", en: "Case code, e.g. YQ-20261123-001."))) var code: String
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "特别重大|重大|较大|一般。", en: "extraordinary|major|significant|general."))) var grade: String
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "研判时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When the judgement was made (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601."))) var at: String?

    func run() throws {
        try perform(code) { desk in
            .regrade(try desk.value(grade, as: Grade.self, option: "grade"), at: try desk.time(at, option: "--at"))
        }
    }
}

struct Assign: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: HelpText.pick(zh: "设定单位对事件的职责。", en: "Set a unit's responsibility for a case."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "单位。", en: "The unit."))) var unit: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "第一责任主体|牵头单位|配合单位，默认第一责任主体。", en: "first|lead|cooperating; default first."))) var role: String?

    func run() throws {
        try perform(code) { desk in
            .assign(unit: unit, role: try role.map { try desk.value($0, as: UnitRole.self, option: "--role") } ?? .first)
        }
    }
}

struct Respond: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract: HelpText.pick(zh: "记录公开回应：首次回应，之后按序续报（续报一、续报二 …）。", en: "Record a public response: the first, then numbered follow-ups."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "发布方式，如 发布权威信息、政务微博、网上澄清辟谣。", en: "How it was released, e.g. release, weibo, clarification.")))
    var method: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "发布的内容。", en: "What was released."))) var text: String?
    @Option(name: .customLong("on"), help: ArgumentHelp(HelpText.pick(zh: "发布平台：账号、网站或栏目。", en: "Where: the account, site or programme it was released on."))) var releasedOn: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "发言人。", en: "Who spoke (the spokesperson)."))) var spokesperson: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "发布时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When it was released (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601."))) var at: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "不经稿件审定直接发布的原因（事件有待定稿件时必填）。", en: "Why it goes out directly, without a draft's sign-off (required while a draft of the case is pending).")))
    var urgent: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "专家解读的专家（该发布方式必填；可用设置中 [[experts]] 的专家或任何姓名）。", en: "The expert who interprets (required for an expert interpretation; one of the settings' [[experts]] or any name).")))
    var expert: String?

    func run() throws {
        try perform(code) { desk in
            .respond(method: try desk.value(method, as: ResponseMethod.self, option: "--method"), text: text ?? "",
                     at: try desk.time(at, option: "--at"), channel: releasedOn ?? "", spokesperson: spokesperson ?? "",
                     urgentReason: urgent ?? "", expert: expert ?? "")
        }
    }
}

struct Press: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "press", abstract: HelpText.pick(zh: "记录已召开新闻发布会（满足 24 小时时限）。", en: "Record a press conference as held (meets the 24 h clock)."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "召开时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When it was held (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601."))) var at: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "发言人。", en: "Spokesperson."))) var speaker: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "地点。", en: "Venue."))) var venue: String?
    @Option(name: .customLong("attendee"),
            help: ArgumentHelp(HelpText.pick(zh: "出席人，写作 姓名:负责人|发言人|其他；设置中列为发言人或单位负责人的姓名无须写身份。每人一次，至少一人。无负责人或发言人出席的发布会照录，但不计为发布会。", en: "Who attended, as name:head|spokesperson|other; a name the settings list as a spokesperson or a unit's head needs no capacity. Repeat for each (at least one). Without a head or spokesperson the conference is recorded but does not count.")))
    var attendees: [String] = []

    func run() throws {
        try perform(code) { desk in
            .pressConference(at: try desk.time(at, option: "--at"), speaker: speaker ?? "", venue: venue ?? "",
                             attendees: try attendees.map { try desk.attendee($0) })
        }
    }
}

struct Note: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: HelpText.pick(zh: "在事件时间线上添加备注。", en: "Add a note to a case's timeline."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "备注内容。", en: "The note."))) var text: String

    func run() throws { try perform(code) { _ in .note(text) } }
}

struct Close: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: HelpText.pick(zh: "办结事件；时限停止。", en: "Close a case; its clocks stop."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "办结|重复|误报，默认办结。", en: "resolved|duplicate|false-report; default resolved."))) var reason: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "办结时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When it was closed (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601."))) var at: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "在已交办单位既无反馈也无网下处置时办结的理由（此时必填）。", en: "Why it is closed while a unit given the case has recorded neither feedback nor an offline step (required then).")))
    var unitsPendingReason: String?

    func run() throws {
        try perform(code) { desk in
            .close(reason: try reason.map { try desk.value($0, as: CloseReason.self, option: "--reason") } ?? .resolved,
                   at: try desk.time(at, option: "--at"), unitsPendingReason: unitsPendingReason ?? "")
        }
    }
}

/// Tells the operator on stderr what the clock now says, keeping stdout for scripts.
enum Confirmation {
    static func print(_ subject: Case, _ desk: DeskContext) {
        guard let deadline = desk.policy.deadline(for: subject) else { return }
        let line = fill(desk.strings.usage.recorded, subject.code, desk.strings.deadlineKind(deadline.kind),
                        DisplayTime.minutes(deadline.dueAt, in: desk.timeZone))
        StandardError.write(line)
    }

    /// Supervised items just issued, each with its own clock: "督办 截止 2026-12-02 08:00，剩余 12:53:00".
    static func print(_ items: [SupervisedItem], of subject: Case, _ desk: DeskContext) {
        for item in items {
            let line = fill(desk.strings.usage.recordedItem, subject.code, DisplayTime.minutes(item.dueAt, in: desk.timeZone),
                            desk.strings.clock(ClockReading(item, now: desk.now)))
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
