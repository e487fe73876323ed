import ArgumentParser
import DutyDeskCore
import DutyDeskJSON
import DutyDeskText
import Foundation

struct Instruct: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "批示: a leader's instruction, supervised (督办) until its due time.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The leader.") var leader: String
    @Option(help: "The instruction.") var text: String
    @Option(parsing: .unconditional, help: "Due (+4h, 明天 12:00, 2026-11-24 12:00).") var due: String

    func run() throws {
        try perform(code) { desk in
            .instruct(leader: leader, text: text, dueAt: try desk.time(due, as: .due, option: "--due") ?? desk.now)
        }
    }
}

struct Meeting: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "会商: record a joint meeting; each --action with a due time becomes a supervised item.",
        discussion: "--action \"事项@单位@截止\", e.g. --action \"公布水质检测结果@县水务局@+6h\"; unit and due may be left out.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "Attending units, separated by commas (、 or ,).") var attendees: String
    @Option(help: "What was decided.") var decisions: String
    @Option(parsing: .singleValue, help: "An action: text@unit@due (repeatable).") var action: [String] = []
    @Option(parsing: .unconditional, help: "When it was held (default now).") var at: String?

    func run() throws {
        try perform(code) { desk in
            let tasks = try action.map { line -> JointMeeting.Task in
                let parsed = JointMeeting.Task.parse(line)
                return JointMeeting.Task(text: parsed.text, unit: parsed.unit, dueAt: try desk.time(parsed.due, as: .due, option: "--action"))
            }
            let names = attendees.split(whereSeparator: { "、,，".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            return .meeting(JointMeeting(at: try desk.time(at, option: "--at") ?? desk.now, attendees: names,
                                         decisions: decisions, actions: tasks))
        }
    }
}

struct ReportBackCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-back", abstract: "回告: report progress on a supervised item (the first open one by default).")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Argument(help: "What is reported.") var text: String
    @Option(help: "The item's id, as `show --json` lists it.") var item: String?

    func run() throws { try perform(code) { _ in .reportBack(item: item, text: text) } }
}

struct CompleteItem: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete-item", abstract: "Mark a supervised item done (the first open one by default).")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The item's id.") var item: String?

    func run() throws { try perform(code) { _ in .completeItem(item: item) } }
}

/// A supervisor's decision about a unit, on the seeds' grounds; desk-level, naming its cases.
struct Decide: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "accountability",
        abstract: "表彰, 约谈, 通报批评 or 问责 of a unit (or one of its people), on the seeds' grounds, naming its cases.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: "表彰|约谈|通报批评|问责 (commendation|interview|criticism|accountability).") var measure: String
    @Option(help: "The unit.") var unit: String
    @Option(help: "A person of the unit, if the measure is about one.") var person: String?
    @Option(help: "工作做得好|工作消极|回应不及时|处置不力 (good-work|passive|late-response|mishandled).") var trigger: String
    @Option(name: .customLong("case"), help: "A case it rests on (repeatable).") var cases: [String] = []
    @Option(help: "The report that prompted it (e.g. 2026年11月超时通报).") var report: String?
    @Option(name: .customLong("decided-by"), help: "Who decided.") var decidedBy: String
    @Option(parsing: .unconditional, help: "When it was decided (default now).") var at: String?
    @Option(help: "Note.") var note: String?

    func run() throws {
        let desk = try context()
        let decision = AccountabilityDecision(
            measure: try desk.value(measure, as: AccountabilityMeasure.self, option: "--measure"), unit: unit,
            person: person ?? "", trigger: try desk.value(trigger, as: AccountabilityTrigger.self, option: "--trigger"),
            cases: cases, report: report ?? "", decidedBy: decidedBy, at: try desk.time(at, option: "--at") ?? desk.now,
            note: note ?? "")
        try desk.record { drafter throws(DraftRefusal) in try drafter.decide(decision) }
    }
}

/// 容错 for someone who spoke for the government on a case.
struct Tolerate: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "容错: tolerate a mistake of someone who spoke for the government on the case, with why.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The spokesperson or speaker.") var person: String
    @Option(help: "Why (required).") var reason: String

    func run() throws { try perform(code) { _ in .tolerate(person: person, reason: reason) } }
}

/// 舆情风险评估 of a planned decision, before any case: prints its FX- code.
struct Assess: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "舆情风险评估 of a planned decision: risk level, risks found and the 处置预案; prints its code.",
        discussion: "When opinion follows the decision, `add --assessment CODE` opens the case carrying it.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: "The planned decision.") var title: String
    @Option(help: "The unit that plans it.") var unit: String
    @Option(help: ArgumentHelp("The day it is planned for (2026-12-10, 今天).", valueName: "day")) var planned: String
    @Option(help: "舆情跟踪|抽样调查|重点走访|会商分析 (repeatable).") var method: [String] = []
    @Option(help: "风险等级: 高|中|低.") var risk: String
    @Option(help: "The risks found.") var risks: String?
    @Option(help: "处置预案.") var plan: String?
    @Option(name: .customLong("reviewed-by"), help: "Who reviewed it.") var reviewedBy: String

    func run() throws {
        let desk = try context()
        let day = try desk.day(planned, option: "--planned") ?? desk.today
        let methods = try method.map { try desk.value($0, as: AssessmentMethod.self, option: "--method") }
        let level = try desk.value(risk, as: Level.self, option: "--risk")
        var recorded: String?
        _ = try desk.record { drafter throws(DraftRefusal) in
            let draft = try drafter.assess(title: title, unit: unit, plannedOn: day, methods: methods, riskLevel: level,
                                            risks: risks ?? "", plan: plan ?? "", reviewedBy: reviewedBy)
            if case .riskAssessed(let assessment) = draft.body { recorded = assessment.code }
            return draft
        }
        recorded.map { print($0) }
    }
}

/// Every 舆情风险评估 on the desk, with the cases opened from it.
struct Assessments: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "The desk's 舆情风险评估, with the cases opened from each.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Flag(help: "JSON array.") var json = false

    func run() throws {
        let desk = try context()
        let state = try desk.readState()
        let language = desk.strings.language
        func cases(_ assessment: RiskAssessment) -> [String] {
            state.cases.filter { $0.report.assessment == assessment.code }.map(\.code)
        }
        if json {
            print(JSONWriter.pretty(.array(state.assessments.map { assessment in
                .object(JSONObject([
                    ("code", .string(assessment.code)), ("title", .string(assessment.title)), ("unit", .string(assessment.unit)),
                    ("plannedOn", .string(assessment.plannedOn)),
                    ("methods", .array(assessment.methods.map { .string($0.chineseName) })),
                    ("riskLevel", .string(assessment.riskLevel.chineseName)), ("riskLevelCode", .string(assessment.riskLevel.code)),
                    ("risks", .string(assessment.risks)), ("plan", .string(assessment.plan)),
                    ("reviewedBy", .string(assessment.reviewedBy)), ("cases", .array(cases(assessment).map(JSONValue.string))),
                ]))
            })))
            return
        }
        for assessment in state.assessments {
            print(SafeText.singleLine(desk.strings.summary(of: .riskAssessed(assessment))))
            for line in [assessment.risks, assessment.plan] where !line.isEmpty { print("  " + SafeText.singleLine(line)) }
            let opened = cases(assessment)
            if !opened.isEmpty { print("  → " + opened.joined(separator: language == .chinese ? "、" : ", ")) }
        }
    }
}
