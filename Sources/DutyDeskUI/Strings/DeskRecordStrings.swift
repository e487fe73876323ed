import DutyDeskCore

/// The words of the desk-level records in the console (issue 13): the accountability, 容错 and
/// risk-assessment forms, the assessment list and the contact directory.
/// One table per language, beside `ConsoleStrings`, so those screens add no line to its tables.
public struct DeskRecordStrings: Sendable {
    // The accountability decision (表彰·约谈·通报批评·问责).
    public let decisionTitle, measure, unit, person, trigger, cases, report, decidedBy, decidedAt, note: String
    // 容错.
    public let tolerateTitle, spokesperson, toleranceReason: String
    // The risk assessment (舆情风险评估).
    public let assessmentTitle, decisionPlanned, plannedUnit, plannedOn, methods, riskLevel, risks, plan,
        reviewedBy, plannedUnreadable: String
    // The assessment screen.
    public let assessmentsHeading, noAssessments, openedCases, noCasesOpened, assessmentCode: String
    // The contact directory.
    public let directoryHeading, caseUnitsFirst, searchPrompt, noMatch, onCallHeading, nobodyOnCall, until: String
    /// What a desk-level record's save says: {} is the record in the timeline's words.
    public let recorded: String

    public static func table(for language: Language) -> DeskRecordStrings { language == .chinese ? .chinese : .english }

    public static let chinese = DeskRecordStrings(
        decisionTitle: "表彰·约谈·通报批评·问责", measure: "措施", unit: "对象单位", person: "个人（可空）", trigger: "依据",
        cases: "涉及事件编号", report: "所据通报", decidedBy: "决定人", decidedAt: "决定时间",
        note: "说明",
        tolerateTitle: "容错", spokesperson: "出面回应人员", toleranceReason: "容错理由",
        assessmentTitle: "舆情风险评估", decisionPlanned: "拟出台决策", plannedUnit: "决策单位", plannedOn: "拟出台日期",
        methods: "评估方法", riskLevel: "风险等级", risks: "发现的风险", plan: "处置预案",
        reviewedBy: "审核人", plannedUnreadable: "无法识别日期「{}」（如 2026-12-10、今天、明天）",
        assessmentsHeading: "舆情风险评估 {} 项 · n 新评估 · c 据此立案", noAssessments: "（尚无风险评估；n 新建一项）",
        openedCases: "据此立案", noCasesOpened: "尚无", assessmentCode: "风险评估",
        directoryHeading: "通讯录 · {} 个单位 · / 搜索", caseUnitsFirst: "事件 {} 的单位在前（●）", searchPrompt: "搜索通讯录：",
        noMatch: "（没有匹配「{}」的单位）", onCallHeading: "当前值班", nobodyOnCall: "值班表中此刻无人", until: "至 {}",
        recorded: "已记录：{}")

    public static let english = DeskRecordStrings(
        decisionTitle: "Commendation · interview · criticism · accountability", measure: "Measure", unit: "Unit",
        person: "Person (optional)", trigger: "Ground", cases: "Case codes",
        report: "Prompted by", decidedBy: "Decided by", decidedAt: "Decided at", note: "Note",
        tolerateTitle: "Tolerate a mistake", spokesperson: "Who spoke", toleranceReason: "Why",
        assessmentTitle: "Risk assessment", decisionPlanned: "Planned decision", plannedUnit: "Unit", plannedOn: "Planned for",
        methods: "Methods", riskLevel: "Risk level", risks: "Risks found",
        plan: "Response plan", reviewedBy: "Reviewed by",
        plannedUnreadable: "cannot read the day \"{}\" (e.g. 2026-12-10, today, tomorrow)",
        assessmentsHeading: "{} risk assessments · n new · c open a case from it",
        noAssessments: "(no risk assessment yet; n records one)", openedCases: "Cases opened", noCasesOpened: "none",
        assessmentCode: "Risk assessment",
        directoryHeading: "Contacts · {} units · / search", caseUnitsFirst: "case {}'s units first (●)",
        searchPrompt: "Search contacts: ", noMatch: "(no unit matches \"{}\")", onCallHeading: "On call now",
        nobodyOnCall: "nobody on the roster now", until: "until {}",
        recorded: "Recorded: {}")
}
