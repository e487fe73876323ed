import DutyDeskJSON
import Foundation

/// Turns event bodies into the `data` object of a ledger line and back.
///
/// Vocabulary values are stored by code; times as ISO 8601 with the writer's UTC offset.
/// Decoding is strict about required fields: a line whose hash verifies but whose payload
/// does not decode was written by a broken writer and is reported, not guessed at.
public enum EventPayloadCodec {
    public struct DecodingFailure: Error, Equatable, CustomStringConvertible {
        public let type: String
        public let field: String
        public var description: String { "\(type): missing or invalid field \"\(field)\"" }
    }

    public static func encode(_ body: EventBody, utcOffset: Int) -> JSONObject {
        func time(_ date: Date) -> JSONValue { .string(ISO8601Timestamp.format(date, utcOffset: utcOffset)) }
        switch body {
        case .ledgerCreated(let identity):
            return JSONObject([("logId", .string(identity.ledgerID)), ("deskId", .string(identity.deskID)),
                               ("createdAt", time(identity.createdAt))])
        case .ledgerRepaired(let repair):
            return JSONObject([("offset", .int(repair.offset)), ("length", .int(repair.length)),
                               ("sha256", .string(repair.sha256)), ("savedAs", .string(repair.savedAs))])
        case .caseReported(let report):
            return JSONObject([
                ("code", .string(report.code)), ("title", .string(report.title)), ("detail", .string(report.detail)),
                ("channel", .string(report.channel.code)), ("locality", .string(report.locality)),
                ("caller", .string(report.caller)), ("phone", .string(report.phone)),
                ("discoveredAt", time(report.discoveredAt)), ("grade", .string(report.grade.code)),
                ("level", .string(report.level.code)), ("unit", .string(report.unit)),
            ] + (report.ref.isEmpty ? [] : [("ref", .string(report.ref))])
                + (report.assessment.isEmpty ? [] : [("assessment", .string(report.assessment))])
                + (report.checklist.isEmpty ? [] : [("checklist", .array(report.checklist.map(JSONValue.string)))]))
        case .reportLinked(let report):
            return JSONObject([("channel", .string(report.channel.code)), ("caller", .string(report.caller)),
                               ("phone", .string(report.phone)), ("note", .string(report.note))])
        case .caseRegraded(let grade, let at, let checklist):
            // A regrade that adds no item writes what it always did, so older readers see the same line.
            return JSONObject([("grade", .string(grade.code)), ("at", time(at))]
                + (checklist.isEmpty ? [] : [("checklist", .array(checklist.map(JSONValue.string)))]))
        case .caseTriaged(let triage):
            // Only what this judgement names is written (a factor's key is its `JudgementFactor` code),
            // so replay can tell "not judged this time" from a value.
            return JSONObject(triage.named.map { factor, value in (factor.code, JSONValue.string(value)) }
                + [("at", time(triage.at))]
                + (triage.checklist.isEmpty ? [] : [("checklist", .array(triage.checklist.map(JSONValue.string)))]))
        case .unitAssigned(let unit, let role):
            return JSONObject([("unit", .string(unit)), ("role", .string(role.code))])
        case .unitAcknowledged(let unit):
            return JSONObject([("unit", .string(unit))])
        case .caseTransferred(let unit, let reason, let copiedTo):
            return JSONObject([("toUnit", .string(unit)), ("reason", .string(reason))]
                + (copiedTo.isEmpty ? [] : [("copiedTo", .string(copiedTo))]))
        case .referralMade(let target, let note):
            return JSONObject([("target", .string(target.code)), ("note", .string(note))])
        case .referralOutcome(let referral, let outcome):
            return JSONObject([("referral", .string(referral)), ("outcome", .string(outcome))])
        case .caseReopened(let reason):
            return JSONObject([("reason", .string(reason))])
        case .instructionIssued(let leader, let text, let dueAt):
            return JSONObject([("leader", .string(leader)), ("text", .string(text)), ("dueAt", time(dueAt))])
        case .meetingHeld(let meeting):
            return JSONObject([
                ("at", time(meeting.at)), ("attendees", .array(meeting.attendees.map(JSONValue.string))),
                ("decisions", .string(meeting.decisions)),
                ("actions", .array(meeting.actions.map { task in
                    .object(JSONObject([("text", .string(task.text)), ("unit", .string(task.unit)),
                                        ("dueAt", task.dueAt.map(time) ?? .null)]))
                })),
            ])
        case .itemReportedBack(let item, let text):
            return JSONObject([("item", .string(item)), ("text", .string(text))])
        case .itemCompleted(let item):
            return JSONObject([("item", .string(item))])
        case .caseCorrected(let correction):
            return JSONObject([("field", .string(correction.field.code)), ("value", .string(correction.value)),
                               ("corrects", .string(correction.corrects)), ("reason", .string(correction.reason))])
        case .responsePublished(let response):
            // A direct release writes what it always did, so older readers see the same line.
            return JSONObject([("method", .string(response.method.code)), ("text", .string(response.text)),
                               ("at", time(response.at)), ("channel", .string(response.channel)), ("spokesperson", .string(response.spokesperson))]
                + (response.draft.isEmpty ? [] : [("draft", .string(response.draft))])
                + (response.urgentReason.isEmpty ? [] : [("urgentReason", .string(response.urgentReason))])
                + (response.expert.isEmpty ? [] : [("expert", .string(response.expert))]))
        case .pressConferenceHeld(let press):
            // Attendance is written only when known, so an older conference's line stays as it was.
            return JSONObject([("at", time(press.at)), ("speaker", .string(press.speaker)),
                               ("venue", .string(press.venue))]
                + (press.attendees.map { attendees in
                    [("attendees", JSONValue.array(attendees.map { attendee in
                        .object(JSONObject([("name", .string(attendee.name)), ("role", .string(attendee.role.code))]))
                    }))]
                } ?? []))
        case .noteAdded(let text):
            return JSONObject([("text", .string(text))])
        case .caseClosed(let reason, let at, let unitsPendingReason):
            return JSONObject([("reason", .string(reason.code)), ("at", time(at))]
                + (unitsPendingReason.isEmpty ? [] : [("unitsPendingReason", .string(unitsPendingReason))]))
        case .shiftHandedOver(let handover):
            return JSONObject([("outgoing", .string(handover.outgoing)), ("incoming", .string(handover.incoming)),
                               ("note", .string(handover.note))])
        case .unitFeedback(let feedback):
            return JSONObject([("unit", .string(feedback.unit)), ("text", .string(feedback.text)), ("at", time(feedback.at))])
        case .accountabilityDecided(let decision):
            return JSONObject([
                ("measure", .string(decision.measure.code)), ("unit", .string(decision.unit)),
                ("person", .string(decision.person)), ("trigger", .string(decision.trigger.code)),
                ("cases", .array(decision.cases.map(JSONValue.string))), ("report", .string(decision.report)),
                ("decidedBy", .string(decision.decidedBy)), ("at", time(decision.at)), ("note", .string(decision.note)),
            ])
        case .mistakeTolerated(let person, let reason):
            return JSONObject([("person", .string(person)), ("reason", .string(reason))])
        case .riskAssessed(let assessment):
            return JSONObject([
                ("code", .string(assessment.code)), ("title", .string(assessment.title)), ("unit", .string(assessment.unit)),
                ("plannedOn", .string(assessment.plannedOn)),
                ("methods", .array(assessment.methods.map { .string($0.code) })), ("riskLevel", .string(assessment.riskLevel.code)),
                ("risks", .string(assessment.risks)), ("plan", .string(assessment.plan)),
                ("reviewedBy", .string(assessment.reviewedBy)),
            ])
        case .releaseDrafted(let draft):
            return JSONObject([("method", .string(draft.method.code)), ("text", .string(draft.text)),
                               ("channel", .string(draft.channel)), ("spokesperson", .string(draft.spokesperson)),
                               ("signOffBy", .string(draft.signOffBy))]
                + (draft.expert.isEmpty ? [] : [("expert", .string(draft.expert))])
                // Only a draft written from a 口径 names it, so older drafts' lines are what they were.
                + (draft.wording.map { [("wording", .object(JSONObject([("id", .string($0.id)), ("topic", .string($0.topic))])))] } ?? []))
        case .releaseConfirmed(let confirmation):
            return JSONObject([("draft", .string(confirmation.draft)), ("unit", .string(confirmation.unit)),
                               ("objection", .string(confirmation.objection)), ("at", time(confirmation.at))])
        case .releaseSignedOff(let signOff):
            return JSONObject([("draft", .string(signOff.draft)), ("leader", .string(signOff.leader)),
                               ("sentBackReason", .string(signOff.sentBackReason)), ("at", time(signOff.at))])
        case .wordingApproved(let wording):
            return JSONObject([("topic", .string(wording.topic)), ("text", .string(wording.text)),
                               ("leader", .string(wording.leader)), ("at", time(wording.at))])
        case .wordingWithdrawn(let withdrawal):
            return JSONObject([("wording", .string(withdrawal.wording)), ("reason", .string(withdrawal.reason))])
        case .patrolLogged(let patrol):
            return JSONObject([("channels", .array(patrol.channels.map { .string($0.code) })), ("at", time(patrol.at)),
                               ("cases", .array(patrol.cases.map(JSONValue.string))), ("note", .string(patrol.note))])
        case .reportedUp(let report):
            return JSONObject([("recipient", .string(report.recipient)), ("method", .string(report.method.code)),
                               ("at", time(report.at)), ("text", .string(report.text)), ("scope", .string(report.scope.code))])
        case .unrecognized(_, let payload):
            return payload
        case .offlineStepTaken(let step):
            return JSONObject([("unit", .string(step.unit)), ("action", .string(step.action)), ("place", .string(step.place)),
                               ("result", .string(step.result)), ("at", time(step.at))])
        case .checklistTicked(let tick):
            return JSONObject([("item", .string(tick.item)), ("at", time(tick.at))])
        case .transferAnalysed(let analysis):
            return JSONObject([("unit", .string(analysis.unit))]
                + AnalysisField.allCases.map { ($0.code, JSONValue.string(analysis.value(of: $0))) })
        case .ledgerCheckpointed(let checkpoint):
            return JSONObject([("logId", .string(checkpoint.ledgerID)), ("seq", .int(checkpoint.seq)),
                               ("head", .string(checkpoint.headHash)), ("at", time(checkpoint.signedAt)),
                               ("key", .string(checkpoint.publicKey)), ("signature", .string(checkpoint.signature))])
        }
    }

