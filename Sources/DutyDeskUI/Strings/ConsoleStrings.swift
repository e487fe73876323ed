import DutyDeskCore

/// The console's own words, one table per language; domain words (grades, countdowns,
/// timeline summaries) come from `Strings` in the core.
public struct ConsoleStrings: Sendable {
    public let domain: Strings
    public let appName: String
    public let operatorLabel: String
    public let overdueCount: String
    let lanes: [Lane: String]
    let actions: [Action: String]
    public let ledgerSound: String
    public let ledgerChecking: String
    public let ledgerTorn: String
    public let ledgerDamaged: String
    public let filterLabel: String
    public let filterHint: String
    public let searchPrompt: String
    public let emptyLane: String
    public let noCaseSelected: String
    public let tooSmall: String
    public let helpTitle: String
    public let contexts: [Context: String]
    public let columns: Columns
    public let detailSections: DetailSections
    public let meeting: MeetingWords
    public let statistics: StatisticsWords
    public let onDuty: String
    public let preview: PreviewWords
    /// A key that means nothing on this screen: {} names it.
    public let keyNotHere: String
    public let command: CommandWords
    /// What the queue's short cells stand for, under the keys of its `?` help (`HelpOverlay`): one
    /// clause a cell, so a line breaks between clauses, never inside one.
    public let queueLegend: [String]
    public let legendSeparator: String

    public struct Columns: Sendable {
        public let code, grade, title, locality, unit, status, clock: String
        /// Each status as the queue's column says it, as narrow as the column's name: 续报中 for
        /// 持续发布 (two cells the title needs at 80 columns), and English's short words (Active,
        /// Follow), which the help's legend spells out.
        let statuses: [CaseStatus: String]
        /// A case whose only conferences did not count (no 负责人 or 新闻发言人), as narrow as a status.
        public let conferenceUncounted: String
    }

    public struct DetailSections: Sendable {
        public let clock, facts, units, timeline, started, noUnits, acknowledged, awaitingOutcome, contact: String
    }

    public struct MeetingWords: Sendable {
        public let page, readOnly, notTriaged, notAcknowledged, noResponse, responses, latest, agenda: String
        /// The last row of a pane with rows left below it: how many, and the key that shows them.
        public let more: String
        /// What stands between days and hours in the big clock, as in the countdown's words.
        public let dayMark: Character
    }

    /// The queue's preview of the selected case, and the grade column's words (`gradeColumn`).
    public struct PreviewWords: Sendable {
        public let title, next, nothingNext, emergency: String
        let shortLevels: [OpinionLevel: String]
    }

    /// The `:` command line's words (`QueueCommand`).
    public struct CommandWords: Sendable {
        public let invalid, unknown, completions: String
    }

    public struct StatisticsWords: Sendable {
        public let title, onTimeByUnit, perDay, notJudged, none: String
    }

    public static func table(for language: Language) -> ConsoleStrings {
        language == .chinese ? .chinese : .english
    }

    public func lane(_ lane: Lane) -> String { lanes[lane] ?? "\(lane)" }
    public func action(_ action: Action) -> String { actions[action] ?? action.rawValue }

    /// The queue's status cell: where a pending draft waits, else the status, short.
    public func statusColumn(_ subject: Case) -> String {
        if let stage = domain.releaseStageInQueue(of: subject) { return stage }
        // The full words (发布会未计) are in the preview and the detail; the column keeps the title's room.
        if domain.conferenceFlag(of: subject) != nil { return columns.conferenceUncounted }
        return status(subject.status)
    }

    public func status(_ status: CaseStatus) -> String { columns.statuses[status] ?? status.name(in: domain.language) }

    /// What the queue's grade column shows, in as few cells as it reads in (so the title keeps 16
    /// CJK characters at 80 columns): 突发 for a case on the 24-hour press-conference clock (a
    /// 特别重大 or 重大 emergency; which one, the preview and the detail say), else the opinion
    /// level (一般, 较大, 重大, 特大), which decides the first report and the leader's duty.
    public func gradeColumn(_ subject: Case) -> String { gradeColumn(grade: subject.grade, level: subject.level) }

    public func gradeColumn(grade: Grade, level: OpinionLevel) -> String {
        grade.requiresPressConference ? preview.emergency : preview.shortLevels[level] ?? ""
    }
}

