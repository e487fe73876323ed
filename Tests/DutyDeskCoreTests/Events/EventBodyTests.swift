import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct EventBodyTests {
    typealias S = Scenario

    /// A line of a type this build does not know keeps its type name, so it is written back as it was read.
    @Test func theTypeNameIsTheKindsOrTheUnknownLinesOwn() {
        #expect(EventBody.caseClosed(reason: .resolved, at: S.start).typeName == EventKind.caseClosed.rawValue)
        #expect(EventBody.caseClosed(reason: .resolved, at: S.start).kind == .caseClosed)
        #expect(EventBody.ledgerCreated(LedgerIdentity(ledgerID: "L", deskID: "D", createdAt: S.start)).typeName == "log.created")
    }

    @Test func aJudgementNamingNoFactorIsEmpty() {
        var triage = Triage(at: S.start)
        #expect(triage.isEmpty)
        triage.note = "持续关注"
        #expect(!triage.isEmpty)
        #expect(!Triage(at: S.start, verification: .pending).isEmpty)
        var words = Triage(at: S.start)
        words.consequences = "可能引发聚集"
        #expect(!words.isEmpty)
    }

    static let report = CaseReport(code: "YQ-20261123-001", title: "网传自来水发黄", detail: "多名网民发帖", channel: .weibo,
                                   locality: "城关镇", caller: "王先生", phone: "13800000000", discoveredAt: S.start,
                                   grade: .general, level: .significant, unit: "县水务局")

    /// Each correctable field, read as a correction states it and set back, is the report it was.
    @Test(arguments: CorrectableField.allCases)
    func aFieldReadAndSetBackLeavesTheReportAsItWas(field: CorrectableField) {
        #expect(Self.report.correcting(field, to: Self.report.value(of: field)) == Self.report)
    }

    @Test func aCorrectionChangesItsFieldAndNothingElse() {
        let moved = Self.report.correcting(.discoveredAt, to: "2026-11-23T07:30:00+08:00")
        #expect(moved.discoveredAt == S.hours(-0.5))
        #expect(moved.title == Self.report.title)
        #expect(Self.report.correcting(.channel, to: "hotline").channel == .hotline)
        #expect(Self.report.correcting(.title, to: "自来水浑浊").title == "自来水浑浊")
        #expect(Self.report.correcting(.title, to: "自来水浑浊").locality == "城关镇")
        #expect(Self.report.value(of: .discoveredAt) == "2026-11-23T00:00:00+00:00")
        #expect(Self.report.value(of: .channel) == "weibo")
    }

    /// What `EventDrafter` never writes (a channel or a time that does not parse) leaves the field as it was.
    @Test func anUnreadableValueLeavesTheFieldAsItWas() {
        #expect(Self.report.correcting(.channel, to: "carrier-pigeon").channel == .weibo)
        #expect(Self.report.correcting(.discoveredAt, to: "yesterday").discoveredAt == S.start)
    }

    /// `事项`, `事项@单位`, `事项@单位@截止`, with the full-width ＠ too; an empty due time is none.
    @Test func aMeetingActionIsReadAsTyped() {
        #expect(JointMeeting.Task.parse("发布通报") == ("发布通报", "", nil))
        #expect(JointMeeting.Task.parse("发布通报 @ 县水务局") == ("发布通报", "县水务局", nil))
        #expect(JointMeeting.Task.parse("入户检测＠城关镇＠2026-11-24 12:00") == ("入户检测", "城关镇", "2026-11-24 12:00"))
        #expect(JointMeeting.Task.parse("入户检测@城关镇@") == ("入户检测", "城关镇", nil))
    }
}
