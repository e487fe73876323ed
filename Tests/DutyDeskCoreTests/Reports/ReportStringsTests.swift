import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskCore

/// The reports' words. A label the table lacks falls back to its JSON key, which would put an
/// English word in a Chinese report: every label, column and section a builder uses must be in both tables.
@Suite struct ReportStringsTests {
    typealias S = Scenario

    @Test func aMissingLabelFallsBackToItsKey() {
        #expect(ReportStrings.chinese.label("noSuchKey") == "noSuchKey")
        #expect(ReportStrings.chinese.section("noSuchSection") == "noSuchSection")
        #expect(ReportStrings.chinese.label("code") != "code")
    }

    /// A desk with something in every section: a released, assigned, instructed, patrolled, decided case.
    static func busyDesk() throws -> (DeskState, Case) {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "县水务局", role: .lead) }
        try scenario.record(at: S.hours(1)) { try $0.instruct(code, leader: "王县长", text: "今日回应", dueAt: S.hours(6)) }
        try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "情况说明", at: S.hours(2), spokesperson: "张明") }
        try scenario.record(at: S.hours(3)) {
            try $0.pressConference(code, at: S.hours(3), attendees: [ConferenceAttendee(name: "张明", role: .spokesperson)])
        }
        try scenario.record(at: S.hours(4)) { try $0.feedback(code, unit: "县水务局", text: "已处置", at: S.hours(4)) }
        try scenario.record(at: S.hours(4)) { try $0.logPatrol(Patrol(channels: [.weibo], at: S.hours(4), cases: [code])) }
        try scenario.record(at: S.hours(5)) {
            try $0.decide(AccountabilityDecision(measure: .commendation, unit: "县水务局", trigger: .goodWork, cases: [code],
                                                 decidedBy: "督查室", at: S.hours(5)))
        }
        try scenario.record(at: S.hours(5)) { try $0.tolerate(code, person: "张明", reason: "口径偏差") }
        try scenario.record(at: S.hours(6)) { try $0.close(code, reason: .resolved, at: S.hours(6)) }
        return (scenario.state, scenario.subject(code))
    }

    static func documents(_ language: Language) throws -> [ReportDocument] {
        let (state, subject) = try busyDesk()
        let context = ReportFixture.context(at: S.hours(8), language: language)
        let month = DayRange(first: ReportFixture.day(1), last: ReportFixture.day(23))
        return [
            HandoverReport.document(state, context: context, operatorName: "张伟", horizonHours: 12, anchor: .none),
            DailyReport.document(state, day: ReportFixture.day(23), context: context),
            StatsReport.document(TimelinessStats(state, period: month, policy: context.policy, now: context.now,
                                                 timeZone: context.timeZone),
                                 decisions: state.decisions, context: context),
            OverdueReport.document(state, period: month, context: context),
            AnalysisReport.document(state, period: month, context: context),
            AnalysisReport.document(subject, context: context),
            AccountabilityReport.document(state, period: month, context: context),
            CaseBrief.document(subject, context: context),
        ]
    }

    @Test(arguments: [Language.chinese, .english])
    func everyLabelAReportUsesIsInTheTable(language: Language) throws {
        for document in try Self.documents(language) {
            for fact in document.facts + document.sections.flatMap(\.facts) {
                #expect(fact.label != fact.key, "\(document.kind): fact \(fact.key)")
            }
            for section in document.sections {
                #expect(section.title != section.key, "\(document.kind): section \(section.key)")
                for column in section.table?.columns ?? [] {
                    #expect(column.title != column.key, "\(document.kind).\(section.key): column \(column.key)")
                }
            }
        }
    }

    @Test func eachLanguagesLabelsAreInThatLanguage() throws {
        for document in try Self.documents(.chinese) {
            let words = document.facts.map(\.label) + document.sections.flatMap { [$0.title] + ($0.table?.columns.map(\.title) ?? []) }
            for word in words { #expect(OneLanguage.englishWords(in: word).isEmpty, "\(document.kind): \(word)") }
        }
        for document in try Self.documents(.english) {
            let words = document.facts.map(\.label) + document.sections.flatMap { [$0.title] + ($0.table?.columns.map(\.title) ?? []) }
            for word in words { #expect(OneLanguage.chineseCharacters(in: word).isEmpty, "\(document.kind): \(word)") }
        }
    }
}
