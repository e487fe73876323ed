import DutyDeskCore
import DutyDeskLedger
import Foundation

/// Plays the demo shift into a fresh ledger in time order. The store's clock is the shift's
/// clock, so every event is recorded when the script says, as it would be on a real desk;
/// reports are typed in five minutes after discovery.
struct DemoSeeder {
    let path: String
    let timeZone: TimeZone
    /// The moment the demo opens: the script's "now".
    let start: Date
    /// The demo settings' 分级响应预案, which give its 重大 and 特别重大 cases their checklists.
    let responsePlans: ResponsePlans
    private let operators = ["张伟", "李娜", "王芳"]

    private enum Action {
        case report(DemoCase)
        case step(DemoCase.Step)
        /// The night shift handed over four hours before the demo opens.
        case handover(ShiftHandover)
        /// A risk assessment of a planned decision, and a supervisor's decision about a unit.
        case assessment
        case decision
        /// 巡查: the night's patrols, every two hours but one gap the handover flags.
        case patrol(Patrol)
        /// 口径: the leader's approved wording on secondary water supply, which the water case's draft uses.
        case wording
    }

    static let wording = (topic: "二次供水水质", text: "经检测，小区水质各项指标达标，发黄系二次供水水箱锈蚀所致，已安排清洗更换",
                          leader: "王县长")

    private static let handover = ShiftHandover(outgoing: "李娜", incoming: "王芳", note: "化工园区异味事件县长批示待回告")
    /// Who holds the desk when the demo opens: the night shift's incoming operator.
    static var onDuty: String { handover.incoming }

    private struct Timed {
        let at: Date
        let caseIndex: Int
        let action: Action
    }

    /// Seeds the ledger; returns how many cases it holds.
    func seed() throws -> Int {
        let steps = script()
        // The ledger opens when the shift's first event happens, so its times only move forward.
        let clock = ScriptClock(now: steps.first?.at ?? start)
        let store = try StoreOpener(location: .file(path: path), deskID: "demo", operatorName: operators[0], timeZone: timeZone,
                                    anchors: nil, patience: .standard).open(writable: true, now: { clock.now })
        let session = try DeskSession(store: store, operatorName: operators[0])
        var codes: [Int: String] = [:]
        for (turn, item) in steps.enumerated() {
            clock.now = item.at
            let operatorName = if case .handover(let handover) = item.action { handover.outgoing } else {
                operators[turn % operators.count]
            }
            let recorded = try session.record(by: operatorName) { state in
                let drafter = EventDrafter(state: state, now: item.at, timeZone: timeZone, responsePlans: responsePlans)
                return [try draft(item, drafter: drafter, code: codes[item.caseIndex] ?? "")]
            }
            if case .report = item.action, let id = recorded.first?.caseID, let reported = session.state[id] {
                codes[item.caseIndex] = reported.code
            }
        }
        return session.state.cases.count
    }

