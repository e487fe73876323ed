/// The words of the reports, one table per language; domain words come from `Strings`.
public struct ReportStrings: Sendable {
    public let titles: ReportTitles
    /// Labels of facts and columns, by their JSON key.
    let labels: [String: String]
    /// Section titles, by section key.
    let sections: [String: String]
    public let empty: String
    public let notMet: String
    public let unassigned: String
    public let notTriaged: String
    public let dueWithin: String
    public let period: String

    public static func table(for language: Language) -> ReportStrings { language == .chinese ? .chinese : .english }

    public func label(_ key: String) -> String { labels[key] ?? key }
    public func section(_ key: String) -> String { sections[key] ?? key }
}

extension ReportStrings {
    public static let chinese = ReportStrings(
        titles: ReportTitles(handover: "交接班记录", daily: "舆情日志", stats: "考核统计", overdue: "超时通报",
                             caseBrief: "舆情专报", analysis: "舆情分析报告", accountability: "表彰与问责"),
        labels: [
            "desk": "值班台", "generatedAt": "生成时间", "date": "日期", "from": "起", "to": "止",
            "onDuty": "值班员", "shiftStart": "本班开始", "eventCount": "台账记录数", "headHash": "台账末条哈希", "checkpoint": "签名令牌",
            "code": "编号", "title": "事由", "grade": "突发事件等级", "status": "状态", "unit": "责任单位", "deadline": "时限",
            "dueAt": "截止", "left": "剩余时间", "locality": "属地", "channel": "来源渠道", "discoveredAt": "发现时间",
            "recordedAt": "录入时间", "recordedBy": "值班员", "releases": "回应", "handled": "当日处置",
            "source": "批示/承办", "text": "内容", "cases": "事件数", "discovered": "当日发现", "judged": "应考核",
            "onTime": "按时", "share": "按时率", "overdue": "超时", "firstReleaseMedian": "首次回应中位（小时）",
            "firstReleaseP90": "首次回应P90（小时）", "pressMedian": "发布会中位（小时）", "pressP90": "发布会P90（小时）",
            "day": "日期", "metAt": "完成时间", "lateBy": "超时（小时）", "missed": "超时次数", "longest": "最长超时（小时）",
            "reports": "报告次数", "caller": "来电人", "note": "说明", "warningClass": "预警类别", "verification": "核实",
            "riskLevel": "风险等级", "responseValue": "回应价值", "priority": "回应重点", "nature": "问题性质",
            "intensity": "舆情烈度", "publicReaction": "公众反应", "mediaInvolvement": "媒体介入", "role": "角色",
            "acknowledged": "签收", "release": "发布", "method": "方式", "at": "时间", "spokesperson": "发言人",
            "happenedAt": "发生时间", "summary": "事项", "closedAt": "办结时间", "horizon": "到期窗口（小时）",
            "kind": "时限类型", "referral": "移交", "level": "舆情等级", "lateRecorded": "补录",
            "corrections": "更正", "firstReportsDue": "应报告", "firstReportsMissed": "报告超时", "recipient": "报告对象",
            "decisions": "决定", "tolerated": "容错", "measure": "措施", "person": "人员", "trigger": "依据",
            "decidedBy": "决定人", "commendation": "表彰", "interview": "约谈", "criticism": "通报批评", "accountability": "问责",
            "report": "所据报告", "caseCodes": "相关事件", "sinceDiscovery": "距发现（小时）", "assessment": "风险评估", "plan": "处置预案",
            "plannedOn": "拟出台", "methods": "评估方式", "risks": "风险点", "reviewedBy": "审核人",
            "upwardReports": "报送", "category": "归口报送", "reportScope": "报送层级", "oldValue": "原值", "newValue": "更正为", "reason": "原因", "field": "字段",
            "factor": "研判项", "value": "结论", "feedback": "反馈", "scope": "影响范围", "consequences": "可能后果",
            "drafts": "起草", "signedOff": "已审定", "sentBack": "退回", "published": "已发布",
            "toSignOffMedian": "起草至审定中位（小时）", "toPublicationMedian": "起草至发布中位（小时）", "draft": "稿件",
            "stage": "进度", "agreement": "会签", "signOff": "审定", "wording": "口径", "urgentReason": "直接发布理由",
            "channels": "巡查渠道", "findings": "巡查结果", "patrolGap": "超过 {} 小时未巡查：{} 至 {}（{}）",
            "desks": "值班台数",
        ],
        sections: [
            "overdue": "已超时", "dueSoon": "即将到期", "open": "在办事件（按剩余时间）", "supervision": "待办督办与批示",
            "recorded": "本班登记", "cases": "事件", "facts": "基本情况", "spread": "来源与传播", "judgement": "分析研判",
            "handling": "处置情况", "responses": "公开回应", "next": "下一步", "timeline": "时间线", "byUnit": "按责任单位",
            "byGrade": "按突发事件等级", "perDay": "每日发现", "total": "合计", "byUnitSummary": "各单位超时情况",
            "missed": "超时明细", "byLevel": "按舆情等级", "lateRecorded": "补录（截止后补登、按发生时间计）",
            "corrections": "发现时间更正", "feedback": "单位反馈", "upwardReports": "报告与报送",
            "byUnitMeasures": "各单位表彰与问责", "decisions": "决定明细", "tolerated": "容错",
            "qualitative": "定性分析", "reportsByDay": "各渠道每日报告", "releaseTiming": "发布及用时",
            "mostReported": "报告最多的事件",
            "releaseWorkflow": "稿件审核用时（起草 → 审定 → 发布）", "drafts": "稿件（起草、会签、审定）",
            "patrols": "巡查记录", "byDesk": "各值班台",
        ],
        empty: "（无）", notMet: "未完成", unassigned: "未明确", notTriaged: "尚未研判", dueWithin: "{} 小时内到期",
        period: "{} 至 {}")