    public static func decode(type: String, data: JSONObject) throws(DecodingFailure) -> EventBody {
        let fields = Fields(type: type, data: data)
        switch EventKind(rawValue: type) {
        case .ledgerCreated:
            return .ledgerCreated(LedgerIdentity(ledgerID: try fields.string("logId"), deskID: try fields.string("deskId"),
                                           createdAt: try fields.time("createdAt")))
        case .ledgerRepaired:
            return .ledgerRepaired(TornTailRepair(offset: try fields.int("offset"), length: try fields.int("length"),
                                               sha256: try fields.string("sha256"),
                                               savedAs: try fields.string("savedAs")))
        case .caseReported:
            return .caseReported(CaseReport(
                code: try fields.string("code"), title: try fields.string("title"),
                detail: fields.optionalString("detail"), channel: try fields.vocabulary("channel"),
                locality: try fields.string("locality"), caller: fields.optionalString("caller"),
                phone: fields.optionalString("phone"), discoveredAt: try fields.time("discoveredAt"),
                grade: try fields.vocabulary("grade"), level: try fields.optionalVocabulary("level") ?? .general,
                unit: fields.optionalString("unit"), ref: fields.optionalString("ref"),
                assessment: fields.optionalString("assessment"), checklist: try fields.optionalStrings("checklist")))
        case .reportLinked:
            return .reportLinked(LinkedReport(channel: try fields.vocabulary("channel"), caller: fields.optionalString("caller"),
                                              phone: fields.optionalString("phone"), note: fields.optionalString("note")))
        case .caseRegraded:
            return .caseRegraded(grade: try fields.vocabulary("grade"), at: try fields.time("at"),
                                 checklist: try fields.optionalStrings("checklist"))
        case .caseTriaged:
            var triage = Triage(at: try fields.time("at"), grade: try fields.optionalVocabulary("grade"),
                                verification: try fields.optionalVocabulary("verification"))
            triage.level = try fields.optionalVocabulary("level")
            triage.warningClass = try fields.optionalVocabulary("warningClass")
            triage.priority = try fields.optionalVocabulary("priority")
            triage.riskLevel = try fields.optionalVocabulary("riskLevel")
            triage.responseValue = try fields.optionalVocabulary("responseValue")
            triage.nature = fields.optionalString("nature")
            triage.intensity = fields.optionalString("intensity")
            triage.publicReaction = fields.optionalString("publicReaction")
            triage.mediaInvolvement = fields.optionalString("mediaInvolvement")
            triage.scope = fields.optionalString("scope")
            triage.consequences = fields.optionalString("consequences")
            triage.category = try fields.optionalVocabulary("category")
            triage.principalLeader = fields.optionalString("principalLeader")
            triage.note = fields.optionalString("note")
            triage.checklist = try fields.optionalStrings("checklist")
            return .caseTriaged(triage)
        case .unitAssigned:
            return .unitAssigned(unit: try fields.string("unit"), role: try fields.vocabulary("role"))
        case .unitAcknowledged:
            return .unitAcknowledged(unit: try fields.string("unit"))
        case .caseTransferred:
            return .caseTransferred(toUnit: try fields.string("toUnit"), reason: fields.optionalString("reason"),
                                    copiedTo: fields.optionalString("copiedTo"))
        case .referralMade:
            return .referralMade(target: try fields.vocabulary("target"), note: fields.optionalString("note"))
        case .referralOutcome:
            return .referralOutcome(referral: try fields.string("referral"), outcome: try fields.string("outcome"))
        case .caseReopened:
            return .caseReopened(reason: fields.optionalString("reason"))
        case .instructionIssued:
            return .instructionIssued(leader: try fields.string("leader"), text: try fields.string("text"),
                                      dueAt: try fields.time("dueAt"))
        case .meetingHeld:
            guard let attendees = data["attendees"]?.arrayValue, let actions = data["actions"]?.arrayValue else {
                throw fields.failure("actions")
            }
            var tasks: [JointMeeting.Task] = []
            for action in actions {
                guard let task = action.objectValue, let text = task["text"]?.stringValue else { throw fields.failure("actions") }
                tasks.append(JointMeeting.Task(text: text, unit: task["unit"]?.stringValue ?? "",
                                               dueAt: task["dueAt"]?.stringValue.flatMap(ISO8601Timestamp.parse)))
            }
            return .meetingHeld(JointMeeting(at: try fields.time("at"), attendees: attendees.compactMap(\.stringValue),
                                             decisions: fields.optionalString("decisions"), actions: tasks))
        case .itemReportedBack:
            return .itemReportedBack(item: try fields.string("item"), text: try fields.string("text"))
        case .itemCompleted:
            return .itemCompleted(item: try fields.string("item"))
        case .caseCorrected:
            return .caseCorrected(Correction(field: try fields.vocabulary("field"), value: try fields.string("value"),
                                             corrects: try fields.string("corrects"), reason: fields.optionalString("reason")))
        case .responsePublished:
            return .responsePublished(PublicResponse(
                method: try fields.vocabulary("method"), text: fields.optionalString("text"),
                at: try fields.time("at"), channel: fields.optionalString("channel"),
                spokesperson: fields.optionalString("spokesperson"), draft: fields.optionalString("draft"),
                urgentReason: fields.optionalString("urgentReason"), expert: fields.optionalString("expert")))
        case .pressConferenceHeld:
            var attendees: [ConferenceAttendee]?
            if let list = data["attendees"], !list.isNull {
                guard let entries = list.arrayValue else { throw fields.failure("attendees") }
                attendees = []
                for entry in entries {
                    guard let object = entry.objectValue, let name = object["name"]?.stringValue,
                          let role = object["role"]?.stringValue.flatMap(AttendeeRole.init(rawValue:)) else {
                        throw fields.failure("attendees")
                    }
                    attendees?.append(ConferenceAttendee(name: name, role: role))
                }
            }
            return .pressConferenceHeld(PressConference(
                at: try fields.time("at"), speaker: fields.optionalString("speaker"),
                venue: fields.optionalString("venue"), attendees: attendees))
        case .noteAdded:
            return .noteAdded(text: try fields.string("text"))
        case .caseClosed:
            return .caseClosed(reason: try fields.vocabulary("reason"), at: try fields.time("at"),
                               unitsPendingReason: fields.optionalString("unitsPendingReason"))
        case .shiftHandedOver:
            return .shiftHandedOver(ShiftHandover(outgoing: try fields.string("outgoing"),
                                                  incoming: try fields.string("incoming"),
                                                  note: fields.optionalString("note")))
        case .unitFeedback:
            return .unitFeedback(UnitFeedback(unit: try fields.string("unit"), text: try fields.string("text"),
                                              at: try fields.time("at")))
        case .accountabilityDecided:
            guard let cases = data["cases"]?.arrayValue, cases.allSatisfy({ $0.stringValue != nil }) else {
                throw fields.failure("cases")
            }
            return .accountabilityDecided(AccountabilityDecision(
                measure: try fields.vocabulary("measure"), unit: try fields.string("unit"), person: fields.optionalString("person"),
                trigger: try fields.vocabulary("trigger"), cases: cases.compactMap(\.stringValue),
                report: fields.optionalString("report"), decidedBy: try fields.string("decidedBy"), at: try fields.time("at"),
                note: fields.optionalString("note")))
        case .riskAssessed:
            let codes = data["methods"]?.arrayValue?.map { $0.stringValue.flatMap(AssessmentMethod.init(rawValue:)) }
            guard let codes, !codes.contains(nil) else { throw fields.failure("methods") }
            return .riskAssessed(RiskAssessment(
                code: try fields.string("code"), title: try fields.string("title"), unit: try fields.string("unit"),
                plannedOn: try fields.string("plannedOn"), methods: codes.compactMap { $0 },
                riskLevel: try fields.vocabulary("riskLevel"), risks: fields.optionalString("risks"),
                plan: fields.optionalString("plan"), reviewedBy: try fields.string("reviewedBy")))
        case .releaseDrafted:
            return .releaseDrafted(ReleaseDraft(
                method: try fields.vocabulary("method"), text: try fields.string("text"),
                channel: fields.optionalString("channel"), spokesperson: fields.optionalString("spokesperson"),
                signOffBy: fields.optionalString("signOffBy"), expert: fields.optionalString("expert"),
                wording: try wordingUse(data["wording"], fields)))
        case .wordingApproved:
            return .wordingApproved(WordingApproval(topic: try fields.string("topic"), text: try fields.string("text"),
                                                    leader: try fields.string("leader"), at: try fields.time("at")))
        case .wordingWithdrawn:
            return .wordingWithdrawn(WordingWithdrawal(wording: try fields.string("wording"), reason: try fields.string("reason")))
        case .releaseConfirmed:
            return .releaseConfirmed(ReleaseConfirmation(draft: try fields.string("draft"), unit: try fields.string("unit"),
                                                         objection: fields.optionalString("objection"), at: try fields.time("at")))
        case .releaseSignedOff:
            return .releaseSignedOff(ReleaseSignOff(draft: try fields.string("draft"), leader: try fields.string("leader"),
                                                    sentBackReason: fields.optionalString("sentBackReason"),
                                                    at: try fields.time("at")))
        case .patrolLogged:
            let channels = data["channels"]?.arrayValue?.map { $0.stringValue.flatMap { Channel(rawValue: $0) ?? Channel.aliases[$0] } }
            guard let channels, !channels.isEmpty, !channels.contains(nil) else { throw fields.failure("channels") }
            guard let cases = data["cases"]?.arrayValue, cases.allSatisfy({ $0.stringValue != nil }) else {
                throw fields.failure("cases")
            }
            return .patrolLogged(Patrol(channels: channels.compactMap { $0 }, at: try fields.time("at"),
                                        cases: cases.compactMap(\.stringValue), note: fields.optionalString("note")))
        case .mistakeTolerated:
            return .mistakeTolerated(person: try fields.string("person"), reason: try fields.string("reason"))
        case .reportedUp:
            return .reportedUp(UpwardReport(recipient: try fields.string("recipient"), method: try fields.vocabulary("method"),
                                            at: try fields.time("at"), text: fields.optionalString("text"),
                                            scope: try fields.optionalVocabulary("scope") ?? .sameLevel))
        case .ledgerCheckpointed:
            return .ledgerCheckpointed(Checkpoint(ledgerID: try fields.string("logId"), seq: try fields.int("seq"),
                                               headHash: try fields.string("head"), signedAt: try fields.time("at"),
                                               publicKey: try fields.string("key"), signature: try fields.string("signature")))
        case .offlineStepTaken:
            return .offlineStepTaken(OfflineStep(unit: try fields.string("unit"), action: try fields.string("action"),
                                                 place: fields.optionalString("place"), result: fields.optionalString("result"),
                                                 at: try fields.time("at")))
        case .transferAnalysed:
            return .transferAnalysed(TransferAnalysis(
                unit: try fields.string("unit"), source: try fields.string(AnalysisField.source.code),
                postedAt: try fields.string(AnalysisField.postedAt.code), spread: try fields.string(AnalysisField.spread.code),
                comments: try fields.string(AnalysisField.comments.code), views: try fields.string(AnalysisField.views.code)))
        case .checklistTicked:
            return .checklistTicked(ChecklistTick(item: try fields.string("item"), at: try fields.time("at")))
        case nil:
            return .unrecognized(type: type, payload: data)
        }
    }
}