    private func script() -> [Timed] {
        func ago(_ hours: Double) -> Date { start.addingTimeInterval(-hours * 3600) }
        var timed: [Timed] = []
        for (index, demo) in DemoCase.all.enumerated() {
            timed.append(Timed(at: ago(demo.discoveredHoursAgo - 5.0 / 60), caseIndex: index, action: .report(demo)))
            for step in demo.steps {
                timed.append(Timed(at: ago(step.hoursAgo), caseIndex: index, action: .step(step)))
            }
        }
        timed.append(Timed(at: ago(4), caseIndex: -1, action: .handover(Self.handover)))
        timed.append(Timed(at: ago(30), caseIndex: -1, action: .assessment))
        timed.append(Timed(at: ago(1), caseIndex: -1, action: .decision))
        timed.append(Timed(at: ago(5), caseIndex: -1, action: .wording))
        for (hours, channels) in [(11.0, [Channel.weibo, .wechat]), (9, [.weibo, .forum]), (7, [.web, .newsComments]),
                                  (3, [.weibo, .wechat]), (1.5, [.weibo, .hotline])] {
            let found = hours == 1.5 ? DemoCase.all.firstIndex { $0.discoveredHoursAgo == 2 } : nil
            timed.append(Timed(at: ago(hours), caseIndex: found ?? -1, action: .patrol(Patrol(channels: channels, at: ago(hours)))))
        }
        return timed.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    private func draft(_ item: Timed, drafter: EventDrafter, code: String) throws -> EventDraft {
        switch item.action {
        case .report(let demo):
            var intake = EventDrafter.Intake(title: demo.title, locality: demo.locality)
            intake.channel = demo.channel
            intake.grade = demo.grade
            intake.level = demo.level
            intake.caller = demo.caller
            intake.phone = demo.phone
            intake.detail = demo.detail
            intake.unit = demo.unit
            if demo.fromAssessment { intake.assessment = drafter.state.assessments.first?.code ?? "" }
            intake.discoveredAt = start.addingTimeInterval(-demo.discoveredHoursAgo * 3600)
            return try drafter.report(intake, newCaseID: CaseID(UUID().uuidString))
        case .step(.regrade(let grade, _)):
            return try drafter.regrade(code, to: grade, at: nil)
        case .step(.classify(let warningClass, _)):
            var triage = Triage(at: item.at)
            triage.warningClass = warningClass
            return try drafter.triage(code, triage)
        case .step(.assign(let unit, let role, _)):
            return try drafter.assign(code, unit: unit, role: role)
        case .step(.respond(let method, let text, _)):
            return try drafter.respond(code, method: method, text: text, at: nil)
        case .step(.press(let speaker, let attendees, _)):
            return try drafter.pressConference(code, at: nil, speaker: speaker, venue: "县政府新闻发布厅", attendees: attendees)
        case .step(.note(let text, _)):
            return try drafter.note(code, text: text)
        case .step(.close(let reason, _)):
            return try drafter.close(code, reason: reason, at: nil)
        case .step(.acknowledge(let unit, _)):
            return try drafter.acknowledge(code, unit: unit)
        case .step(.instruct(let leader, let text, let dueIn, _)):
            return try drafter.instruct(code, leader: leader, text: text, dueAt: item.at.addingTimeInterval(dueIn * 3600))
        case .step(.meeting(let attendees, let decisions, let action, let unit, let dueIn, _)):
            return try drafter.holdMeeting(code, JointMeeting(
                at: item.at, attendees: attendees, decisions: decisions,
                actions: [JointMeeting.Task(text: action, unit: unit, dueAt: item.at.addingTimeInterval(dueIn * 3600))]))
        case .handover(let handover):
            return try drafter.handOver(from: handover.outgoing, to: handover.incoming, note: handover.note)
        case .step(.reportUp(let recipient, let method, _)):
            return try drafter.reportUp(code, UpwardReport(recipient: recipient, method: method, at: item.at))
        case .step(.tolerate(let person, let reason, _)):
            return try drafter.tolerate(code, person: person, reason: reason)
        case .step(.action(let action, _)):
            return try drafter.perform(action, on: code)
        case .assessment:
            let day = CivilTime(item.at.addingTimeInterval(7 * 86_400), in: timeZone)
            return try drafter.assess(title: "中心城区停车收费标准调整", unit: "县发改局",
                                       plannedOn: CivilTime(year: day.year, month: day.month, day: day.day),
                                       methods: [.sampling, .visits, .consultation], riskLevel: .medium,
                                       risks: "临街商户和老旧小区居民反对", plan: "先开听证会，分片区试行，设过渡期",
                                       reviewedBy: "钱副县长")
        case .wording:
            return try drafter.approveWording(topic: Self.wording.topic, text: Self.wording.text, leader: Self.wording.leader,
                                              at: item.at)
        case .patrol(let patrol):
            return try drafter.logPatrol(Patrol(channels: patrol.channels, at: patrol.at, cases: code.isEmpty ? [] : [code]))
        case .decision:
            let late = drafter.state.cases.first { $0.title.hasPrefix("公交 8 路") }?.code
            return try drafter.decide(AccountabilityDecision(
                measure: .interview, unit: "县交通运输局", trigger: .lateResponse, cases: late.map { [$0] } ?? [],
                report: "本周超时通报", decidedBy: "周明", at: item.at, note: "线路调整回应迟缓，限期整改"))
        }
    }
}

extension DemoCase.Step {
    var hoursAgo: Double {
        switch self {
        case .regrade(_, let hours), .classify(_, let hours), .assign(_, _, let hours), .respond(_, _, let hours), .press(_, _, let hours),
             .note(_, let hours), .close(_, let hours), .acknowledge(_, let hours), .instruct(_, _, _, let hours),
             .meeting(_, _, _, _, _, let hours), .reportUp(_, _, let hours), .tolerate(_, _, let hours),
             .action(_, let hours):
            hours
        }
    }
}

/// The demo's "now", moved forward step by step as the script plays.
private final class ScriptClock {
    var now: Date
    init(now: Date) { self.now = now }
}
