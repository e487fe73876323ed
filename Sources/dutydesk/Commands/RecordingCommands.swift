import ArgumentParser
import DutyDeskCore
import Foundation

struct Add: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record a new case; prints its code alone on stdout.",
        discussion: "The clock starts at --discovered (default now): 48 h to respond, or 24 h to hold a press conference for 特别重大/重大.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: "一句话事由 (required).") var title: String
    @Option(help: "属地: township, street or district (required).") var locality: String
    @Option(help: "来源渠道 (default 值班电话/phone).") var channel: String?
    @Option(help: "来电人.") var caller: String?
    @Option(help: "Caller's phone.") var phone: String?
    @Option(help: "Details.") var detail: String?
    @Option(parsing: .unconditional, help: "When it was discovered (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).") var discovered: String?
    @Option(help: "突发事件等级, which alone sets the 24 h clock: 特别重大|重大|较大|一般|不涉及 (default 不涉及/none).")
    var grade: String?
    @Option(help: "舆情等级: 特别重大|重大|较大|一般 (default 一般/general).") var level: String?
    @Option(help: "First responsible unit.") var unit: String?
    @Option(help: "The originating system's reference (a 12345 ticket): a second add with it prints the case it opened.")
    var ref: String?
    @Option(help: "The 舆情风险评估 (FX-… code) whose decision this opinion follows.") var assessment: String?

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
        commandName: "grade", abstract: "Regrade a case; the clock keeps counting from discovery.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code, e.g. YQ-20261123-001.") var code: String
    @Argument(help: "特别重大|重大|较大|一般 (extraordinary|major|significant|general).") var grade: String
    @Option(parsing: .unconditional, help: "When the judgement was made (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).") var at: String?

    func run() throws {
        try perform(code) { desk in
            .regrade(try desk.value(grade, as: Grade.self, option: "grade"), at: try desk.time(at, option: "--at"))
        }
    }
}

struct Assign: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "Set a unit's responsibility for a case.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The unit.") var unit: String
    @Option(help: "first|lead|cooperating (第一责任主体|牵头单位|配合单位); default first.") var role: String?

    func run() throws {
        try perform(code) { desk in
            .assign(unit: unit, role: try role.map { try desk.value($0, as: UnitRole.self, option: "--role") } ?? .first)
        }
    }
}

struct Respond: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record a public response: the first, then numbered follow-ups (续报一, 续报二 …).")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "How it was released, e.g. 发布权威信息/release, 政务微博/weibo, 网上澄清辟谣/clarification.")
    var method: String
    @Option(help: "What was released.") var text: String?
    @Option(name: .customLong("on"), help: "Where: the account, site or programme it was released on.") var releasedOn: String?
    @Option(help: "Who spoke (发言人).") var spokesperson: String?
    @Option(parsing: .unconditional, help: "When it was released (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).") var at: String?
    @Option(help: "Why it goes out directly, without a draft's sign-off (required while a draft of the case is pending).")
    var urgent: String?
    @Option(help: "专家解读: the expert who interprets (required for that method; the settings' [[experts]] or any name).")
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
    static let configuration = CommandConfiguration(abstract: "Record a press conference as held (meets the 24 h clock).")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(parsing: .unconditional, help: "When it was held (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).") var at: String?
    @Option(help: "Who spoke.") var speaker: String?
    @Option(help: "Venue.") var venue: String?
    @Option(name: .customLong("attendee"),
            help: "Who attended, as 姓名:负责人|发言人|其他 (head, spokesperson, other); a name the settings list as a spokesperson or a unit's head needs no capacity. Repeat for each (at least one). Without a 负责人 or 发言人 the conference is recorded but does not count.")
    var attendees: [String] = []

    func run() throws {
        try perform(code) { desk in
            .pressConference(at: try desk.time(at, option: "--at"), speaker: speaker ?? "", venue: venue ?? "",
                             attendees: try attendees.map { try desk.attendee($0) })
        }
    }
}

struct Note: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "Add a note to a case's timeline.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Argument(help: "The note.") var text: String

    func run() throws { try perform(code) { _ in .note(text) } }
}

struct Close: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "Close a case (办结); its clocks stop.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "办结|重复|误报 (resolved|duplicate|false-report); default 办结.") var reason: String?
    @Option(parsing: .unconditional, help: "When it was closed (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).") var at: String?
    @Option(help: "Why 办结 while a unit given the case has recorded neither feedback nor an offline step (required then).")
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
