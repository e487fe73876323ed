import Foundation

/// One matter of public opinion (舆情事件), as the replayed ledger knows it.
public struct Case: Sendable, Equatable, Identifiable {
    public let id: CaseID
    /// The report as corrected so far (`case.corrected` events replace fields; the ledger keeps both).
    public private(set) var report: CaseReport
    public let recordedAt: Date
    public let recordedBy: String
    public private(set) var grade: Grade
    /// The latest judgement, if any.
    public private(set) var triage: Triage?
    public private(set) var units: [UnitAssignment]
    public private(set) var responses: [PublicResponse] = []
    public private(set) var pressConferences: [PressConference] = []
    public private(set) var closure: Closure?
    /// Further reports linked to this case after the first.
    public private(set) var linkedReports: [LinkedReport] = []
    /// Units that accepted the case (签收).
    public private(set) var acknowledgedBy: [String] = []
    public private(set) var referrals: [Referral] = []
    /// 督办: leaders' instructions and meeting actions, each with its own due time.
    public private(set) var supervisedItems: [SupervisedItem] = []
    /// Judged at least once (regraded or given a unit) after it was reported.
    public private(set) var triaged = false
    public private(set) var timeline: [TimelineEntry]

    public var code: String { report.code }
    public var title: String { report.title }
    public var discoveredAt: Date { report.discoveredAt }

    init(id: CaseID, report: CaseReport, event: Event) {
        self.id = id
        self.report = report
        self.recordedAt = event.recordedAt
        self.recordedBy = event.recordedBy
        self.grade = report.grade
        self.units = report.unit.isEmpty ? [] : [UnitAssignment(unit: report.unit, role: .first)]
        self.timeline = [TimelineEntry(event: event, happenedAt: report.discoveredAt)]
    }

    public var status: CaseStatus {
        if closure != nil { return .closed }
        if releaseCount > 0 { return .releasing }
        return triaged ? .handling : .pendingTriage
    }

    /// Responses and press conferences together: each is a public release of information.
    public var releaseCount: Int { responses.count + pressConferences.count }

    public var firstReleaseAt: Date? { (responses.map(\.at) + pressConferences.map(\.at)).min() }
    public var lastReleaseAt: Date? { (responses.map(\.at) + pressConferences.map(\.at)).max() }
    public var firstPressConferenceAt: Date? { pressConferences.map(\.at).min() }

    public func unit(in role: UnitRole) -> String? { units.first { $0.role == role }?.unit }

    /// The unit that answers for the case in the queue and in assessment: its lead unit, else its
    /// first responsible unit.
    public var answerableUnit: String? { unit(in: .lead) ?? unit(in: .first) }

    /// Every report of the case, the first included: how many, and through which channels.
    public var reportCount: Int { 1 + linkedReports.count }
    public var reportChannels: [Channel] {
        var channels = [report.channel]
        for linked in linkedReports where !channels.contains(linked.channel) { channels.append(linked.channel) }
        return channels
    }

