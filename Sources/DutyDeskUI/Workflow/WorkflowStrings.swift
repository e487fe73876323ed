import DutyDeskCore

/// Titles and labels of the workflow forms, one table per language.
public struct WorkflowStrings: Sendable {
    public let intakeTitle, triageTitle: String
    public let title, locality, channel, caller, phone, detail, discovered, grade, unit: String
    public let verification, warningClass, priority, risk, value, nature, intensity, reaction, media, note, at: String
    public let duplicates, linkHint, restorePrompt, newDeadline, saved, linked, recorded: String
    public let assignTitle, respondTitle, pressTitle, noteTitle, closeTitle: String
    public let role, method, releaseText, happenedAt, speaker, venue, noteText, reason: String
    public let acknowledgeTitle, transferTitle, referTitle, outcomeTitle, reopenTitle, correctTitle: String
    public let why, target, outcome, field, correctValue: String
    public let instructTitle, meetingTitle, reportBackTitle, completeTitle: String
    public let leader, instruction, due, attendees, decisions, actions, actionsDue, item, progress, supervision, reportedBack: String
    public let conflictTitle: String
    public let releaseChannel: String
    public let handoverTitle, incoming, handoverNote, handoverAnchor, handedOver: String
    public let actionDueUnreadable: String
    public let level, scope, consequences, feedbackTitle, feedbackText, correctionReason: String
    public let reportUpTitle, recipient, reportMethod, reportText, reportScope, category, principalLeader: String

    public static func table(for language: Language) -> WorkflowStrings { language == .chinese ? .chinese : .english }

    public static let chinese = WorkflowStrings(
        intakeTitle: "电话登记", triageTitle: "研判",
        title: "一句话事由", locality: "属地", channel: "来源渠道", caller: "来电人", phone: "电话", detail: "详情",
        discovered: "发现时间", grade: "突发事件等级", unit: "责任单位",
        verification: "核实", warningClass: "预警类别", priority: "回应重点", risk: "风险等级", value: "回应价值",
        nature: "问题性质", intensity: "舆情烈度", reaction: "公众反应", media: "媒体介入", note: "研判意见",
        at: "研判时间",
        duplicates: "可能重复：", linkHint: "F2 关联到 {}（不新建事件）",
        restorePrompt: "发现未保存的电话登记草稿（{}，{}）。恢复？ y 恢复 / n 丢弃",
        newDeadline: "保存后时限：{}，截止 {}（{}）", saved: "已登记 {}", linked: "已关联到 {}", recorded: "已记录 {}：{}",
        assignTitle: "责任单位", respondTitle: "公开回应", pressTitle: "新闻发布会", noteTitle: "备注", closeTitle: "办结",
        role: "角色", method: "回应方式", releaseText: "发布内容", happenedAt: "发生时间", speaker: "发言人", venue: "地点",
        noteText: "备注内容", reason: "办结原因",
        acknowledgeTitle: "签收", transferTitle: "转办", referTitle: "移交公安、网监", outcomeTitle: "移交结果",
        reopenTitle: "重新打开", correctTitle: "更正", why: "原因", target: "移交对象", outcome: "结果", field: "更正项",
        correctValue: "更正为",
        instructTitle: "领导批示", meetingTitle: "会商", reportBackTitle: "回告", completeTitle: "督办办结",
        leader: "批示领导", instruction: "批示内容", due: "办理时限", attendees: "参会单位", decisions: "会商意见",
        actions: "督办事项（每行一项：事项@单位@截止）", actionsDue: "督办时限", item: "督办事项", progress: "办理进展",
        supervision: "督办", reportedBack: "已回告 {} 次",
        conflictTitle: "表单打开后，此事件已被他人修改：",
        releaseChannel: "发布渠道",
        handoverTitle: "交接班", incoming: "接班人", handoverNote: "交班说明",
        handoverAnchor: "交接锚点：台账 {} 条，末条哈希 {}", handedOver: "已交接班：{} 交 {}",
        actionDueUnreadable: "第 {} 项的截止时间「{}」无法识别（如 +4h、明天 12:00）",
        level: "舆情等级", scope: "影响范围", consequences: "可能后果", feedbackTitle: "单位反馈", feedbackText: "反馈内容",
        correctionReason: "更正原因",
        reportUpTitle: "报告上级", recipient: "报告对象", reportMethod: "报告方式", reportText: "报告内容", reportScope: "报送层级",
        category: "归口报送", principalLeader: "主要负责同志")

    public static let english = WorkflowStrings(
        intakeTitle: "Phone intake", triageTitle: "Triage",
        title: "Title", locality: "Locality", channel: "Channel", caller: "Caller", phone: "Phone", detail: "Detail",
        discovered: "Discovered", grade: "Emergency grade", unit: "Unit",
        verification: "Verification", warningClass: "Warning class", priority: "Priority", risk: "Risk", value: "Value",
        nature: "Nature", intensity: "Intensity", reaction: "Reaction", media: "Media", note: "Judgement",
        at: "Judged at",
        duplicates: "Possible duplicates: ", linkHint: "F2 links to {} (no new case)",
        restorePrompt: "An unsaved intake draft was found ({}, {}). Restore? y restore / n discard",
        newDeadline: "After saving: {}, due {} ({})", saved: "Recorded {}", linked: "Linked to {}", recorded: "Recorded on {}: {}",
        assignTitle: "Unit", respondTitle: "Public response", pressTitle: "Press conference", noteTitle: "Note",
        closeTitle: "Close", role: "Role", method: "Method", releaseText: "Released text", happenedAt: "Happened at",
        speaker: "Speaker", venue: "Venue", noteText: "Note", reason: "Reason",
        acknowledgeTitle: "Acknowledge", transferTitle: "Transfer", referTitle: "Referral", outcomeTitle: "Referral outcome",
        reopenTitle: "Reopen", correctTitle: "Correct", why: "Why", target: "Refer to", outcome: "Outcome", field: "Field",
        correctValue: "Right value",
        instructTitle: "Instruction", meetingTitle: "Joint meeting", reportBackTitle: "Report back",
        completeTitle: "Item done", leader: "Leader", instruction: "Instruction", due: "Due", attendees: "Attendees",
        decisions: "Decisions", actions: "Actions (one a line: task@unit@due)", actionsDue: "Actions due",
        item: "Item", progress: "Progress", supervision: "Supervised", reportedBack: "reported back {}×",
        conflictTitle: "Someone changed this case after the form opened:",
        releaseChannel: "Released on",
        handoverTitle: "Shift handover", incoming: "Incoming operator", handoverNote: "Handover note",
        handoverAnchor: "Anchor: {} ledger events, head hash {}", handedOver: "Handed over: {} to {}",
        actionDueUnreadable: "action {}: cannot read the due time \"{}\" (e.g. +4h, tomorrow 12:00)",
        level: "Opinion level", scope: "Scope", consequences: "Consequences", feedbackTitle: "Unit feedback",
        feedbackText: "What was done", correctionReason: "Why",
        reportUpTitle: "Report up", recipient: "Reported to", reportMethod: "Method", reportText: "What was reported",
        reportScope: "Level", category: "Reporting category", principalLeader: "Principal leader")
}
