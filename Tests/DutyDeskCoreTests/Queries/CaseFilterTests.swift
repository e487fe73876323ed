import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct CaseFilterTests {
    typealias S = Scenario

    @Test func everyCriterionSetMustHold() throws {
        var scenario = Scenario()
        var water = EventDrafter.Intake(title: "小区停水", locality: "城关镇")
        water.unit = "县卫健委"
        water.phone = "13800001111"
        water.channel = .weibo
        water.discoveredAt = S.start
        let code = try #require(try scenario.record(at: S.start) { try $0.report(water, newCaseID: CaseID("w")) }).code
        let subject = try #require(scenario.state.findCase(code: code))
        var filter = CaseFilter()
        #expect(filter.isEmpty && filter.matches(subject))
        var known = filter.set(.unit, to: "卫健")
        #expect(known && filter.matches(subject), "a unit matches by the words it contains")
        known = filter.set(.channel, to: "微博") && filter.set(.phone, to: "1111") && filter.set(.status, to: "待研判")
        #expect(known && filter.matches(subject))
        known = filter.set(.locality, to: "河西")
        #expect(known && !filter.matches(subject))
        known = filter.set(.locality, to: " ")
        #expect(known && filter.matches(subject), "blank free text clears the criterion")
        known = filter.set(.grade, to: "重大")
        #expect(known && !filter.matches(subject))
    }

    @Test func anUnknownWordSetsNothing() {
        var filter = CaseFilter()
        var known = filter.set(.grade, to: "很大") || filter.set(.channel, to: "传单")
        #expect(!known && filter.isEmpty)
        known = filter.set(.level, to: "major")
        #expect(known)
        #expect(filter.described(in: .chinese).map { "\($0.criterion.chineseName):\($0.value)" } == ["舆情等级:重大"])
        #expect(filter.described(in: .english).map(\.value) == ["Major"])
    }
}
