import Foundation

/// 舆情专报: one case written up for leaders: facts, source and spread, judgement, handling,
/// responses, next steps and the timeline.
public enum CaseBrief {
    /// `assessment` is the 舆情风险评估 the case follows from, if any: its risk and 处置预案 lead the judgement.
    public static func document(_ subject: Case, context: ReportContext, assessment: RiskAssessment? = nil) -> ReportDocument {
        let language = context.language
        let strings = context.strings
        let words = context.words
        let report = subject.report
        let standing = CaseStanding(subject, policy: context.policy, now: context.now)
        func text(_ key: String, _ value: String) -> ReportFact { context.fact(key, .text(value)) }
        func name(_ value: (some Vocabulary)?) -> String { value?.name(in: language) ?? "" }

        let judged = subject.judgement.judged
        let assessed = assessment.map { assessment in
            [text("assessment", "\(assessment.code) \(assessment.title)"),
             text("riskLevel", assessment.riskLevel.name(in: language)), text("plan", assessment.plan)]
        } ?? []
        let judgement = ReportSection(
            key: "judgement", title: words.section("judgement"), facts: assessed,
            paragraphs: judged.isEmpty ? [words.notTriaged]
                : subject.judgement.verification.map { [strings.suggestedApproach($0)] } ?? [],
            table: judged.isEmpty ? nil : context.table(["factor", "value", "recordedBy", "at"], judged.map { factor, entry in
                [ReportCell(text: factor.name(in: language), json: .string(factor.code)),
                 .text(subject.judgement.text(factor, in: language)), .text(entry.by), context.time(entry.at)]
            }))

        let releases = subject.releases.map { release -> [ReportCell] in
            switch release.kind {
            case .response(let response):
                [.text(strings.releaseName(number: release.number)),
                 .text(response.method.name(in: language)
                    + (response.expert.isEmpty ? "" : strings.release.separator + fill(strings.speakers.expertBy, response.expert))),
                 context.time(response.at), .text(response.channel), .text(response.spokesperson), .text(response.text)]
            case .pressConference(let press):
                [.text(strings.releaseName(number: release.number)), .text(strings.pressConference), context.time(press.at),
                 .text(press.venue), .text(press.speaker), .text("")]
            }
        }
        var next: [ReportFact] = []
        if let deadline = standing.deadline {
            next = [text("deadline", strings.deadlineKind(deadline.kind)), context.fact("dueAt", context.time(deadline.dueAt)),
                    context.fact("left", context.left(standing.secondsLeft))]
        } else if let closure = subject.closure {
            next = [context.fact("closedAt", context.time(closure.at)), text("status", closure.reason.name(in: language))]
        }
        let openItems = subject.supervisedItems.filter(\.isOpen)
        let referrals = subject.referrals.map { referral in
            strings.summary(of: .referralMade(target: referral.target, note: referral.note))
                + (referral.outcome.map { " → " + $0 } ?? "")
        }

        return context.document(.caseBrief, subtitle: subject.code, facts: [
            text("code", subject.code), text("title", subject.title), text("status", subject.status.name(in: language)),
            text("level", subject.level.name(in: language)), text("grade", subject.grade.name(in: language)),
        ], sections: [
            ReportSection(key: "facts", title: words.section("facts"), facts: [
                context.fact("discoveredAt", context.time(report.discoveredAt)),
                context.fact("recordedAt", context.time(subject.recordedAt)), text("recordedBy", subject.operatorName),
                text("locality", report.locality), text("channel", report.channel.name(in: language)),
            ], paragraphs: report.detail.isEmpty ? [] : [report.detail]),
            ReportSection(key: "spread", title: words.section("spread"), facts: [text("reports", strings.reportTally(subject))],
                          table: context.table(["channel", "caller", "note"], subject.linkedReports.map { linked in
                              [.text(linked.channel.name(in: language)), .text(linked.caller), .text(linked.note)]
                          })),
            judgement,
            ReportSection(key: "corrections", title: words.section("corrections"),
                          table: context.table(["field", "oldValue", "newValue", "recordedBy", "recordedAt", "reason"],
                                               subject.corrections.map { record in
                                                   [.text(record.field.name(in: language)),
                                                    .text(Self.shown(record.oldValue, record.field, context)),
                                                    .text(Self.shown(record.newValue, record.field, context)),
                                                    .text(record.by), context.time(record.at), .text(record.reason)]
                                               })),
            ReportSection(key: "handling", title: words.section("handling"), paragraphs: referrals,
                          table: context.table(["role", "unit", "acknowledged"], subject.units.map { assignment in
                              [.text(assignment.role.name(in: language)), .text(assignment.unit),
                               ReportCell(text: subject.acknowledgedBy.contains(assignment.unit) ? "✓" : "",
                                          json: .bool(subject.acknowledgedBy.contains(assignment.unit)))]
                          })),
            ReportSection(key: "upwardReports", title: words.section("upwardReports"),
                          facts: subject.judgement.category.map { category in
                              [text("category", category.name(in: language) + " → " + category.sender(in: language))]
                          } ?? [],
                          table: context.table(["recipient", "reportScope", "method", "at", "text"], subject.upwardReports.map { report in
                              [.text(report.recipient), .text(report.scope.name(in: language)),
                               .text(report.method.name(in: language)), context.time(report.at), .text(report.text)]
                          })),
            ReportSection(key: "tolerated", title: words.section("tolerated"),
                          table: context.table(["person", "reason", "recordedBy", "recordedAt"], subject.tolerated.map { entry in
                              [.text(entry.person), .text(entry.reason), .text(entry.by), context.time(entry.at)]
                          })),
            ReportSection(key: "feedback", title: words.section("feedback"),
                          table: context.table(["unit", "at", "text"], subject.feedback.map { feedback in
                              [.text(feedback.unit), context.time(feedback.at), .text(feedback.text)]
                          })),
            ReportSection(key: "responses", title: words.section("responses"), paragraphs: Self.directReleases(subject, strings),
                          table: context.table(["release", "method", "at", "channel", "spokesperson", "text"], releases)),
        ] + Self.drafts(subject, context) + ConferenceAttendanceSection.brief(subject, context)
            + OfflineSection.brief(subject, context) + TransferSection.brief(subject, context)
            + ChecklistSection.brief(subject, context) + [
            ReportSection(key: "next", title: words.section("next"), facts: next,
                          table: context.table(["source", "text", "dueAt", "left"], openItems.map { item in
                              [.text(item.owner), .text(item.text),
                               context.time(item.dueAt), context.left(item.deadline.secondsLeft(at: context.now))]
                          })),
            ReportSection(key: "timeline", title: words.section("timeline"),
                          table: context.table(["happenedAt", "recordedAt", "recordedBy", "summary"],
                                               subject.timeline.sorted { $0.happenedAt < $1.happenedAt }.map { entry in
                                                   [context.time(entry.happenedAt), context.time(entry.recordedAt),
                                                    .text(entry.operatorName),
                                                    .text(strings.summary(of: entry, in: subject, timeZone: context.timeZone))]
                                               })),
        ])
    }

