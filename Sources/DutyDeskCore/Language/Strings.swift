import Foundation

/// Every piece of text the desk shows a person, one table per language.
///
/// Screens and the CLI take a `Strings` value and never spell text themselves, so a
/// translation is one more table, and a missing entry is a compile error, not a blank.
public struct Strings: Sendable {
    public let language: Language
    // Countdown and clocks
    public let overdue: String
    let dayUnit: String
    public let noClock: String
    /// Between the items of a list in running text: "；" in Chinese, "; " in English.
    public let listSeparator: String
    let deadlineKinds: [DeadlineKind: String]
    let bands: [ClockBand: String]
    // Releases
    public let firstResponse: String
    let followUpPrefix: String
    public let pressConference: String
    // Case fields, as labels
    public let fields: Fields
    // Messages
    let recordingErrors: RecordingMessages
    let approaches: [Verification: String]
    public let usage: UsageMessages

    public struct Fields: Sendable {
        public let code, title, status, grade, channel, locality, caller, phone, detail: String
        public let discoveredAt, recordedAt, recordedBy, units, deadline, dueAt, timeLeft, timeline: String
        public let closedAt, none, triage, reports: String
    }

    public struct RecordingMessages: Sendable {
        let unknownCase, emptyField, inFuture, beforeDiscovery, caseClosed, notClosed, noOpenReferral, invalidValue,
            notAhead, noOpenItem: String
    }

    public struct UsageMessages: Sendable {
        public let unknownValue, badTime, badDay, badPeriod, logDamaged, logNotFound, readOnly,
            tornTail, noCases, verifyOK, recorded, reviewIsReadOnly, reviewing, handedOver: String
    }

    public static func table(for language: Language) -> Strings {
        language == .chinese ? .chinese : .english
    }

    public func deadlineKind(_ kind: DeadlineKind) -> String { deadlineKinds[kind] ?? kind.rawValue }
    public func band(_ band: ClockBand) -> String { bands[band] ?? "\(band)" }

    /// `1天03:12:09` above a day, `23:59:59` below, `超时 02:15:07` once overdue.
    public func countdown(_ secondsLeft: Int) -> String {
        let magnitude = abs(secondsLeft)
        let days = magnitude / 86_400
        let clock = String(format: "%02d:%02d:%02d", magnitude % 86_400 / 3600, magnitude % 3600 / 60, magnitude % 60)
        let text = days > 0 ? "\(days)\(dayUnit)\(clock)" : clock
        return secondsLeft < 0 ? "\(overdue) \(text)" : text
    }

    /// 首次回应 for the first release, then 续报一, 续报二 … (English: first response, follow-up 1 …).
    public func releaseName(number: Int) -> String {
        guard number > 0 else { return firstResponse }
        return language == .chinese ? followUpPrefix + ChineseNumeral.text(number) : "\(followUpPrefix) \(number)"
    }

    /// What the notices advise once verification is known: clarify an untrue report, publish
    /// measures and results for a true one.
    public func suggestedApproach(_ verification: Verification) -> String {
        approaches[verification] ?? ""
    }

    public func recordingError(_ error: RecordingError, timeZone: TimeZone) -> String {
        func time(_ date: Date) -> String { DisplayTime.minutes(date, in: timeZone) }
        let messages = recordingErrors
        switch error {
        case .unknownCase(let code): return fill(messages.unknownCase, code)
        case .emptyField(let name): return fill(messages.emptyField, name)
        case .inFuture(let field, let value, let now):
            return fill(messages.inFuture, field, time(value), time(now))
        case .beforeDiscovery(let field, let value, let discovered):
            return fill(messages.beforeDiscovery, field, time(value), time(discovered))
        case .caseClosed(let code): return fill(messages.caseClosed, code)
        case .notClosed(let code): return fill(messages.notClosed, code)
        case .noOpenReferral(let code): return fill(messages.noOpenReferral, code)
        case .invalidValue(let field, let value): return fill(messages.invalidValue, field, value)
        case .notAhead(let field, let value, let now): return fill(messages.notAhead, field, time(value), time(now))
        case .noOpenItem(let code): return fill(messages.noOpenItem, code)
        }
    }

    /// "3（值班电话、微博）": how many reports a case has had and through which channels.
    public func reportTally(_ subject: Case) -> String {
        let channels = subject.reportChannels.map { $0.name(in: language) }
        return language == .chinese ? "\(subject.reportCount)（\(channels.joined(separator: "、"))）"
            : "\(subject.reportCount) (\(channels.joined(separator: ", ")))"
    }