extension ConsoleStrings {
    public static let chinese = ConsoleStrings(
        domain: .chinese, appName: "舆情值班台", operatorLabel: "值班员", overdueCount: "超时",
        lanes: [.pendingTriage: "待研判", .handling: "处置中", .releasing: "持续发布", .closed: "已办结", .all: "全部"],
        actions: [
            .moveUp: "上移", .moveDown: "下移", .pageUp: "上一页", .pageDown: "下一页", .first: "第一条", .last: "最后一条",
            .nextLane: "下一栏", .previousLane: "上一栏", .open: "打开", .back: "返回", .search: "搜索", .commandLine: "命令行", .newReport: "电话登记", .triage: "研判",
            .assign: "责任单位", .respond: "公开回应", .pressConference: "新闻发布会", .note: "备注", .close: "办结",
            .acknowledge: "签收", .transfer: "转办", .refer: "移交公安、网监", .referralOutcome: "移交结果", .reopen: "重新打开",
            .correct: "更正", .instruct: "领导批示", .meeting: "会商", .reportBack: "回告", .completeItem: "督办办结", .feedback: "单位反馈", .reportUp: "报告上级",
            .help: "帮助", .redraw: "重绘", .quit: "退出",
            .mark: "标记议题", .meetingMode: "会商模式", .handoverScreen: "交接班", .reports: "报表", .statistics: "统计",
            .nextReport: "下一种报表", .previousReport: "上一种报表", .handOver: "交班",
            .decide: "表彰问责", .tolerate: "容错", .releaseStep: "稿件审核", .patrol: "巡查", .offlineStep: "网下处置", .analyseTransfer: "转办分析", .tickChecklist: "预案事项", .wordings: "口径库", .assessments: "风险评估", .newAssessment: "新评估",
            .caseFromAssessment: "据此立案", .directory: "通讯录", .analysis: "舆情分析",
            .save: "保存", .cancel: "取消", .nextField: "下一项", .previousField: "上一项", .pickChoice: "按编号选",
            .linkReport: "并入相似事件", .restoreDraft: "恢复草稿", .discardDraft: "丢弃草稿", .reloadForm: "按最新情况重填",
            .saveAnyway: "仍然保存",
        ],
        ledgerSound: "台账正常", ledgerChecking: "台账核验中", ledgerTorn: "台账尾部不完整（下次写入时修复）",
        ledgerDamaged: "台账损坏：第 {} 条（{}）{}，已转为只读",
        filterLabel: "筛选", filterHint: "Esc 清除", searchPrompt: "搜索：", emptyLane: "（此栏没有事件）", noCaseSelected: "（先在队列中选中一件事件）",
        tooSmall: "终端太小，至少需要 80×24（当前 {}×{}）", helpTitle: "按键说明",
        contexts: [.city: "市级视图", .queue: "事件队列", .detail: "事件详情", .help: "帮助", .form: "表单", .meeting: "会商", .report: "报表",
                   .statistics: "统计", .assessments: "风险评估", .directory: "通讯录", .analysis: "舆情分析",
                   .choice: "表单 · 选项", .draftOffer: "恢复草稿", .conflict: "他人已更新"],
        columns: Columns(code: "编号", grade: "分级", title: "事由", locality: "属地", unit: "责任单位", status: "状态",
                         clock: "剩余时间", statuses: [.pendingTriage: "待研判", .handling: "处置中", .releasing: "续报中", .closed: "已办结"],
                         conferenceUncounted: "会未计"),
        detailSections: DetailSections(clock: "时限", facts: "基本情况", units: "责任单位", timeline: "时间线",
                                       started: "起算", noUnits: "尚未明确", acknowledged: "已签收",
                                       awaitingOutcome: "待反馈结果", contact: "负责人 {} · 联络人 {} · {}"),
        meeting: MeetingWords(page: "会商 · 议题 {}/{}", readOnly: "只读 · h 记录会商", notTriaged: "尚未研判",
                              notAcknowledged: "未签收", noResponse: "尚未公开回应", responses: "公开回应",
                              latest: "最近动态", agenda: "议程 {}", more: "↓ 还有 {} 行（↓/j 向下滚动）", dayMark: "天"),
        statistics: StatisticsWords(title: "考核统计 {} · 事件 {} · 按时率 {}", onTimeByUnit: "按时率（本月，按责任单位）",
                                    perDay: "每日发现（近14天）", notJudged: "— 暂无应考核事件（{} 件）", none: "（无）"),
        onDuty: "在班 {}",
        preview: PreviewWords(title: "预览", next: "下一步", nothingNext: "无待办", emergency: "突发",
                              shortLevels: [.general: "一般", .significant: "较大", .major: "重大", .extraordinary: "特大"]),
        keyNotHere: "{} 在此没有作用（q 退出，? 按键说明）",
        command: CommandWords(invalid: "「{}」不是{}：可用 {}",
                              unknown: "没有命令或事件「{}」：可用 {}，或事件编号",
                              completions: "Tab 补全：{}"),
        queueLegend: ["编号略去各行相同的 YQ- 与年份（预览中完整）", "突发：重大、特别重大突发事件，24小时时限", "督：督办事项时限",
                      "报：首报时限"], legendSeparator: "；")

