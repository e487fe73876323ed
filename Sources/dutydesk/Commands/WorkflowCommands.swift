import ArgumentParser
import DutyDeskCore
import Foundation

struct TriageCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage", abstract: "Record a judgement (研判): levels, verification, warning class, risk, factors.",
        discussion: """
            Name at least one option; what is left out keeps its earlier value. The emergency grade \
            (--grade) sets the clock, which keeps counting from discovery; the opinion level (--level) \
            does not.
            """)

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "突发事件等级: 特别重大|重大|较大|一般|不涉及 (extraordinary|major|significant|general|none).") var grade: String?
    @Option(help: "舆情等级: 特别重大|重大|较大|一般.") var level: String?
    @Option(help: "核实: 属实|有一定根据|有较大出入|不实|待核实 (confirmed|grounded|discrepant|untrue|pending).")
    var verification: String?
    @Option(name: .customLong("class"), help: "预警类别: 一般性事项|社会热点问题|复杂敏感事件|重大突发事态.") var warningClass: String?
    @Option(help: "回应重点: one of the six priorities (政策误解误读 …).") var priority: String?
    @Option(help: "风险等级: 高|中|低.") var risk: String?
    @Option(help: "回应价值: 高|中|低.") var value: String?
    @Option(help: "问题性质.") var nature: String?
    @Option(help: "舆情烈度.") var intensity: String?
    @Option(help: "公众反应.") var reaction: String?
    @Option(help: "媒体介入程度.") var media: String?
    @Option(help: "影响范围.") var scope: String?
    @Option(help: "可能产生的后果.") var consequences: String?
    @Option(help: "归口报送: 网络舆情|社情民意|对外宣传|安全稳定|涉外|应急管理|其他; names the department that sends it to the leaders.")
    var category: String?
    @Option(name: .customLong("principal-leader"), help: "主要负责同志 who takes charge (特别重大 opinion).")
    var principalLeader: String?
    @Option(help: "研判意见.") var note: String?
    @Option(parsing: .unconditional, help: "When the judgement was made (default now).") var at: String?

    func run() throws {
        let desk = try context()
        var triage = Triage(at: try desk.time(at, option: "--at") ?? desk.now)
        triage.grade = try grade.map { try desk.value($0, as: Grade.self, option: "--grade") }
        triage.level = try level.map { try desk.value($0, as: OpinionLevel.self, option: "--level") }
        triage.verification = try verification.map { try desk.value($0, as: Verification.self, option: "--verification") }
        triage.warningClass = try warningClass.map { try desk.value($0, as: WarningClass.self, option: "--class") }
        triage.priority = try priority.map { try desk.value($0, as: ResponsePriority.self, option: "--priority") }
        triage.riskLevel = try risk.map { try desk.value($0, as: Level.self, option: "--risk") }
        triage.responseValue = try value.map { try desk.value($0, as: Level.self, option: "--value") }
        triage.nature = nature ?? ""
        triage.intensity = intensity ?? ""
        triage.publicReaction = reaction ?? ""
        triage.mediaInvolvement = media ?? ""
        triage.scope = scope ?? ""
        triage.consequences = consequences ?? ""
        triage.category = try category.map { try desk.value($0, as: ReportCategory.self, option: "--category") }
        triage.principalLeader = principalLeader ?? ""
        triage.note = note ?? ""
        let subject = try desk.record { drafter throws(DraftRefusal) in try drafter.triage(code, triage) }
        guard let subject else { return }
        Confirmation.print(subject, desk)
        if let verification = subject.judgement.verification {
            StandardError.write(desk.strings.suggestedApproach(verification))
        }
    }
}

struct Link: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "Link a further report (another caller, the same post elsewhere) to an open case.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "来源渠道 (default 值班电话/phone).") var channel: String?
    @Option(help: "来电人.") var caller: String?
    @Option(help: "Caller's phone.") var phone: String?
    @Option(help: "What this report adds.") var note: String?

    func run() throws {
        let desk = try context()
        let report = LinkedReport(channel: try channel.map { try desk.value($0, as: Channel.self, option: "--channel") } ?? .dutyPhone,
                                  caller: caller ?? "", phone: phone ?? "", note: note ?? "")
        try desk.record { drafter throws(DraftRefusal) in try drafter.link(code, report: report) }
    }
}
