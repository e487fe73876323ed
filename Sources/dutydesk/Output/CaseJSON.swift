import DutyDeskCore
import DutyDeskJSON
import Foundation

/// The machine-readable shape of a case for `list --json` and `show --json`.
///
/// Vocabulary fields carry the Chinese name (what the desk's documents say) with the stable
/// code beside it (`grade: "重大"`, `gradeCode: "major"`); times are ISO 8601 with offset.
struct CaseJSON {
    let timeZone: TimeZone
    let strings: Strings

    func summary(_ standing: CaseStanding) -> JSONValue {
        .object(JSONObject(summaryFields(standing)))
    }

    func detail(_ standing: CaseStanding) -> JSONValue {
        let subject = standing.subject
        var fields = summaryFields(standing)
        fields += [
            ("detail", .string(subject.report.detail)),
            ("caller", .string(subject.report.caller)),
            ("phone", .string(subject.report.phone)),
            ("recordedAt", time(subject.recordedAt)),
            ("recordedBy", .string(subject.operatorName)),
            ("units", .array(subject.units.map { assignment in
                .object(JSONObject([("unit", .string(assignment.unit)), ("role", .string(assignment.role.code))]))
            })),
            ("reports", .int(subject.reportCount)),
            ("reportChannels", .array(subject.reportChannels.map { .string($0.chineseName) })),
            ("verification", subject.judgement.verification.map { .string($0.chineseName) } ?? .null),
            ("warningClass", subject.judgement.warningClass.map { .string($0.chineseName) } ?? .null),
            // Every factor judged so far, keyed by its code, with who judged it and when.
            ("judgement", .object(JSONObject(subject.judgement.judged.map { factor, entry in
                (factor.code, .object(JSONObject([
                    ("value", .string(subject.judgement.text(factor, in: .chinese))), ("code", .string(entry.value)),
                    ("by", .string(entry.by)), ("at", time(entry.at)),
                ])))
            }))),
            ("releaseList", .array(subject.releases.map { release in
                .object(JSONObject([
                    ("number", .int(release.number)), ("name", .string(strings.releaseName(number: release.number))),
                    ("type", .string(release.isPressConference ? "press-conference" : "response")),
                    ("at", time(release.at)), ("recordedAt", time(release.recordedAt)),
                    ("operator", .string(release.operatorName)),
                ]))
            })),
            ("upwardReports", .array(subject.upwardReports.map { report in
                .object(JSONObject([("recipient", .string(report.recipient)), ("method", .string(report.method.chineseName)),
                                    ("methodCode", .string(report.method.code)), ("at", time(report.at)),
                                    ("text", .string(report.text))]))
            })),
            ("tolerated", .array(subject.tolerated.map { entry in
                .object(JSONObject([("person", .string(entry.person)), ("reason", .string(entry.reason)),
                                    ("operator", .string(entry.by)), ("recordedAt", time(entry.at))]))
            })),
            ("feedback", .array(subject.feedback.map { feedback in
                .object(JSONObject([("unit", .string(feedback.unit)), ("text", .string(feedback.text)),
                                    ("at", time(feedback.at))]))
            })),
            ("corrections", .array(subject.corrections.map { record in
                .object(JSONObject([
                    ("field", .string(record.field.code)), ("oldValue", .string(record.oldValue)),
                    ("newValue", .string(record.newValue)), ("operator", .string(record.by)),
                    ("recordedAt", time(record.at)), ("reason", .string(record.reason)),
                ]))
            })),
            // Issue 14: the conferences that did not count (no 负责人 or 新闻发言人), the units' steps on the ground.
            ("uncountedConferences", .array(subject.uncountedConferences.map { entry in
                .object(JSONObject([("at", time(entry.conference.at)),
                                    ("attendees", .array((entry.conference.attendees ?? []).map { attendee in
                                        .object(JSONObject([("name", .string(attendee.name)), ("role", .string(attendee.role.code))]))
                                    }))]))
            })),
            ("offlineSteps", .array(subject.offlineSteps.map { step in
                .object(JSONObject([("unit", .string(step.unit)), ("action", .string(step.action)), ("place", .string(step.place)),
                                    ("result", .string(step.result)), ("at", time(step.at))]))
            })),
            // 分级响应预案: each item with who ticked it and when (null while not done).
            ("checklist", .array(subject.checklist.map { item in
                .object(JSONObject([("item", .string(item.text)), ("tickedBy", item.isTicked ? .string(item.tickedBy) : .null),
                                    ("tickedAt", item.tickedAt.map(time) ?? .null)]))
            })),
            ("supervisedItems", .array(subject.supervisedItems.map { item in
                .object(JSONObject([
                    ("id", .string(item.id)), ("source", .string(item.source)), ("text", .string(item.text)),
                    ("unit", .string(item.unit)), ("dueAt", time(item.dueAt)), ("reportsBack", .int(item.reportsBack.count)),
                    ("completedAt", item.completedAt.map(time) ?? .null),
                ]))
            })),
            ("closedAt", subject.closure.map { time($0.at) } ?? .null),
            ("closeReason", subject.closure.map { .string($0.reason.chineseName) } ?? .null),
            ("timeline", .array(subject.timeline.map { entry in
                .object(JSONObject([
                    ("at", time(entry.happenedAt)), ("recordedAt", time(entry.recordedAt)),
                    ("operator", .string(entry.operatorName)), ("type", .string(entry.body.typeName)),
                    ("summary", .string(strings.summary(of: entry, in: subject, timeZone: timeZone))),
                ]))
            })),
        ]
        return .object(JSONObject(fields))
    }

    private func summaryFields(_ standing: CaseStanding) -> [(String, JSONValue)] {
        let subject = standing.subject
        return [
            ("code", .string(subject.code)),
            ("title", .string(subject.title)),
            ("status", .string(subject.status.chineseName)), ("statusCode", .string(subject.status.code)),
            ("level", .string(subject.level.chineseName)), ("levelCode", .string(subject.level.code)),
            ("grade", .string(subject.grade.chineseName)), ("gradeCode", .string(subject.grade.code)),
            ("channel", .string(subject.report.channel.chineseName)),
            ("channelCode", .string(subject.report.channel.code)),
            ("locality", .string(subject.report.locality)),
            ("unit", subject.unit(in: .first).map(JSONValue.string) ?? .null),
            ("discoveredAt", time(subject.discoveredAt)),
            ("deadline", standing.deadline.map { time($0.dueAt) } ?? .null),
            ("deadlineKind", standing.deadline.map { .string($0.kind.rawValue) } ?? .null),
            ("secondsLeft", standing.secondsLeft.map(JSONValue.int) ?? .null),
            ("band", standing.band.map { .string("\($0)") } ?? .null),
            ("releases", .int(subject.releaseCount)),
            // The 督办 still running, each with its own clock, which may be more urgent than the case's.
            ("openItems", .array(standing.itemClocks.compactMap { clock in
                clock.item.map { item in
                    .object(JSONObject([
                        ("id", .string(item.id)), ("owner", .string(item.owner)), ("text", .string(item.text)),
                        ("dueAt", time(item.dueAt)), ("secondsLeft", .int(clock.secondsLeft)),
                        ("band", .string("\(clock.band)")),
                    ]))
                }
            })),
        ]
    }

    private func time(_ date: Date) -> JSONValue { .string(ISO8601Timestamp.format(date, in: timeZone)) }
}
