import ArgumentParser
import DutyDeskCore
import DutyDeskJSON
import DutyDeskText
import Foundation

struct Instruct: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "instruct",
        abstract: HelpText.pick(zh: "批示：领导批示，截止前督办。", en: "Instruct: a leader's instruction, supervised until its due time."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "领导。", en: "The leader."))) var leader: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "批示内容。", en: "The instruction."))) var text: String
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "截止时间（+4h、明天 12:00、2026-11-24 12:00）。", en: "Due (+4h, tomorrow 12:00, 2026-11-24 12:00)."))) var due: String

    func run() throws {
        try perform(code) { desk in
            .instruct(leader: leader, text: text, dueAt: try desk.time(due, as: .due, option: "--due") ?? desk.now)
        }
    }
}

struct Meeting: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: HelpText.pick(zh: "会商：记录联席会商；每个带截止时间的 --action 成为督办事项。", en: "Meeting: record a joint meeting; each --action with a due time becomes a supervised item."),
        discussion: HelpText.pick(zh: "--action \"事项@单位@截止\"，如 --action \"公布水质检测结果@县水务局@+6h\"；单位和截止可省略。", en: "--action \"TEXT@UNIT@DUE\", e.g. --action \"publish the water test results@water bureau@+6h\"; unit and due may be left out."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "参会单位，以顿号或逗号分隔。", en: "Attending units, separated by commas."))) var attendees: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "会商决定。", en: "What was decided."))) var decisions: String
    @Option(parsing: .singleValue, help: ArgumentHelp(HelpText.pick(zh: "一项任务：事项@单位@截止（可重复）。", en: "An action: text@unit@due (repeatable)."))) var action: [String] = []
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "会商时间（默认现在）。", en: "When it was held (default now)."))) var at: String?

    func run() throws {
        try perform(code) { desk in
            let tasks = try action.map { line -> JointMeeting.Task in
                let parsed = JointMeeting.Task.parse(line)
                return JointMeeting.Task(text: parsed.text, unit: parsed.unit, dueAt: try desk.time(parsed.due, as: .due, option: "--action"))
            }
            let names = attendees.split(whereSeparator: { "、,，".contains($0) }).map { $0.trimmingSpaces() }
            return .meeting(JointMeeting(at: try desk.time(at, option: "--at") ?? desk.now, attendees: names,
                                         decisions: decisions, actions: tasks))
        }
    }
}

struct ReportBackCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-back", abstract: HelpText.pick(zh: "回告：报告督办事项的进展（默认第一项未结事项）。", en: "Report back: report progress on a supervised item (the first open one by default)."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "回告内容。", en: "What is reported."))) var text: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "事项的标识，见 `show --json`。", en: "The item's id, as `show --json` lists it."))) var item: String?

    func run() throws { try perform(code) { _ in .reportBack(item: item, text: text) } }
}

struct CompleteItem: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete-item", abstract: HelpText.pick(zh: "督办事项办结（默认第一项未结事项）。", en: "Mark a supervised item done (the first open one by default)."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "事项的标识。", en: "The item's id."))) var item: String?

    func run() throws { try perform(code) { _ in .completeItem(item: item) } }
}

/// A supervisor's decision about a unit, on the seeds' grounds; desk-level, naming its cases.
struct Decide: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "accountability",
        abstract: HelpText.pick(zh: "对单位（或其人员）的表彰、约谈、通报批评或问责，依据所列理由，写明涉及的事件。", en: "Commendation, interview, criticism or accountability of a unit (or one of its people), on the seeds' grounds, naming its cases."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: ArgumentHelp(HelpText.pick(zh: "表彰|约谈|通报批评|问责。", en: "commendation|interview|criticism|accountability."))) var measure: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "单位。", en: "The unit."))) var unit: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "单位中的人员（措施针对个人时）。", en: "A person of the unit, if the measure is about one."))) var person: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "工作做得好|工作消极|回应不及时|处置不力。", en: "good-work|passive|late-response|mishandled."))) var trigger: String
    @Option(name: .customLong("case"), help: ArgumentHelp(HelpText.pick(zh: "依据的事件（可重复）。", en: "A case it rests on (repeatable)."))) var cases: [String] = []
    @Option(help: ArgumentHelp(HelpText.pick(zh: "引起此措施的报表（如 2026年11月超时通报）。", en: "The report that prompted it (e.g. the November 2026 overdue notice)."))) var report: String?
    @Option(name: .customLong("decided-by"), help: ArgumentHelp(HelpText.pick(zh: "决定人。", en: "Who decided."))) var decidedBy: String
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "决定时间（默认现在）。", en: "When it was decided (default now)."))) var at: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "备注。", en: "Note."))) var note: String?

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
        commandName: "tolerate",
        abstract: HelpText.pick(zh: "容错：对代表政府发声者在事件中的失误予以容错，并说明原因。", en: "Tolerate: tolerate a mistake of someone who spoke for the government on the case, with why."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "发言人或发声者。", en: "The spokesperson or speaker."))) var person: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "原因（必填）。", en: "Why (required)."))) var reason: String

    func run() throws { try perform(code) { _ in .tolerate(person: person, reason: reason) } }
}

/// 舆情风险评估 of a planned decision, before any case: prints its FX- code.
struct Assess: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: HelpText.pick(zh: "拟出台决策的舆情风险评估：风险等级、发现的风险和处置预案；打印其编号。", en: "Opinion risk assessment of a planned decision: risk level, risks found and the response plan; prints its code."),
        discussion: HelpText.pick(zh: "决策引发舆情时，`add --assessment 编号` 登记的事件会带上它。", en: "When opinion follows the decision, `add --assessment CODE` opens the case carrying it."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: ArgumentHelp(HelpText.pick(zh: "拟出台的决策。", en: "The planned decision."))) var title: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "拟出台决策的单位。", en: "The unit that plans it."))) var unit: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "拟出台的日期（2026-12-10、今天）。", en: "The day it is planned for (2026-12-10, today)."), valueName: "day")) var planned: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "舆情跟踪|抽样调查|重点走访|会商分析（可重复）。", en: "tracking|sampling|visits|consultation (repeatable)."))) var method: [String] = []
    @Option(help: ArgumentHelp(HelpText.pick(zh: "风险等级：高|中|低。", en: "Risk level: high|medium|low."))) var risk: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "发现的风险。", en: "The risks found."))) var risks: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "处置预案。", en: "The response plan."))) var plan: String?
    @Option(name: .customLong("reviewed-by"), help: ArgumentHelp(HelpText.pick(zh: "审核人。", en: "Who reviewed it."))) var reviewedBy: String

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
    static let configuration = CommandConfiguration(commandName: "assessments", abstract: HelpText.pick(zh: "本台的舆情风险评估，以及由每项评估登记的事件。", en: "The desk's opinion risk assessments, with the cases opened from each."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Flag(help: ArgumentHelp(HelpText.pick(zh: "输出 JSON 数组。", en: "JSON array."))) var json = false

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