    public static let english = ReportStrings(
        titles: ReportTitles(handover: "Shift handover", daily: "Daily log", stats: "Timeliness statistics",
                             overdue: "Overdue notice", caseBrief: "Case brief", analysis: "Opinion analysis",
                             accountability: "Commendation and accountability"),
        labels: [
            "desk": "Desk", "generatedAt": "Generated", "date": "Date", "from": "From", "to": "To",
            "onDuty": "On duty", "shiftStart": "Shift began", "eventCount": "Ledger events", "headHash": "Ledger head hash", "checkpoint": "Signed token",
            "code": "Code", "title": "Title", "grade": "Emergency grade", "status": "Status", "unit": "Unit", "deadline": "Deadline",
            "dueAt": "Due", "left": "Time left", "locality": "Locality", "channel": "Channel", "discoveredAt": "Discovered",
            "recordedAt": "Recorded", "recordedBy": "Operator", "releases": "Releases", "handled": "Handled that day",
            "source": "From / by", "text": "Text", "cases": "Cases", "discovered": "Discovered that day", "judged": "Judged",
            "onTime": "On time", "share": "On-time share", "overdue": "Overdue", "firstReleaseMedian": "First release median (h)",
            "firstReleaseP90": "First release P90 (h)", "pressMedian": "Press conf. median (h)", "pressP90": "Press conf. P90 (h)",
            "day": "Day", "metAt": "Met", "lateBy": "Late (h)", "missed": "Missed", "longest": "Longest (h)",
            "reports": "Reports", "caller": "Caller", "note": "Note", "warningClass": "Warning class",
            "verification": "Verification", "riskLevel": "Risk", "responseValue": "Response value", "priority": "Priority",
            "nature": "Nature", "intensity": "Intensity", "publicReaction": "Public reaction",
            "mediaInvolvement": "Media involvement", "role": "Role", "acknowledged": "Acknowledged", "release": "Release",
            "method": "Method", "at": "At", "spokesperson": "Spokesperson", "happenedAt": "Happened", "summary": "What",
            "closedAt": "Closed", "horizon": "Due window (h)", "kind": "Deadline", "referral": "Referral",
            "level": "Opinion level", "lateRecorded": "Late-recorded", "corrections": "Corrections",
            "firstReportsDue": "Reports due", "firstReportsMissed": "Reports late", "recipient": "Reported to",
            "decisions": "Decisions", "tolerated": "Tolerated", "measure": "Measure", "person": "Person",
            "trigger": "Ground", "decidedBy": "Decided by", "commendation": "Commendation", "interview": "Interview",
            "criticism": "Criticism", "accountability": "Accountability", "report": "Report",
            "caseCodes": "Cases", "sinceDiscovery": "Since discovery (h)", "assessment": "Risk assessment", "plan": "Response plan",
            "plannedOn": "Planned", "methods": "Methods", "risks": "Risks", "reviewedBy": "Reviewed by",
            "upwardReports": "Reported up", "category": "Reporting category", "reportScope": "Level",
            "oldValue": "Was", "newValue": "Now", "reason": "Reason", "field": "Field", "factor": "Factor",
            "value": "Finding", "feedback": "Feedback", "scope": "Scope", "consequences": "Consequences",
            "drafts": "Drafts", "signedOff": "Signed off", "sentBack": "Sent back", "published": "Published",
            "toSignOffMedian": "Draft to sign-off median (h)", "toPublicationMedian": "Draft to release median (h)",
            "draft": "Draft", "stage": "Stage", "agreement": "Agreement", "signOff": "Sign-off", "wording": "Wording", "urgentReason": "Released directly because",
            "channels": "Channels checked", "findings": "Found", "patrolGap": "No patrol for over {} h: {} to {} ({})",
            "desks": "Desks",
        ],
        sections: [
            "overdue": "Overdue", "dueSoon": "Falling due", "open": "Open cases by time left",
            "supervision": "Open supervised items and instructions", "recorded": "Recorded this shift", "cases": "Cases",
            "facts": "Facts", "spread": "Source and spread", "judgement": "Judgement", "handling": "Handling",
            "responses": "Public responses", "next": "Next steps", "timeline": "Timeline", "byUnit": "By unit",
            "byGrade": "By emergency grade", "perDay": "Discovered per day", "total": "Total", "byUnitSummary": "By unit",
            "missed": "Missed deadlines", "byLevel": "By opinion level",
            "lateRecorded": "Late-recorded (typed after the due time, counted when they happened)",
            "corrections": "Discovery time corrections", "feedback": "Feedback from units",
            "byUnitMeasures": "Measures by unit", "decisions": "Decisions", "tolerated": "Mistakes tolerated",
            "qualitative": "Qualitative", "reportsByDay": "Reports per channel and day", "releaseTiming": "Releases and timing",
            "mostReported": "Most-reported cases",
            "releaseWorkflow": "Release drafts: time to sign-off and release", "drafts": "Drafts (agreement, sign-off)",
            "patrols": "Patrols", "byDesk": "By desk",
            "upwardReports": "Reported up",
        ],
        empty: "(none)", notMet: "not met", unassigned: "not set", notTriaged: "not yet triaged",
        dueWithin: "due within {} h", period: "{} to {}")
}