    /// One line of a timeline, in words.
    public func summary(of body: EventBody) -> String {
        language == .chinese ? chineseSummary(body) : englishSummary(body)
    }

    private func chineseSummary(_ body: EventBody) -> String {
        switch body {
        case .logCreated(let identity): "台账建立（值班台 \(identity.deskID)）"
        case .logRepaired(let repair): "修复日志尾部：截去 \(repair.length) 字节，另存为 \(repair.savedAs)"
        case .caseReported(let report):
            "登记：\(report.title)（\(report.channel.chineseName)，\(report.locality)，\(report.grade.chineseName)）"
        case .reportLinked(let linked):
            "再次报告（\(linked.channel.chineseName)\(linked.caller.isEmpty ? "" : "，" + linked.caller)）\(linked.note.isEmpty ? "" : "：" + linked.note)"
        case .caseRegraded(let grade, _): "定级为\(grade.chineseName)"
        case .caseTriaged(let triage):
            "研判：\(triage.grade.chineseName)，\(triage.verification.chineseName)"
                + (triage.warningClass.map { "，" + $0.chineseName } ?? "")
                + (triage.riskLevel.map { "，风险" + $0.chineseName } ?? "")
                + (triage.note.isEmpty ? "" : "。" + triage.note)
        case .unitAssigned(let unit, let role): "\(role.chineseName)：\(unit)"
        case .responsePublished(let response):
            "\(releaseName(number: response.number))（\(([response.method.chineseName, response.channel, response.spokesperson]).filter { !$0.isEmpty }.joined(separator: "，"))）\(response.text.isEmpty ? "" : "：" + response.text)"
        case .pressConferenceHeld(let press):
            "召开新闻发布会" + [press.speaker, press.venue].filter { !$0.isEmpty }.map { "，" + $0 }.joined()
        case .noteAdded(let text): "备注：\(text)"
        case .unitAcknowledged(let unit): "\(unit) 签收"
        case .caseTransferred(let unit, let reason): "转办至\(unit)：\(reason)"
        case .referralMade(let target, let note): "移交\(target.chineseName)" + (note.isEmpty ? "" : "：" + note)
        case .referralOutcome(_, let outcome): "移交结果：\(outcome)"
        case .caseReopened(let reason): "重新打开：\(reason)"
        case .instructionIssued(let leader, let text, _): "\(leader)批示：\(text)"
        case .meetingHeld(let meeting):
            "会商（\(meeting.attendees.joined(separator: "、"))）：\(meeting.decisions)"
                + (meeting.actions.isEmpty ? "" : "；督办 \(meeting.actions.filter { $0.dueAt != nil }.count) 项")
        case .itemReportedBack(_, let text): "回告：\(text)"
        case .itemCompleted: "督办事项办结"
        case .caseCorrected(let field, let value, _): "更正\(field.chineseName)为「\(value)」"
        case .caseClosed(let reason, _): "结案（\(reason.chineseName)）"
        case .shiftHandedOver(let handover):
            "交接班：\(handover.outgoing) 交 \(handover.incoming)" + (handover.note.isEmpty ? "" : "。" + handover.note)
        case .unrecognized(let type, _): "未知事件 \(type)"
        case .logCheckpointed(let checkpoint): "签名检查点：第 \(checkpoint.seq) 条"
        }
    }

