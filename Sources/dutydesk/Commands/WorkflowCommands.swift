import ArgumentParser
import DutyDeskCore
import Foundation

struct TriageCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage", abstract: HelpText.pick(zh: "记录研判：等级、核实、预警类别、风险、要素。", en: "Record a judgement (triage): levels, verification, warning class, risk, factors."),
        discussion: HelpText.pick(zh: "至少写一个选项；未写的保留原值。突发事件等级（--grade）决定时限，仍从发现时起算；舆情等级（--level）不影响时限。", en: "Name at least one option; what is left out keeps its earlier value. The emergency grade (--grade) sets the clock, which keeps counting from discovery; the opinion level (--level) does not."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "突发事件等级：特别重大|重大|较大|一般|不涉及。", en: "Emergency grade: extraordinary|major|significant|general|none."))) var grade: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "舆情等级：特别重大|重大|较大|一般。", en: "Opinion level: extraordinary|major|significant|general."))) var level: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "核实：属实|有一定根据|有较大出入|不实|待核实。", en: "Verification: confirmed|grounded|discrepant|untrue|pending.")))
    var verification: String?
    @Option(name: .customLong("class"), help: ArgumentHelp(HelpText.pick(zh: "预警类别：一般性事项|社会热点问题|复杂敏感事件|重大突发事态。", en: "Warning class: routine|hotspot|sensitive|emergency."))) var warningClass: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "回应重点：六类之一（政策误解误读 …）。", en: "Response priority: one of the six (policy-misreading, public-interest, moral-outrage, emergency-handling, superior-request, stability)."))) var priority: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "风险等级：高|中|低。", en: "Risk level: high|medium|low."))) var risk: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "回应价值：高|中|低。", en: "Response value: high|medium|low."))) var value: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "问题性质。", en: "Nature of the problem."))) var nature: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "舆情烈度。", en: "Intensity of the opinion."))) var intensity: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "公众反应。", en: "Public reaction."))) var reaction: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "媒体介入程度。", en: "How far the media are involved."))) var media: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "影响范围。", en: "Reach."))) var scope: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "可能产生的后果。", en: "Possible consequences."))) var consequences: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "归口报送：网络舆情|社情民意|对外宣传|安全稳定|涉外|应急管理|其他；决定由哪个部门报送领导。", en: "Reporting line: online-opinion|public-sentiment|external-publicity|security|foreign-affairs|emergency-management|general; names the department that sends it to the leaders.")))
    var category: String?
    @Option(name: .customLong("principal-leader"), help: ArgumentHelp(HelpText.pick(zh: "牵头负责的主要负责同志（特别重大舆情）。", en: "The principal leader who takes charge (extraordinary opinion).")))
    var principalLeader: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "研判意见。", en: "The judgement's opinion."))) var note: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "研判时间（默认现在）。", en: "When the judgement was made (default now)."))) var at: String?

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
        commandName: "link",
        abstract: HelpText.pick(zh: "把又一次反映（另一来电人、别处的同一帖子）关联到未结事件。", en: "Link a further report (another caller, the same post elsewhere) to an open case."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "来源渠道（默认值班电话）。", en: "Channel (default phone)."))) var channel: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "来电人。", en: "Caller."))) var caller: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "来电电话。", en: "Caller's phone."))) var phone: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "此次反映补充的内容。", en: "What this report adds."))) var note: String?

    func run() throws {
        let desk = try context()
        let report = LinkedReport(channel: try channel.map { try desk.value($0, as: Channel.self, option: "--channel") } ?? .dutyPhone,
                                  caller: caller ?? "", phone: phone ?? "", note: note ?? "")
        try desk.record { drafter throws(DraftRefusal) in try drafter.link(code, report: report) }
    }
}