    public static let english = ConsoleStrings(
        domain: .english, appName: "DutyDesk", operatorLabel: "Operator", overdueCount: "overdue",
        lanes: [.pendingTriage: "Triage", .handling: "Handling", .releasing: "Releasing", .closed: "Closed", .all: "All"],
        actions: [
            .moveUp: "Up", .moveDown: "Down", .pageUp: "Page up", .pageDown: "Page down", .first: "First", .last: "Last",
            .nextLane: "Lane", .previousLane: "Previous lane", .open: "Open", .back: "Back",
            .search: "Search", .commandLine: "Command line", .newReport: "New", .triage: "Triage",
            .assign: "Unit", .respond: "Response", .pressConference: "Press conference", .note: "Note", .close: "Close",
            .acknowledge: "Acknowledge", .transfer: "Transfer", .refer: "Refer", .referralOutcome: "Referral outcome",
            .reopen: "Reopen", .correct: "Correct", .instruct: "Instruction", .meeting: "Joint meeting",
            .reportBack: "Report back", .completeItem: "Item done", .feedback: "Unit feedback", .reportUp: "Report up", .help: "Help", .redraw: "Redraw", .quit: "Quit",
            .mark: "Mark for agenda", .meetingMode: "Meeting mode", .handoverScreen: "Handover", .reports: "Reports",
            .statistics: "Statistics", .nextReport: "Next report", .previousReport: "Previous report", .handOver: "Hand over",
            .decide: "Accountability", .tolerate: "Tolerate", .releaseStep: "Release draft", .patrol: "Patrol", .offlineStep: "Offline step", .analyseTransfer: "Transfer analysis", .tickChecklist: "Plan item", .wordings: "Wording library", .assessments: "Risk assessments", .newAssessment: "New assessment",
            .caseFromAssessment: "Open a case", .directory: "Contacts", .analysis: "Analysis",
            .save: "Save", .cancel: "Cancel", .nextField: "Next field", .previousField: "Previous field",
            .pickChoice: "Pick by number", .linkReport: "Link to the similar case", .restoreDraft: "Restore draft",
            .discardDraft: "Discard draft", .reloadForm: "Refill on the latest", .saveAnyway: "Save anyway",
        ],
        ledgerSound: "ledger ok", ledgerChecking: "verifying ledger", ledgerTorn: "ledger tail incomplete (repaired on next write)",
        ledgerDamaged: "LEDGER DAMAGED at event {} ({}) {}; read-only",
        filterLabel: "Filter", filterHint: "Esc clears", searchPrompt: "Search: ", emptyLane: "(no cases in this lane)", noCaseSelected: "(select a case in the queue first)",
        tooSmall: "Terminal too small: needs at least 80×24 (now {}×{})", helpTitle: "Keys",
        contexts: [.city: "City view", .queue: "Queue", .detail: "Case", .help: "Help", .form: "Form", .meeting: "Meeting", .report: "Report",
                   .statistics: "Statistics", .assessments: "Risk assessments", .directory: "Contacts",
                   .analysis: "Analysis", .choice: "Form · choice", .draftOffer: "Restore draft",
                   .conflict: "Changed meanwhile"],
        columns: Columns(code: "Code", grade: "Grade", title: "Title", locality: "Locality", unit: "Unit",
                         status: "Status", clock: "Time left",
                         statuses: [.pendingTriage: "Triage", .handling: "Active", .releasing: "Follow", .closed: "Closed"],
                         conferenceUncounted: "Uncnt"),
        detailSections: DetailSections(clock: "Clock", facts: "Facts", units: "Units", timeline: "Timeline",
                                       started: "from", noUnits: "not yet set", acknowledged: "acknowledged",
                                       awaitingOutcome: "awaiting outcome", contact: "head {} · liaison {} · {}"),
        meeting: MeetingWords(page: "Joint meeting · item {}/{}", readOnly: "read-only · h records the meeting",
                              notTriaged: "not yet triaged", notAcknowledged: "not acknowledged",
                              noResponse: "no public response yet", responses: "Public responses", latest: "Latest",
                              agenda: "agenda {}", more: "↓ {} more rows (↓/j scrolls)", dayMark: "d"),
        statistics: StatisticsWords(title: "Timeliness {} · {} cases · {} on time", onTimeByUnit: "On-time share this month, by unit",
                                    perDay: "Discovered per day (last 14 days)", notJudged: "— nothing to judge yet ({} in all)",
                                    none: "(none)"),
        onDuty: "on duty {}",
        preview: PreviewWords(title: "Preview", next: "Next", nothingNext: "nothing pending", emergency: "Emerg",
                              shortLevels: [.general: "Gen", .significant: "Sig", .major: "Major", .extraordinary: "Extr"]),
        keyNotHere: "{} does nothing here (q quits, ? lists the keys)",
        command: CommandWords(invalid: "\"{}\" is no {}: use {}",
                              unknown: "No command or case \"{}\": use {}, or a case code",
                              completions: "Tab completes: {}"),
        queueLegend: ["Code: the YQ-year all rows share left out", "Gen/Sig/Extr: opinion level", "Emerg: 24 h emergency",
                      "Active: handling", "Follow: releasing", "ok n/m: units agreed", "Sign: to sign off", "Ready: to publish",
                      "late: overdue", "urg: ¾ of the time gone", "S, R: a supervised item's, the first report's clock"],
        legendSeparator: "; ")
}