    /// Each release that went out past a pending draft, with why (an urgent statement).
    static func directReleases(_ subject: Case, _ strings: Strings) -> [String] {
        subject.releases.compactMap { release in
            guard case .response(let response) = release.kind, !response.urgentReason.isEmpty else { return nil }
            return strings.releaseName(number: release.number) + (strings.language == .chinese ? "：" : ": ")
                + fill(strings.release.urgent, response.urgentReason)
        }
    }

    /// The case's drafts, only when it has any (older briefs read as they did): where each stands,
    /// who agreed or objected, who signed it off or sent it back, and when it went out.
    static func drafts(_ subject: Case, _ context: ReportContext) -> [ReportSection] {
        guard !subject.drafts.isEmpty else { return [] }
        let strings = context.strings
        let separator = strings.listSeparator
        // The 口径 column only when a draft used one, so the briefs of other cases read as they did.
        let wordings = subject.drafts.contains { $0.draft.wording != nil }
        return [ReportSection(key: "drafts", title: context.words.section("drafts"), table: context.table(
            ["draft", "recordedAt", "recordedBy", "method", "text", "stage", "agreement", "signOff"] + (wordings ? ["wording"] : []),
            subject.drafts.map { draft in
                let agreement = draft.confirmations.map { word in
                    word.confirms ? word.unit + " ✓" : fill(strings.release.objects, word.unit, word.objection)
                }.joined(separator: separator)
                let signOff = draft.signOff.map { "\($0.leader) \(DisplayTime.minutes($0.at, in: context.timeZone))" } ?? ""
                return [.integer(draft.number), context.time(draft.draftedAt), .text(draft.draftedBy),
                        .text(draft.draft.method.name(in: context.language)), .text(draft.draft.text),
                        .text(strings.releaseStage(draft, in: subject, now: context.now)), .text(agreement), .text(signOff)]
                    + (wordings ? [.text(draft.draft.wording?.topic ?? "")] : [])
            }))]
    }

    /// A corrected value as a person reads it: a time in the desk's format, a channel by name.
    static func shown(_ value: String, _ field: CorrectableField, _ context: ReportContext) -> String {
        switch field {
        case .discoveredAt: ISO8601Timestamp.parse(value).map { DisplayTime.minutes($0, in: context.timeZone) } ?? value
        case .channel: Channel(rawValue: value)?.name(in: context.language) ?? value
        default: value
        }
    }
}
