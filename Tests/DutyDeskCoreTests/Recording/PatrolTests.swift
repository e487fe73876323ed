import Foundation
import Testing
@testable import DutyDeskCore

/// 巡查 through `EventDrafter`, and the stretches without one that the handover and the daily log flag.
@Suite struct PatrolTests {
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

    @Test func theWordsForNothingNewAreNoCase() {
        #expect(Patrol.found(["无新情况", "YQ-20261122-001", "无", "None"]) == ["YQ-20261122-001"])
    }

    @Test func everyStretchLongerThanTheLimitIsAGap() {
        let gaps = PatrolGaps.gaps([S.hours(1), S.hours(2), S.hours(5)], from: S.start, to: S.hours(8), hours: 2)
        #expect(gaps == [PatrolGaps.Gap(from: S.hours(2), to: S.hours(5)), PatrolGaps.Gap(from: S.hours(5), to: S.hours(8))])
        #expect(PatrolGaps.gaps([], from: S.start, to: S.hours(1), hours: 2).isEmpty)
    }
}
