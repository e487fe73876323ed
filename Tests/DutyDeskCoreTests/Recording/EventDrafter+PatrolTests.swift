import Foundation
import Testing
@testable import DutyDeskCore

/// 巡查 through `EventDrafter`: its channels once each, the cases it found by their codes, a real moment.
@Suite struct EventDrafterPatrolTests {
    typealias S = Scenario

    @Test func aPatrolNamesItsChannelsAndTheCasesItFound() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(2)) { try $0.logPatrol(Patrol(channels: [.weibo, .wechat, .weibo], at: S.hours(2))) }
        try scenario.record(at: S.hours(4)) {
            try $0.logPatrol(Patrol(channels: [.web], at: S.hours(3.5), cases: [code.lowercased()], note: "转发增多"))
        }
        let patrols = scenario.state.patrols.map(\.patrol)
        #expect(patrols.map(\.channels) == [[.weibo, .wechat], [.web]])
        #expect(patrols[1].cases == [code])
        #expect(Strings.chinese.patrolSummary(patrols[0]) == "（微博、微信）：无新情况")
        #expect(Strings.chinese.patrolFindings(patrols[1]) == "发现 \(code)；转发增多")
        #expect(throws: DraftRefusal.emptyField(name: .channels)) {
            try scenario.record(at: S.hours(5)) { try $0.logPatrol(Patrol(channels: [], at: S.hours(5))) }
        }
        #expect(throws: DraftRefusal.unknownCase(code: "YQ-20990101-001")) {
            try scenario.record(at: S.hours(5)) { try $0.logPatrol(Patrol(channels: [.weibo], at: S.hours(5), cases: ["YQ-20990101-001"])) }
        }
        #expect(throws: DraftRefusal.inFuture(field: .at, value: S.hours(6), now: S.hours(5))) {
            try scenario.record(at: S.hours(5)) { try $0.logPatrol(Patrol(channels: [.weibo], at: S.hours(6))) }
        }
    }
}