    private func englishSummary(_ body: EventBody) -> String {
        switch body {
        case .logCreated(let identity): "Ledger created (desk \(identity.deskID))"
        case .logRepaired(let repair): "Torn tail repaired: \(repair.length) bytes cut, kept as \(repair.savedAs)"
        case .caseReported(let report):
            "Reported: \(report.title) (\(report.channel.englishName), \(report.locality), \(report.grade.englishName))"
        case .reportLinked(let linked):
            "Reported again (\(linked.channel.englishName)\(linked.caller.isEmpty ? "" : ", " + linked.caller))\(linked.note.isEmpty ? "" : ": " + linked.note)"
        case .caseRegraded(let grade, _): "Graded \(grade.englishName)"
        case .caseTriaged(let triage):
            "Triage: \(triage.grade.englishName), \(triage.verification.englishName)"
                + (triage.warningClass.map { ", " + $0.englishName } ?? "")
                + (triage.riskLevel.map { ", risk " + $0.englishName } ?? "")
                + (triage.note.isEmpty ? "" : ". " + triage.note)
        case .unitAssigned(let unit, let role): "\(role.englishName): \(unit)"
        case .responsePublished(let response):
            "\(releaseName(number: response.number)) (\(([response.method.englishName, response.channel, response.spokesperson]).filter { !$0.isEmpty }.joined(separator: ", ")))\(response.text.isEmpty ? "" : ": " + response.text)"
        case .pressConferenceHeld(let press):
            "Press conference held" + [press.speaker, press.venue].filter { !$0.isEmpty }.map { ", " + $0 }.joined()
        case .noteAdded(let text): "Note: \(text)"
        case .unitAcknowledged(let unit): "Acknowledged by \(unit)"
        case .caseTransferred(let unit, let reason): "Transferred to \(unit): \(reason)"
        case .referralMade(let target, let note): "Referred to \(target.englishName)" + (note.isEmpty ? "" : ": " + note)
        case .referralOutcome(_, let outcome): "Referral outcome: \(outcome)"
        case .caseReopened(let reason): "Reopened: \(reason)"
        case .instructionIssued(let leader, let text, _): "Instruction from \(leader): \(text)"
        case .meetingHeld(let meeting):
            "Joint meeting (\(meeting.attendees.joined(separator: ", "))): \(meeting.decisions)"
                + (meeting.actions.isEmpty ? "" : "; \(meeting.actions.filter { $0.dueAt != nil }.count) supervised")
        case .itemReportedBack(_, let text): "Reported back: \(text)"
        case .itemCompleted: "Supervised item done"
        case .caseCorrected(let field, let value, _): "Corrected \(field.englishName) to \"\(value)\""
        case .caseClosed(let reason, _): "Closed (\(reason.englishName))"
        case .shiftHandedOver(let handover):
            "Shift handed over: \(handover.outgoing) to \(handover.incoming)" + (handover.note.isEmpty ? "" : ". " + handover.note)
        case .unrecognized(let type, _): "Unknown event \(type)"
        case .logCheckpointed(let checkpoint): "Signed checkpoint at seq \(checkpoint.seq)"
        }
    }
}

extension Strings {
    public static let chinese = Strings(
        language: .chinese,
        overdue: "超时", dayUnit: "天", noClock: "—", listSeparator: "；",
        deadlineKinds: [.pressConference: "24小时内召开发布会", .response: "48小时内公开回应", .followUp: "持续发布"],
        bands: [.fresh: "正常", .warning: "过半", .critical: "紧急", .overdue: "超时"],
        firstResponse: "首次回应", followUpPrefix: "续报", pressConference: "新闻发布会",
        fields: Fields(
            code: "编号", title: "事由", status: "状态", grade: "分级", channel: "来源渠道", locality: "属地",
            caller: "来电人", phone: "电话", detail: "详情", discoveredAt: "发现时间", recordedAt: "录入时间",
            recordedBy: "值班员", units: "责任单位", deadline: "时限", dueAt: "截止", timeLeft: "剩余",
            timeline: "时间线", closedAt: "办结时间", none: "无", triage: "研判",
            reports: "报告"),
        recordingErrors: RecordingMessages(
            unknownCase: "没有编号为 {} 的事件",
            emptyField: "{} 不能为空",
            inFuture: "{} 时间 {} 晚于当前时间 {}，不能登记未来的时间",
            beforeDiscovery: "{} 时间 {} 早于发现时间 {}",
            caseClosed: "{} 已办结，不能再登记此项",
            notClosed: "{} 尚未办结，无需重新打开",
            noOpenReferral: "{} 没有待反馈结果的移交",
            invalidValue: "{} 的值「{}」无效",
            notAhead: "{} 截止时间 {} 不晚于当前时间 {}",
            noOpenItem: "{} 没有未办结的督办事项"),
        approaches: [
            .untrue: "建议：及时澄清事实、发布权威信息辟谣",
            .confirmed: "建议：公布已采取的措施和处置结果",
            .partlyTrue: "建议：说明事实，澄清不实部分，公布处置措施",
            .pending: "建议：先发布已掌握情况，核实后持续发布",
        ],
        usage: UsageMessages(
            unknownValue: "{} 无效：「{}」。可选值：{}",
            badTime: "{}：无法识别的时间「{}」。" + TimeInput.acceptedFormsZH,
            badDay: "{}：无法识别的日期「{}」。可用：2026-11-23、今天、昨天",
            badPeriod: "--from {} 晚于 --to {}",
            logDamaged: "台账损坏（第 {} 行，字节偏移 {}：{}），已转为只读，拒绝写入",
            logNotFound: "台账文件不存在：{}", readOnly: "台账以只读方式打开",
            tornTail: "台账尾部不完整（第 {} 行，字节偏移 {}），下次写入时将另存并截去",
            noCases: "没有待办事件", verifyOK: "ok {} events, head {}", recorded: "已登记 {}，{}截止 {}",
            reviewIsReadOnly: "--as-of 回看过去时只读，不能登记", reviewing: "回看：台账截至 {} 的状态（只读）",
            handedOver: "已交接班：{} 交 {}"))

