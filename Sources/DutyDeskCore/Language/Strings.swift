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
    /// A queue row's words for overdue and the 50 %/75 % steps (`compact`): English's are cut to
    /// the cells a title needs at 80 columns (late, urg), Chinese's are already that short.
    let compactOverdue: String
    let compactBands: [ClockBand: String]
    /// A queue row's markers of a supervised item's and the first report's clock: English's one
    /// letter each (S, R), as Chinese's one character (督, 报).
    let compactMarkers: (supervised: String, firstReport: String)
    /// Before a queue row's countdown when the clock shown is a supervised item's (督办), not the case's.
    let supervisedMarker: String
    /// Marks the first-report clock on a row, as 督 marks a supervised item's.
    let firstReportMarker: String
    // Releases
    public let firstResponse: String
    let followUpPrefix: String
    public let pressConference: String
    // Case fields, as labels
    public let fields: Fields
    // Messages
    let recordingErrors: RecordingMessages
    let recordingFields: RecordingFieldNames
    let approaches: [Verification: String]
    public let usage: UsageMessages
    public let contacts: ContactWords

    /// The contact directory's headings.
    public struct ContactWords: Sendable {
        public let unit, head, leader, liaison, phone, noUnits, onCallNow, nobody, until: String
    }

    public struct Fields: Sendable {
        public let code, title, status, grade, channel, locality, caller, phone, detail: String
        public let discoveredAt, recordedAt, operatorName, units, deadline, dueAt, timeLeft, timeline: String
        public let closedAt, none, triage, reports, level, feedback: String
    }

    public struct RecordingMessages: Sendable {
        let unknownCase, emptyField, inFuture, beforeDiscovery, caseClosed, notClosed, noOpenReferral, invalidValue,
            notAhead, noOpenItem, unitWithoutRole, noUnits, discoveryAfterRecording, discoveryAfterMilestone,
            nothingJudged, alreadyRecorded, notASpokesperson, noSpokesperson, unknownAssessment, tooLong: String
    }

    /// The fields a refusal names (`RecordingField`), as a person reads them.
    struct RecordingFieldNames: Sendable {
        let title, locality, discoveredAt, unit, text, at, due, leader, decisions, reason, outcome, incoming,
            asOf, recipient, person, decidedBy, reviewedBy, channels: String
    }

    public struct UsageMessages: Sendable {
        public let unknownValue, badTime, badDay, badPeriod, ledgerDamaged, ledgerNotFound, readOnly,
            tornTail, noCases, verifyOK, recorded, reviewIsReadOnly, reviewing, handedOver, unknownCommand,
            demoLedger: String
        /// What a supervised item's clock is called in a list of clocks, and its confirmation on the CLI.
        public let supervisedItem, recordedItem: String
        public let importLine, importNotObject, importNotText, importUnknownKey, importRequired: String
        /// `verify` on a torn or damaged ledger: line, byte offset, what is wrong.
        public let verifyFault: String
        public let configMissing, configUnreadable, demoExists, outUnwritable, notATerminal, unknownTerminal: String
        /// Who records when no name is given (`--operator`, `DUTYDESK_OPERATOR`) and the system names no user.
        public let unnamedOperator: String
        /// `store init|migrate` and `store import`: the schema as it was found and left, the events loaded.
        public let schemaCurrent, schemaMigrated, storeImported: String
        /// The command line parser's own refusals, said again in the operator's language (`ParserWords`).
        public let parser: ParserWords
    }

    /// What swift-argument-parser refuses, with the option or value it names: missing, unknown,
    /// unexpected, invalid, without a value; and where the usage is told.
    public struct ParserWords: Sendable {
        public let missing, unknownOption, unexpected, invalid, missingValue, seeHelp: String
    }

    public static func table(for language: Language) -> Strings {
        language == .chinese ? .chinese : .english
    }

    public func deadlineKind(_ kind: DeadlineKind) -> String { deadlineKinds[kind] ?? kind.rawValue }
    public func band(_ band: ClockBand) -> String { bands[band] ?? "\(band)" }

    /// `1天03:12:09` above a day, `23:59:59` below, `超时 02:15:07` once overdue. `compact` is a
    /// queue row's form: no seconds once a day is on the clock (`1天03:12`), where a ticking second
    /// says nothing a day out and its three cells go to the title instead, and the short word for
    /// overdue (`late 02:15:07` in English; the help's legend says what it stands for).
    public func countdown(_ secondsLeft: Int, compact: Bool = false) -> String {
        let magnitude = abs(secondsLeft)
        let days = magnitude / 86_400
        // Digits from a table rather than String(format:): the queue writes a countdown per row shown, every second.
        let hoursMinutes = Self.twoDigits[magnitude % 86_400 / 3600] + ":" + Self.twoDigits[magnitude % 3600 / 60]
        let text = days > 0
            ? String(days) + dayUnit + hoursMinutes + (compact ? "" : ":" + Self.twoDigits[magnitude % 60])
            : hoursMinutes + ":" + Self.twoDigits[magnitude % 60]
        return secondsLeft < 0 ? (compact ? compactOverdue : overdue) + " " + text : text
    }

    /// "00" to "59".
    private static let twoDigits: [String] = (0..<60).map { ($0 < 10 ? "0" : "") + String($0) }

    /// The two grades where a bare name would not say which is which: "舆情重大", "突发一般", "无突发事件".
    public func levelTag(_ level: OpinionLevel) -> String {
        language == .chinese ? "舆情" + level.chineseName : "Opinion " + level.englishName.lowercased()
    }

    public func gradeTag(_ grade: Grade) -> String {
        if grade == .none { return language == .chinese ? "无突发事件" : "No emergency" }
        return language == .chinese ? "突发" + grade.chineseName : "Emergency " + grade.englishName.lowercased()
    }

    /// A clock's countdown with its 50 %/75 % step in words (过半, 紧急), so it reads without colour.
    public func clock(_ reading: ClockReading, compact: Bool = false) -> String {
        let text = countdown(reading.secondsLeft, compact: compact)
        guard reading.band == .warning || reading.band == .critical else { return text }
        return text + " " + ((compact ? compactBands[reading.band] : nil) ?? band(reading.band))
    }

    /// The clock a case is queued and listed by (`CaseStanding.mostUrgent`), marked 督 when it is
    /// a supervised item's rather than the case's own, so an overdue instruction shows on its row.
    /// `compact` as in `countdown`.
    public func urgentClock(_ standing: CaseStanding, compact: Bool = false) -> String {
        guard let reading = standing.mostUrgent else { return noClock }
        let text = clock(reading, compact: compact)
        if reading.isFirstReport { return (compact ? compactMarkers.firstReport : firstReportMarker) + " " + text }
        return reading.item == nil ? text : (compact ? compactMarkers.supervised : supervisedMarker) + " " + text
    }

    /// "Fill in the field" for a form that checks a field before the drafter does.
    public func emptyField(_ name: RecordingField) -> String { fill(recordingErrors.emptyField, fieldName(name)) }

    /// A refusal's field as this language names it; a corrected report field by its vocabulary name.
    public func fieldName(_ field: RecordingField) -> String {
        let names = recordingFields
        return switch field {
        case .title: names.title
        case .locality: names.locality
        case .discoveredAt: names.discoveredAt
        case .unit: names.unit
        case .text: names.text
        case .at: names.at
        case .due: names.due
        case .leader: names.leader
        case .decisions: names.decisions
        case .reason: names.reason
        case .outcome: names.outcome
        case .incoming: names.incoming
        case .recipient: names.recipient
        case .person: names.person
        case .decidedBy: names.decidedBy
        case .reviewedBy: names.reviewedBy
        case .channels: names.channels
        case .asOf: names.asOf
        case .corrected(let corrected): corrected.name(in: language)
        case .attendees: speakers.attendeesField
        case .expert: speakers.expertField
        case .analysis(let field): field.name(in: language)
        case .offlineAction: offline.actionField
        case .unitsPendingReason: offline.reasonField
        case .checklistItem: checklist.itemField
        case .topic: wording.topicField
        case .wording: wording.formField
        case .approvedBy: wording.approvedByField
        }
    }

    /// 第一时间报告（县政府办公室、县网信办）: the first-report clock with whom it waits for.
    public func firstReportClock(to recipients: [String]) -> String {
        let kind = deadlineKind(.firstReport)
        return language == .chinese ? "\(kind)（\(recipients.joined(separator: "、"))）"
            : "\(kind) (\(recipients.joined(separator: ", ")))"
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

    public func recordingError(_ error: DraftRefusal, timeZone: TimeZone) -> String {
        func time(_ date: Date) -> String { DisplayTime.minutes(date, in: timeZone) }
        let messages = recordingErrors
        switch error {
        case .unknownCase(let code): return fill(messages.unknownCase, code)
        case .emptyField(let name): return emptyField(name)
        case .inFuture(let field, let value, let now):
            return fill(messages.inFuture, fieldName(field), time(value), time(now))
        case .beforeDiscovery(let field, let value, let discovered):
            return fill(messages.beforeDiscovery, fieldName(field), time(value), time(discovered))
        case .caseClosed(let code): return fill(messages.caseClosed, code)
        case .notClosed(let code): return fill(messages.notClosed, code)
        case .noOpenReferral(let code): return fill(messages.noOpenReferral, code)
        case .invalidValue(let field, let value): return fill(messages.invalidValue, fieldName(field), value)
        case .notAhead(let field, let value, let now):
            return fill(messages.notAhead, fieldName(field), time(value), time(now))
        case .noOpenItem(let code): return fill(messages.noOpenItem, code)
        case .unitWithoutRole(let unit, let code, let units):
            return units.isEmpty ? fill(messages.noUnits, code, unit)
                : fill(messages.unitWithoutRole, unit, code, units.joined(separator: language == .chinese ? "、" : ", "))
        case .discoveryAfterRecording(let value, let recordedAt):
            return fill(messages.discoveryAfterRecording, time(value), time(recordedAt))
        case .discoveryAfterMilestone(let value, let milestone):
            return fill(messages.discoveryAfterMilestone, time(value), time(milestone))
        case .nothingJudged(let code): return fill(messages.nothingJudged, code)
        case .alreadyRecorded(let ref, let code): return fill(messages.alreadyRecorded, ref, code)
        case .unknownAssessment(let code): return fill(messages.unknownAssessment, code)
        case .tooLong(let field, let length, let limit): return fill(messages.tooLong, fieldName(field), length, limit)
        case .release(let refusal): return releaseRefusal(refusal, time: time)
        case .unitsWithoutAnswer(let code, let units): return unitsWithoutAnswer(code, units)
        case .analysisMissing(let code, let unit): return fill(transfer.analysisMissing, code, unit)
        case .notTransferredTo(let code, let unit, let units):
            return units.isEmpty ? fill(transfer.noMeetingTransfer, code)
                : fill(transfer.notTransferredTo, unit, code, units.joined(separator: transfer.listSeparator))
        case .unknownChecklistItem(let code, let item, let unticked): return unknownChecklistItem(code, item, unticked)
        case .alreadyTicked(let code, let item, let by, let at): return fill(checklist.alreadyTicked, code, item, by, time(at))
        case .wording(let refusal): return wordingRefusal(refusal, time: time)
        case .notASpokesperson(let person, let code, let speakers):
            return speakers.isEmpty ? fill(messages.noSpokesperson, code)
                : fill(messages.notASpokesperson, person, code, speakers.joined(separator: language == .chinese ? "、" : ", "))
        }
    }

    /// What one judgement names, in words: "舆情等级 重大，核实 属实，研判意见 …".
    func judged(_ triage: Triage) -> String {
        let judgement = Judgement(triage, by: "")
        return judgement.judged.map { "\($0.factor.name(in: language)) \(judgement.text($0.factor, in: language))" }
            .joined(separator: language == .chinese ? "，" : ", ")
    }

    /// The plan items a regrade or triage added, named so the timeline says what the change asks
    /// for; nothing when it added none.
    func planAdded(_ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return language == .chinese ? "，预案新增：" + items.joined(separator: "、") : "; plan items added: " + items.joined(separator: ", ")
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

    /// One line of a case's timeline: a release named by its place among the case's releases,
    /// a corrected time in the desk's format.
    public func summary(of entry: TimelineEntry, in subject: Case, timeZone: TimeZone) -> String {
        switch entry.body {
        case .responsePublished(let response):
            let text = releaseSummary(response, number: subject.release(recordedIn: entry.eventID)?.number ?? 0)
            guard let draft = subject.drafts.first(where: { $0.id == response.draft && !response.draft.isEmpty }) else {
                return text
            }
            let used = wordingUsed(draft.draft.wording).map { release.separator + $0 } ?? ""
            return text + (language == .chinese ? "（" : " (") + fill(release.fromDraft, draft.number) + used
                + (language == .chinese ? "）" : ")")
        case .releaseDrafted, .releaseConfirmed, .releaseSignedOff:
            return releaseSummary(entry.body, eventID: entry.eventID, in: subject)
        case .pressConferenceHeld:
            // A conference that does not count has no place among the releases, and its line says why.
            guard let release = subject.release(recordedIn: entry.eventID) else { return summary(of: entry.body) }
            let name = releaseName(number: release.number)
            return summary(of: entry.body) + (language == .chinese ? "（\(name)）" : " (\(name))")
        case .caseCorrected(let correction) where correction.field == .discoveredAt:
            let shown = ISO8601Timestamp.parse(correction.value).map { DisplayTime.minutes($0, in: timeZone) } ?? correction.value
            return summary(of: .caseCorrected(Correction(field: correction.field, value: shown,
                                                         corrects: correction.corrects, reason: correction.reason)))
        default:
            return summary(of: entry.body)
        }
    }

    /// A release in words: 续报一（政务微博，县卫健委）：text.
    public func releaseSummary(_ response: PublicResponse, number: Int) -> String {
        let chinese = language == .chinese
        let expert = response.expert.isEmpty ? "" : fill(speakers.expertBy, response.expert)
        let details = [response.method.name(in: language), response.channel, response.spokesperson, expert].filter { !$0.isEmpty }
        let text = response.text.isEmpty ? "" : (chinese ? "：" : ": ") + response.text
        let urgent = response.urgentReason.isEmpty ? "" : (chinese ? "；" : "; ") + fill(release.urgent, response.urgentReason)
        return releaseName(number: number)
            + (chinese ? "（\(details.joined(separator: "，"))）" : " (\(details.joined(separator: ", ")))") + text + urgent
    }

    private func chineseSummary(_ body: EventBody) -> String {
        switch body {
        case .ledgerCreated(let identity): "台账建立（值班台 \(identity.deskID)）"
        case .ledgerRepaired(let repair): "修复日志尾部：截去 \(repair.length) 字节，另存为 \(repair.savedAs)"
        case .caseReported(let report):
            "登记：\(report.title)（\(report.channel.chineseName)，\(report.locality)，\(levelTag(report.level))，\(gradeTag(report.grade))）"
        case .reportLinked(let linked):
            "再次报告（\(linked.channel.chineseName)\(linked.caller.isEmpty ? "" : "，" + linked.caller)）\(linked.note.isEmpty ? "" : "：" + linked.note)"
        case .caseRegraded(let grade, _, let added):
            "定级为\(grade.chineseName)" + planAdded(added)
        case .caseTriaged(let triage): "研判：" + judged(triage) + planAdded(triage.checklist)
        case .unitAssigned(let unit, let role): "\(role.chineseName)：\(unit)"
        case .responsePublished(let response): releaseSummary(response, number: 0)
        case .pressConferenceHeld(let press):
            "召开新闻发布会" + [press.speaker, press.venue].filter { !$0.isEmpty }.map { "，" + $0 }.joined()
                + attendanceSuffix(press)
        case .noteAdded(let text): "备注：\(text)"
        case .unitAcknowledged(let unit): "\(unit) 签收"
        case .caseTransferred(let unit, let reason, let copiedTo):
            (copiedTo.isEmpty ? "" : "会商") + "转办至\(unit)：\(reason)" + (copiedTo.isEmpty ? "" : "（抄送\(copiedTo)）")
        case .transferAnalysed(let analysis): transferAnalysisSummary(analysis)
        case .referralMade(let target, let note): "移交\(target.chineseName)" + (note.isEmpty ? "" : "：" + note)
        case .referralOutcome(_, let outcome): "移交结果：\(outcome)"
        case .caseReopened(let reason): "重新打开：\(reason)"
        case .instructionIssued(let leader, let text, _): "\(leader)批示：\(text)"
        case .meetingHeld(let meeting):
            "会商（\(meeting.attendees.joined(separator: "、"))）：\(meeting.decisions)"
                + (meeting.actions.isEmpty ? "" : "；督办 \(meeting.actions.filter { $0.dueAt != nil }.count) 项")
        case .itemReportedBack(_, let text): "回告：\(text)"
        case .itemCompleted: "督办事项办结"
        case .caseCorrected(let correction):
            "更正\(correction.field.chineseName)为「\(correction.value)」" + (correction.reason.isEmpty ? "" : "，原因：" + correction.reason)
        case .unitFeedback(let feedback): "\(feedback.unit) 反馈：\(feedback.text)"
        case .accountabilityDecided(let decision):
            "\(decision.measure.chineseName)：\(decision.unit)\(decision.person.isEmpty ? "" : " " + decision.person)（\(decision.trigger.chineseName)；\(decision.decidedBy)决定）"
        case .mistakeTolerated(let person, let reason): "容错：\(person)，\(reason)"
        case .riskAssessed(let assessment):
            "风险评估 \(assessment.code)：\(assessment.title)（\(assessment.unit)，风险\(assessment.riskLevel.chineseName)，拟于 \(assessment.plannedOn)）"
        case .reportedUp(let report):
            "报告\(report.recipient)（\(report.scope == .sameLevel ? "" : report.scope.chineseName + "，")\(report.method.chineseName)）"
                + (report.text.isEmpty ? "" : "：" + report.text)
        case .releaseDrafted, .releaseConfirmed, .releaseSignedOff: releaseSummary(body, eventID: nil, in: nil)
        case .patrolLogged(let patrol): "巡查" + patrolSummary(patrol)
        case .wordingApproved, .wordingWithdrawn: wordingSummary(body)
        case .caseClosed(let reason, _, let why): "结案（\(reason.chineseName)）" + (why.isEmpty ? "" : "；未反馈即办结，理由：" + why)
        case .offlineStepTaken(let step): offlineSummary(step)
        case .checklistTicked(let tick): checklistTickSummary(tick)
        case .shiftHandedOver(let handover):
            "交接班：\(handover.outgoing) 交 \(handover.incoming)" + (handover.note.isEmpty ? "" : "。" + handover.note)
        case .unrecognized(let type, _): "未知记录类型 \(type)"
        case .ledgerCheckpointed(let checkpoint): "签名检查点：第 \(checkpoint.seq) 条"
        }
    }

    private func englishSummary(_ body: EventBody) -> String {
        switch body {
        case .ledgerCreated(let identity): "Ledger created (desk \(identity.deskID))"
        case .ledgerRepaired(let repair): "Torn tail repaired: \(repair.length) bytes cut, kept as \(repair.savedAs)"
        case .caseReported(let report):
            "Reported: \(report.title) (\(report.channel.englishName), \(report.locality), \(levelTag(report.level)), \(gradeTag(report.grade)))"
        case .reportLinked(let linked):
            "Reported again (\(linked.channel.englishName)\(linked.caller.isEmpty ? "" : ", " + linked.caller))\(linked.note.isEmpty ? "" : ": " + linked.note)"
        case .caseRegraded(let grade, _, let added):
            "Graded \(grade.englishName)" + planAdded(added)
        case .caseTriaged(let triage): "Triage: " + judged(triage) + planAdded(triage.checklist)
        case .unitAssigned(let unit, let role): "\(role.englishName): \(unit)"
        case .responsePublished(let response): releaseSummary(response, number: 0)
        case .pressConferenceHeld(let press):
            "Press conference held" + [press.speaker, press.venue].filter { !$0.isEmpty }.map { ", " + $0 }.joined()
                + attendanceSuffix(press)
        case .noteAdded(let text): "Note: \(text)"
        case .unitAcknowledged(let unit): "Acknowledged by \(unit)"
        case .caseTransferred(let unit, let reason, let copiedTo):
            (copiedTo.isEmpty ? "Transferred" : "Transferred by the joint meeting") + " to \(unit): \(reason)"
                + (copiedTo.isEmpty ? "" : " (copied to \(copiedTo))")
        case .transferAnalysed(let analysis): transferAnalysisSummary(analysis)
        case .referralMade(let target, let note): "Referred to \(target.englishName)" + (note.isEmpty ? "" : ": " + note)
        case .referralOutcome(_, let outcome): "Referral outcome: \(outcome)"
        case .caseReopened(let reason): "Reopened: \(reason)"
        case .instructionIssued(let leader, let text, _): "Instruction from \(leader): \(text)"
        case .meetingHeld(let meeting):
            "Joint meeting (\(meeting.attendees.joined(separator: ", "))): \(meeting.decisions)"
                + (meeting.actions.isEmpty ? "" : "; \(meeting.actions.filter { $0.dueAt != nil }.count) supervised")
        case .itemReportedBack(_, let text): "Reported back: \(text)"
        case .itemCompleted: "Supervised item done"
        case .caseCorrected(let correction):
            "Corrected \(correction.field.englishName) to \"\(correction.value)\"" + (correction.reason.isEmpty ? "" : ", because " + correction.reason)
        case .unitFeedback(let feedback): "Feedback from \(feedback.unit): \(feedback.text)"
        case .accountabilityDecided(let decision):
            "\(decision.measure.englishName): \(decision.unit)\(decision.person.isEmpty ? "" : " " + decision.person) (\(decision.trigger.englishName); decided by \(decision.decidedBy))"
        case .mistakeTolerated(let person, let reason): "Mistake tolerated: \(person), \(reason)"
        case .riskAssessed(let assessment):
            "Risk assessment \(assessment.code): \(assessment.title) (\(assessment.unit), risk \(assessment.riskLevel.englishName), planned \(assessment.plannedOn))"
        case .reportedUp(let report):
            "Reported to \(report.recipient) (\(report.scope == .sameLevel ? "" : report.scope.englishName + ", ")\(report.method.englishName))"
                + (report.text.isEmpty ? "" : ": " + report.text)
        case .releaseDrafted, .releaseConfirmed, .releaseSignedOff: releaseSummary(body, eventID: nil, in: nil)
        case .patrolLogged(let patrol): "Patrol " + patrolSummary(patrol)
        case .wordingApproved, .wordingWithdrawn: wordingSummary(body)
        case .caseClosed(let reason, _, let why): "Closed (\(reason.englishName))" + (why.isEmpty ? "" : "; before the units answered, because " + why)
        case .offlineStepTaken(let step): offlineSummary(step)
        case .checklistTicked(let tick): checklistTickSummary(tick)
        case .shiftHandedOver(let handover):
            "Shift handed over: \(handover.outgoing) to \(handover.incoming)" + (handover.note.isEmpty ? "" : ". " + handover.note)
        case .unrecognized(let type, _): "Unknown event \(type)"
        case .ledgerCheckpointed(let checkpoint): "Signed checkpoint at seq \(checkpoint.seq)"
        }
    }
}

extension Strings {
    public static let chinese = Strings(
        language: .chinese,
        overdue: "超时", dayUnit: "天", noClock: "—", listSeparator: "；",
        deadlineKinds: [.pressConference: "24小时内召开发布会", .response: "48小时内公开回应", .followUp: "持续发布",
                        .firstReport: "第一时间报告"],
        bands: [.fresh: "正常", .warning: "过半", .critical: "紧急", .overdue: "超时"],
        compactOverdue: "超时", compactBands: [.warning: "过半", .critical: "紧急"],
        compactMarkers: ("督", "报"), supervisedMarker: "督", firstReportMarker: "报",
        firstResponse: "首次回应", followUpPrefix: "续报", pressConference: "新闻发布会",
        fields: Fields(
            code: "编号", title: "事由", status: "状态", grade: "突发事件等级", channel: "来源渠道", locality: "属地",
            caller: "来电人", phone: "电话", detail: "详情", discoveredAt: "发现时间", recordedAt: "录入时间",
            operatorName: "值班员", units: "责任单位", deadline: "时限", dueAt: "截止", timeLeft: "剩余",
            timeline: "时间线", closedAt: "办结时间", none: "无", triage: "研判",
            reports: "报告", level: "舆情等级", feedback: "反馈"),
        recordingErrors: RecordingMessages(
            unknownCase: "没有编号为 {} 的事件",
            emptyField: "{} 不能为空",
            inFuture: "{}（{}）晚于当前时间 {}，不能登记未来的时间",
            beforeDiscovery: "{}（{}）早于发现时间 {}",
            caseClosed: "{} 已办结，不能再登记此项",
            notClosed: "{} 尚未办结，无需重新打开",
            noOpenReferral: "{} 没有待反馈结果的移交",
            invalidValue: "{} 的值「{}」无效",
            notAhead: "{}（{}）不晚于当前时间 {}，截止时间须晚于现在",
            noOpenItem: "{} 没有未办结的督办事项",
            unitWithoutRole: "{} 在 {} 上没有角色；有角色的单位：{}。请先指定责任单位",
            noUnits: "{} 还没有责任单位，{} 不能签收、接收转办或反馈。请先指定责任单位",
            discoveryAfterRecording: "发现时间 {} 晚于首次录入时间 {}，不能这样更正",
            discoveryAfterMilestone: "发现时间 {} 晚于本事件 {} 已发生的事项，不能这样更正",
            nothingJudged: "{} 的研判没有填写任何一项",
            alreadyRecorded: "来源编号 {} 已登记为 {}",
            notASpokesperson: "{} 没有在 {} 上出面回应；出面回应的人员：{}",
            noSpokesperson: "{} 的回应都没有记录发言人，没有可以容错的出面回应人员",
            unknownAssessment: "没有编号为 {} 的风险评估",
            tooLong: "{} 有 {} 个字，最多 {} 个字；更多内容请写在详情里"),
        recordingFields: RecordingFieldNames(
            title: "事由", locality: "属地", discoveredAt: "发现时间", unit: "单位", text: "内容", at: "发生时间",
            due: "截止时间", leader: "批示领导", decisions: "会商决定", reason: "原因", outcome: "移交结果",
            incoming: "接班人", asOf: "回看时间 --as-of", recipient: "报告对象", person: "人员",
            decidedBy: "决定人", reviewedBy: "审核人", channels: "巡查渠道"),
        approaches: [
            .confirmed: "建议：及时公开采取的工作措施、处置结果等信息",
            .grounded: "建议：提出解决问题的方案，公开答复，适时通报办理进程和结果",
            .discrepant: "建议：及时说明真实情况，澄清事实真相",
            .untrue: "建议：说明真实情况，澄清事实真相；失实或恶语中伤的，通过载发的网站、论坛澄清，公开辟谣",
            .pending: "建议：先发布已掌握情况，核实后持续发布",
        ],
        usage: UsageMessages(
            unknownValue: "{} 无效：「{}」。可选值：{}",
            badTime: "{}：无法识别的时间「{}」。" + TimeInput.acceptedFormsZH,
            badDay: "{}：无法识别的日期「{}」。可用：2026-11-23、今天、昨天",
            badPeriod: "--from {} 晚于 --to {}",
            ledgerDamaged: "台账损坏（第 {} 条，{}：{}），已转为只读，拒绝写入",
            ledgerNotFound: "台账文件不存在：{}", readOnly: "台账以只读方式打开",
            tornTail: "台账尾部不完整（第 {} 条，{}），下次写入时将另存并截去",
            noCases: "没有待办事件", verifyOK: "台账完好：{} 条记录，末条哈希 {}", recorded: "已登记 {}，{}截止 {}",
            reviewIsReadOnly: "--as-of 回看过去时只读，不能登记", reviewing: "回看：台账截至 {} 的状态（只读）",
            handedOver: "已交接班：{} 交 {}",
            unknownCommand: "没有子命令「{}」。可用的子命令：{}",
            demoLedger: "演示台账（{} 个事件）：{}\n继续使用：export DUTYDESK_LOG={}",
            supervisedItem: "督办（{}）", recordedItem: "已登记 {}，督办 截止 {}，剩余 {}",
            importLine: "标准输入第 {} 行：{}", importNotObject: "不是 JSON 对象", importNotText: "字段 {} 的值必须是字符串",
            importUnknownKey: "未知字段 {}；可用字段：{}", importRequired: "缺少必填字段 title 或 locality",
            verifyFault: "第 {} 条，{}：{}",
            configMissing: "--config：没有文件 {}", configUnreadable: "--config：无法读取 {}",
            demoExists: "--into：{} 已存在；演示只写入新的台账",
            outUnwritable: "--out：无法写入 {}：{}",
            notATerminal: "控制台需要终端：标准输入和标准输出都必须是终端（不在终端中可用 dutydesk list 查看队列）",
            unknownTerminal: "ncurses 不认识终端类型「{}」（环境变量 TERM）",
            unnamedOperator: "未署名",
            schemaCurrent: "数据库结构已是第 {} 版", schemaMigrated: "数据库结构已从第 {} 版升级到第 {} 版",
            storeImported: "已将 {} 条记录（共 {} 条）载入值班台 {}",
            parser: ParserWords(missing: "缺少必填参数 {}", unknownOption: "没有选项 {}", unexpected: "多余的参数「{}」",
                                invalid: "{} 的值「{}」无效", missingValue: "{} 后面缺少值",
                                seeHelp: "用法见 {} --help")),
        contacts: ContactWords(unit: "单位", head: "负责人", leader: "分管领导", liaison: "联络人", phone: "电话",
                               noUnits: "（设置中没有成员单位）", onCallNow: "当前值班：", nobody: "值班表中无人", until: "至 {}"))

    public static let english = Strings(
        language: .english,
        overdue: "overdue", dayUnit: "d ", noClock: "—", listSeparator: "; ",
        deadlineKinds: [.pressConference: "press conference in 24 h", .response: "public response in 48 h",
                        .followUp: "follow-up release", .firstReport: "first report up"],
        bands: [.fresh: "ok", .warning: "half", .critical: "urgent", .overdue: "overdue"],
        compactOverdue: "late", compactBands: [.warning: "half", .critical: "urg"],
        compactMarkers: ("S", "R"), supervisedMarker: "SI", firstReportMarker: "RPT",
        firstResponse: "First response", followUpPrefix: "Follow-up", pressConference: "Press conference",
        fields: Fields(
            code: "Code", title: "Title", status: "Status", grade: "Emergency grade", channel: "Channel", locality: "Locality",
            caller: "Caller", phone: "Phone", detail: "Detail", discoveredAt: "Discovered", recordedAt: "Recorded",
            operatorName: "Operator", units: "Units", deadline: "Deadline", dueAt: "Due", timeLeft: "Left",
            timeline: "Timeline", closedAt: "Closed", none: "none", triage: "Triage",
            reports: "Reports", level: "Opinion level", feedback: "Feedback"),
        recordingErrors: RecordingMessages(
            unknownCase: "no case with code {}",
            emptyField: "{} must not be empty",
            inFuture: "{} {} is after now ({}): the future cannot be recorded",
            beforeDiscovery: "{} {} is before the case was discovered ({})",
            caseClosed: "{} is closed",
            notClosed: "{} is not closed",
            noOpenReferral: "{} has no referral awaiting an outcome",
            invalidValue: "invalid value for {}: \"{}\"",
            notAhead: "{} {} is not after now ({}): a due time must lie ahead",
            noOpenItem: "{} has no open supervised item",
            unitWithoutRole: "{} has no role on {}; units with a role: {}. Assign the unit first",
            noUnits: "{} has no units yet, so {} cannot acknowledge, receive a transfer or give feedback. Assign the unit first",
            discoveryAfterRecording: "discovery time {} is after the case was first recorded ({}): not a valid correction",
            discoveryAfterMilestone: "discovery time {} is after something that happened on the case ({}): not a valid correction",
            nothingJudged: "the judgement of {} names nothing",
            alreadyRecorded: "reference {} was recorded as {}",
            notASpokesperson: "{} did not speak for the government on {}; those who did: {}",
            noSpokesperson: "no release of {} names who spoke, so no one's mistake can be tolerated",
            unknownAssessment: "no risk assessment with code {}",
            tooLong: "{} has {} characters, at most {} are kept; put the rest in the detail"),
        recordingFields: RecordingFieldNames(
            title: "Title", locality: "Locality", discoveredAt: "Discovery time", unit: "Unit", text: "Text",
            at: "Time", due: "Due time", leader: "Leader", decisions: "Decisions", reason: "Reason",
            outcome: "Outcome", incoming: "Incoming operator", asOf: "Review time --as-of", recipient: "Reported to",
            person: "Person", decidedBy: "Decided by", reviewedBy: "Reviewed by", channels: "Channels checked"),
        approaches: [
            .confirmed: "Advice: publish the measures taken and their results",
            .grounded: "Advice: propose how the problem is solved, answer publicly, report progress and results",
            .discrepant: "Advice: state the facts and set the record straight",
            .untrue: "Advice: state the facts; where false or malicious, clarify and rebut on the site that carried it",
            .pending: "Advice: release what is known now, then keep releasing as it is verified",
        ],
        usage: UsageMessages(
            unknownValue: "invalid {}: \"{}\"; valid values: {}",
            badTime: "{}: cannot read the time \"{}\". " + TimeInput.acceptedFormsEN,
            badDay: "{}: cannot read the day \"{}\"; use 2026-11-23, today or yesterday",
            badPeriod: "--from {} is after --to {}",
            ledgerDamaged: "ledger damaged (event {}, {}: {}); read-only, writing refused",
            ledgerNotFound: "no ledger at {}", readOnly: "the ledger is open read-only",
            tornTail: "ledger tail incomplete (event {}, {}); the next write keeps it aside and cuts it",
            noCases: "no open cases", verifyOK: "ok {} events, head {}", recorded: "recorded {}, {} due {}",
            reviewIsReadOnly: "--as-of reviews the past read-only: nothing can be recorded",
            reviewing: "REVIEW: the ledger as it stood at {} (read-only)",
            handedOver: "shift handed over: {} to {}",
            unknownCommand: "no subcommand \"{}\"; the subcommands are: {}",
            demoLedger: "demo ledger ({} cases): {}\nto go on with it: export DUTYDESK_LOG={}",
            supervisedItem: "supervised ({})", recordedItem: "recorded {}, supervised item due {}, {} left",
            importLine: "stdin line {}: {}", importNotObject: "not a JSON object", importNotText: "the value of {} must be a string",
            importUnknownKey: "unknown key {}; valid keys: {}", importRequired: "title and locality are required",
            verifyFault: "event {}, {}: {}",
            configMissing: "--config: no file at {}", configUnreadable: "--config: cannot read {}",
            demoExists: "--into: {} exists; the demo only writes a new ledger",
            outUnwritable: "--out: cannot write {}: {}",
            notATerminal: "the console needs a terminal: standard input and output must both be one (dutydesk list prints the queue)",
            unknownTerminal: "ncurses does not know the terminal type \"{}\" (TERM)",
            unnamedOperator: "unnamed",
            schemaCurrent: "schema already at version {}", schemaMigrated: "schema migrated from version {} to {}",
            storeImported: "{} of {} events loaded into desk {}",
            parser: ParserWords(missing: "missing {}", unknownOption: "no option {}", unexpected: "unexpected argument \"{}\"",
                                invalid: "{}: invalid value \"{}\"", missingValue: "{} needs a value",
                                seeHelp: "see {} --help")),
        contacts: ContactWords(unit: "Unit", head: "Head", leader: "Leader in charge", liaison: "Liaison", phone: "Phone",
                               noUnits: "(no member units in the settings)", onCallNow: "On call now: ",
                               nobody: "nobody on the roster", until: "until {}"))
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