/// Typed reads from a payload that name the field when it is missing or malformed.
/// A draft's `wording`: absent on drafts written without one; present, it names both id and topic.
private func wordingUse(_ value: JSONValue?, _ fields: Fields) throws(EventPayloadCodec.DecodingFailure) -> WordingUse? {
    guard let value else { return nil }
    guard let object = value.objectValue, let id = object["id"]?.stringValue, let topic = object["topic"]?.stringValue else {
        throw fields.failure("wording")
    }
    return WordingUse(id: id, topic: topic)
}

private struct Fields {
    let type: String
    let data: JSONObject

    func failure(_ field: String) -> EventPayloadCodec.DecodingFailure { .init(type: type, field: field) }

    func string(_ field: String) throws(EventPayloadCodec.DecodingFailure) -> String {
        guard let value = data[field]?.stringValue else { throw failure(field) }
        return value
    }

    func optionalString(_ field: String) -> String { data[field]?.stringValue ?? "" }

    /// Absent means none; present, it must be a list of text.
    func optionalStrings(_ field: String) throws(EventPayloadCodec.DecodingFailure) -> [String] {
        guard let value = data[field] else { return [] }
        guard let list = value.arrayValue?.map(\.stringValue), !list.contains(nil) else { throw failure(field) }
        return list.compactMap { $0 }
    }

    func int(_ field: String) throws(EventPayloadCodec.DecodingFailure) -> Int {
        guard let value = data[field]?.intValue else { throw failure(field) }
        return value
    }

    func time(_ field: String) throws(EventPayloadCodec.DecodingFailure) -> Date {
        guard let text = data[field]?.stringValue, let date = ISO8601Timestamp.parse(text) else { throw failure(field) }
        return date
    }

    /// Absent or null means not given; anything else must be a valid code.
    func optionalVocabulary<V: Vocabulary>(_ field: String) throws(EventPayloadCodec.DecodingFailure) -> V? {
        guard let value = data[field], !value.isNull else { return nil }
        return try vocabulary(field) as V
    }

    func vocabulary<V: Vocabulary>(_ field: String) throws(EventPayloadCodec.DecodingFailure) -> V {
        // An alias covers a code that older ledgers wrote (`partly-true` before 有一定根据 was split out).
        guard let code = data[field]?.stringValue, let value = V(rawValue: code) ?? V.aliases[code] else {
            throw failure(field)
        }
        return value
    }
}