    public static let english = Strings(
        language: .english,
        overdue: "overdue", dayUnit: "d ", noClock: "—", listSeparator: "; ",
        deadlineKinds: [.pressConference: "press conference in 24 h", .response: "public response in 48 h",
                        .followUp: "follow-up release"],
        bands: [.fresh: "ok", .warning: "half", .critical: "urgent", .overdue: "overdue"],
        firstResponse: "First response", followUpPrefix: "Follow-up", pressConference: "Press conference",
        fields: Fields(
            code: "Code", title: "Title", status: "Status", grade: "Grade", channel: "Channel", locality: "Locality",
            caller: "Caller", phone: "Phone", detail: "Detail", discoveredAt: "Discovered", recordedAt: "Recorded",
            recordedBy: "Operator", units: "Units", deadline: "Deadline", dueAt: "Due", timeLeft: "Left",
            timeline: "Timeline", closedAt: "Closed", none: "none", triage: "Triage",
            reports: "Reports"),
        recordingErrors: RecordingMessages(
            unknownCase: "no case with code {}",
            emptyField: "{} must not be empty",
            inFuture: "{} time {} is after now ({}): the future cannot be recorded",
            beforeDiscovery: "{} time {} is before the case was discovered ({})",
            caseClosed: "{} is closed",
            notClosed: "{} is not closed",
            noOpenReferral: "{} has no referral awaiting an outcome",
            invalidValue: "invalid value for {}: \"{}\"",
            notAhead: "{} due time {} is not after now ({})",
            noOpenItem: "{} has no open supervised item"),
        approaches: [
            .untrue: "Advice: state the facts and clarify (rebut the rumour)",
            .confirmed: "Advice: publish the measures taken and their results",
            .partlyTrue: "Advice: state the facts, correct what is untrue, publish the measures",
            .pending: "Advice: release what is known now, then keep releasing as it is verified",
        ],
        usage: UsageMessages(
            unknownValue: "invalid {}: \"{}\"; valid values: {}",
            badTime: "{}: cannot read the time \"{}\". " + TimeInput.acceptedFormsEN,
            badDay: "{}: cannot read the day \"{}\"; use 2026-11-23, today or yesterday",
            badPeriod: "--from {} is after --to {}",
            logDamaged: "ledger damaged (line {}, byte offset {}: {}); read-only, writing refused",
            logNotFound: "no ledger at {}", readOnly: "the ledger is open read-only",
            tornTail: "ledger tail incomplete (line {}, byte offset {}); the next write keeps it aside and cuts it",
            noCases: "no open cases", verifyOK: "ok {} events, head {}", recorded: "recorded {}, {} due {}",
            reviewIsReadOnly: "--as-of reviews the past read-only: nothing can be recorded",
            reviewing: "REVIEW: the ledger as it stood at {} (read-only)",
            handedOver: "shift handed over: {} to {}"))
}

/// Fills `{}` placeholders in order; tables stay readable and need no format specifiers.
public func fill(_ template: String, _ values: CustomStringConvertible...) -> String {
    var result = ""
    var remaining = values.makeIterator()
    var rest = Substring(template)
    while let range = rest.range(of: "{}") {
        result += rest[..<range.lowerBound]
        result += remaining.next()?.description ?? "{}"
        rest = rest[range.upperBound...]
    }
    return result + rest
}

/// 一, 二 … 九十九: how follow-up releases are numbered in Chinese documents.
enum ChineseNumeral {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func text(_ number: Int) -> String {
        guard number > 0, number < 100 else { return String(number) }
        let tens = number / 10, ones = number % 10
        let tensText = tens == 0 ? "" : (tens == 1 ? "" : digits[tens]) + "十"
        return tensText + (ones == 0 ? "" : digits[ones])
    }
}
