import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct DuplicateFinderTests {
    typealias S = Scenario

    func desk() throws -> Scenario {
        var scenario = Scenario()
        var water = EventDrafter.Intake(title: "锦绣花园小区自来水发黄有异味", locality: "城关镇")
        water.phone = "138 0000 0001"
        water.discoveredAt = S.start
        try scenario.record(at: S.start) { try $0.report(water, newCaseID: CaseID("water")) }
        try scenario.report("暴雨致道路积水")
        return scenario
    }

    @Test func theSamePhoneFindsTheCaseWhateverTheTitle() throws {
        let found = DuplicateFinder.candidates(title: "停水", phone: "13800000001", in: try desk().state)
        #expect(found.map(\.title) == ["锦绣花园小区自来水发黄有异味"])
    }

    @Test(arguments: ["自来水发黄的锦绣花园小区", "锦绣花园 自来水 有异味", "小区自来水发黄"])
    func similarTitlesInAnotherOrderAreFound(title: String) throws {
        #expect(DuplicateFinder.candidates(title: title, phone: "", in: try desk().state).first?.title
                == "锦绣花园小区自来水发黄有异味")
    }

    @Test(arguments: ["学校食堂传言", "积", ""])
    func unrelatedOrTooShortTitlesFindNothing(title: String) throws {
        #expect(DuplicateFinder.candidates(title: title, phone: "", in: try desk().state).isEmpty)
    }

    @Test func closedCasesAreNotOffered() throws {
        var scenario = try desk()
        try scenario.record(at: S.hours(1)) { try $0.close("YQ-20261123-002", reason: .resolved, at: nil) }
        #expect(DuplicateFinder.candidates(title: "暴雨致道路积水", phone: "", in: scenario.state).isEmpty)
    }

    @Test func aLinkedReportIsCountedWithItsChannel() throws {
        var scenario = try desk()
        try scenario.record(at: S.hours(1)) {
            try $0.link("YQ-20261123-001", report: LinkedReport(channel: .weibo, note: "微博同题"))
        }
        try scenario.record(at: S.hours(2)) { try $0.link("YQ-20261123-001", report: LinkedReport(channel: .dutyPhone)) }
        let subject = scenario.subject("YQ-20261123-001")
        #expect(subject.reportCount == 3)
        #expect(subject.reportChannels == [.dutyPhone, .weibo])
    }
}