    mutating func apply(_ event: Event) {
        var happenedAt = event.recordedAt
        switch event.body {
        case .caseRegraded(let grade, let at):
            self.grade = grade
            triaged = true
            happenedAt = at
        case .caseTriaged(let triage):
            self.triage = triage
            grade = triage.grade
            triaged = true
            happenedAt = triage.at
        case .unitAssigned(let unit, let role):
            assign(unit, as: role)
            triaged = true
        case .responsePublished(let response):
            responses.append(response)
            happenedAt = response.at
        case .pressConferenceHeld(let press):
            pressConferences.append(press)
            happenedAt = press.at
        case .caseClosed(let reason, let at):
            closure = Closure(reason: reason, at: at)
            happenedAt = at
        case .reportLinked(let report):
            linkedReports.append(report)
        case .unitAcknowledged(let unit):
            if !acknowledgedBy.contains(unit) { acknowledgedBy.append(unit) }
        case .caseTransferred(let unit, _):
            assign(unit, as: .first)
            acknowledgedBy.removeAll { $0 == unit }
            triaged = true
        case .referralMade(let target, let note):
            referrals.append(Referral(id: event.id, target: target, note: note, outcome: nil))
        case .referralOutcome(let id, let outcome):
            if let index = referrals.firstIndex(where: { $0.id == id }) { referrals[index].outcome = outcome }
        case .caseReopened:
            closure = nil
        case .instructionIssued(let leader, let text, let dueAt):
            supervisedItems.append(SupervisedItem(id: event.id, source: leader, text: text, unit: "",
                                                  issuedAt: event.recordedAt, dueAt: dueAt))
        case .meetingHeld(let meeting):
            happenedAt = meeting.at
            for (index, task) in meeting.actions.enumerated() {
                guard let dueAt = task.dueAt else { continue }
                supervisedItems.append(SupervisedItem(id: "\(event.id)#\(index + 1)", source: "", text: task.text,
                                                      unit: task.unit, issuedAt: meeting.at, dueAt: dueAt))
            }
        case .itemReportedBack(let id, let text):
            if let index = supervisedItems.firstIndex(where: { $0.id == id }) {
                supervisedItems[index].reportsBack.append(ReportBack(text: text, at: event.recordedAt))
            }
        case .itemCompleted(let id):
            if let index = supervisedItems.firstIndex(where: { $0.id == id }) {
                supervisedItems[index].completedAt = event.recordedAt
            }
        case .caseCorrected(let field, let value, _):
            report = report.correcting(field, to: value)
        case .noteAdded, .unrecognized, .logCreated, .logRepaired, .caseReported, .shiftHandedOver, .logCheckpointed:
            break
        }
        timeline.append(TimelineEntry(event: event, happenedAt: happenedAt))
    }

    /// There is one first responsible unit and one lead unit; co-operating units accumulate.
    private mutating func assign(_ unit: String, as role: UnitRole) {
        if role == .cooperating {
            if !units.contains(UnitAssignment(unit: unit, role: role)) {
                units.append(UnitAssignment(unit: unit, role: role))
            }
        } else {
            units.removeAll { $0.role == role }
            units.append(UnitAssignment(unit: unit, role: role))
        }
    }
}

/// A supervised item (督办): from a leader's instruction (`source` names the leader) or a
/// meeting action (`unit` names who does it). Its clock runs from issue to `dueAt`.
public struct SupervisedItem: Sendable, Equatable {
    /// The instruction event's id, or the meeting event's id with `#n` for its n-th action.
    public let id: String
    public let source: String
    public let text: String
    public let unit: String
    public let issuedAt: Date
    public let dueAt: Date
    public var reportsBack: [ReportBack] = []
    public var completedAt: Date?

    public var deadline: Deadline { Deadline(kind: .followUp, startsAt: issuedAt, dueAt: dueAt) }
    /// Whom the item is shown under: the leader who instructed, or the unit the meeting tasked.
    public var owner: String { source.isEmpty ? unit : source }
    public var isOpen: Bool { completedAt == nil }
}

/// 回告: what was reported back to the leader, and when.
public struct ReportBack: Sendable, Equatable {
    public let text: String
    public let at: Date
}

/// A referral to the police or internet supervision, and what came of it.
public struct Referral: Sendable, Equatable {
    /// The id of the `referral.made` event, which its outcome names.
    public let id: String
    public let target: ReferralTarget
    public let note: String
    public var outcome: String?
}

public struct UnitAssignment: Sendable, Equatable {
    public let unit: String
    public let role: UnitRole
}

public struct Closure: Sendable, Equatable {
    public let reason: CloseReason
    public let at: Date
}

/// One line of a case's history: who recorded what, when it was recorded and when it happened.
public struct TimelineEntry: Sendable, Equatable {
    public let seq: Int
    /// The event's id, which a correction names.
    public let eventID: String
    public let recordedAt: Date
    public let recordedBy: String
    public let happenedAt: Date
    public let body: EventBody

    init(event: Event, happenedAt: Date) {
        self.seq = event.seq
        eventID = event.id
        self.recordedAt = event.recordedAt
        self.recordedBy = event.recordedBy
        self.happenedAt = happenedAt
        self.body = event.body
    }
}
