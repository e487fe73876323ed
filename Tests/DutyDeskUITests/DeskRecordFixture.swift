import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// `ConsoleFixture`'s desk with the desk-level records on it: a 舆情风险评估 and a case opened from
/// it, a 约谈 decision, a 容错 on the press conference's speaker; and settings with member units
/// and an on-call roster. Built through `EventDrafter`, as the ledger would replay it.
enum DeskRecordFixture {
    typealias F = ConsoleFixture

    static let desk: DeskState = {
        var state = F.desk
        state.record(at: F.ago(40)) {
            try $0.assess(title: "中心城区停车收费标准调整", unit: "县发改局", plannedOn: CivilTime(year: 2026, month: 11, day: 25),
                          methods: [.tracking, .sampling], riskLevel: .high, risks: "沿街商户和老旧小区居民可能集中反映负担加重",
                          plan: "出台前召开听证会；发布当日由县发改局解读，热线统一口径", reviewedBy: "周明")
        }
        state.record(at: F.ago(30)) {
            try $0.assess(title: "城南片区学区调整", unit: "县教育局", plannedOn: CivilTime(year: 2026, month: 12, day: 1),
                          methods: [.visits], riskLevel: .low, risks: "", plan: "", reviewedBy: "吴芳")
        }
        var intake = EventDrafter.Intake(title: "停车收费上涨引发商户不满", locality: "城关镇")
        intake.assessment = state.assessments[0].code
        intake.discoveredAt = F.ago(6)
        state.record(at: F.ago(6)) { try $0.report(intake, newCaseID: CaseID("case-assessed")) }
        let truck = state.cases.first { $0.title.hasPrefix("G205") }!.code
        state.record(at: F.ago(4)) { try $0.tolerate(truck, person: "刘强", reason: "发布会上伤亡人数口误，当场更正") }
        let first = state.cases[0].code
        state.record(at: F.ago(3)) { drafter in
            try drafter.decide(AccountabilityDecision(measure: .interview, unit: "县水务局", trigger: .passive,
                                                       cases: [first], report: "本周超时通报",
                                                       decidedBy: "周明", at: F.ago(3)))
        }
        return state
    }()

    static let settings: DeskSettings = {
        var settings = DeskSettings()
        var water = DeskSettings.MemberUnit(name: "县水务局")
        water.head = "张建国"
        water.liaison = "李敏"
        water.phone = "0000-8000005"
        water.leader = "刘副局长"
        water.leaderPhone = "0000-8000105"
        var emergency = DeskSettings.MemberUnit(name: "县应急管理局")
        emergency.head = "马军"
        emergency.liaison = "何静"
        emergency.phone = "0000-8000004"
        var health = DeskSettings.MemberUnit(name: "县卫健委")
        health.head = "黄蓉"
        health.liaison = "林峰"
        health.phone = "0000-8000006"
        settings.units = [emergency, health, water]
        settings.roster = [
            DeskSettings.OnCall(name: "王芳", unit: "县政府办", phone: "13800000001", from: F.ago(6), to: F.ago(-18)),
            DeskSettings.OnCall(name: "赵磊", unit: "县网信办", phone: "13800000002", from: F.ago(30), to: F.ago(6)),
        ]
        return settings
    }()

    static func state(_ language: Language = .chinese, reviewing: Date? = nil) -> ConsoleState {
        ConsoleState(desk: desk, deskName: "城关值班台", operatorName: "张伟", policy: DeadlinePolicy(),
                     strings: ConsoleStrings.table(for: language), timeZone: F.zone, settings: settings, reviewing: reviewing)
    }

    static func code(_ prefix: String) -> String { desk.cases.first { $0.title.hasPrefix(prefix) }!.code }

    /// Each character as a key, as an operator types it.
    static func type(_ text: String, into state: inout ConsoleState, size: (Int, Int) = (100, 30)) {
        for character in text { state.handle(.character(character), now: F.now, size: size) }
    }

    /// The screen after `keys` (with the case whose title starts `selecting` selected first), as the
    /// snapshot `name-WxH-language`.
    static func assertSnapshot(_ name: String, keys: [Key], selecting prefix: String? = nil, size: (Int, Int),
                               language: Language, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var state = Self.state(language)
        if let prefix { state.select(code: code(prefix)) }
        for key in keys { state.handle(key, now: F.now, size: size) }
        let grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "\(name)-\(size.0)x\(size.1)-\(language.rawValue)",
                            sourceLocation: sourceLocation)
    }
}
