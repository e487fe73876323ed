import ArgumentParser
import DutyDeskCore
import Foundation

struct TriageCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage", abstract: "Record a judgement (研判): grade, verification, warning class, risk.",
        discussion: "The grade sets the clock; it keeps counting from discovery.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "分级: 特别重大|重大|较大|一般.") var grade: String
    @Option(help: "核实: 属实|不实|部分属实|待核实 (confirmed|untrue|partly-true|pending).") var verification: String
    @Option(name: .customLong("class"), help: "预警类别: 一般性事项|社会热点问题|复杂敏感事件|重大突发事态.") var warningClass: String?
    @Option(help: "回应重点: one of the six priorities (政策误解误读 …).") var priority: String?
    @Option(help: "风险等级: 高|中|低.") var risk: String?
    @Option(help: "回应价值: 高|中|低.") var value: String?
    @Option(help: "问题性质.") var nature: String?
    @Option(help: "舆情烈度.") var intensity: String?
    @Option(help: "公众反应.") var reaction: String?
    @Option(help: "媒体介入程度.") var media: String?
    @Option(help: "研判意见.") var note: String?
    @Option(parsing: .unconditional, help: "When the judgement was made (default now).") var at: String?

    func run() throws {
        let desk = try context()
        var triage = Triage(grade: try desk.value(grade, as: Grade.self, option: "--grade"),
                            verification: try desk.value(verification, as: Verification.self, option: "--verification"),
                            at: try desk.time(at, option: "--at") ?? desk.now)
        triage.warningClass = try warningClass.map { try desk.value($0, as: WarningClass.self, option: "--class") }
        triage.priority = try priority.map { try desk.value($0, as: ResponsePriority.self, option: "--priority") }
        triage.riskLevel = try risk.map { try desk.value($0, as: Level.self, option: "--risk") }
        triage.responseValue = try value.map { try desk.value($0, as: Level.self, option: "--value") }
        triage.nature = nature ?? ""
        triage.intensity = intensity ?? ""
        triage.publicReaction = reaction ?? ""
        triage.mediaInvolvement = media ?? ""
        triage.note = note ?? ""
        let subject = try desk.record { recorder throws(RecordingError) in try recorder.triage(code, triage) }
        subject.map { Confirmation.print($0, desk) }
        StandardError.write(desk.strings.suggestedApproach(triage.verification))
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
        try desk.record { recorder throws(RecordingError) in try recorder.link(code, report: report) }
    }
}
