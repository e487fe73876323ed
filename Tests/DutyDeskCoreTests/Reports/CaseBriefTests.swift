import Foundation
import Testing
@testable import DutyDeskCore

/// 舆情专报: one case written up for leaders.
@Suite struct CaseBriefTests {
    typealias S = Scenario

    static func brief(_ subject: Case, at now: Date, assessment: RiskAssessment? = nil) -> ReportDocument {
        CaseBrief.document(subject, context: ReportFixture.context(at: now), assessment: assessment)
    }

    /// Not yet judged: the brief says so rather than leaving the section empty, and the next step is the clock.
    @Test func anUntriagedOpenCaseSaysSoAndNamesItsClock() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        let document = Self.brief(scenario.subject(code), at: S.hours(1))
        #expect(document.kind == "case" && document.title.hasSuffix(code))
        let judgement = ReportFixture.section(document, "judgement")
        #expect(judgement?.paragraphs == [ReportStrings.chinese.notTriaged])
        #expect(judgement?.table == nil)
        let next = ReportFixture.section(document, "next")?.facts.map(\.key)
        #expect(next == ["deadline", "dueAt", "left"])
        #expect(ReportFixture.section(document, "next")?.facts[1].value.text == "2026-11-24 08:00", "24 h for a major emergency")
    }

    /// A judgement lists each factor with who judged it, and the approach the seeds advise for what verification found.
    @Test func aJudgementListsItsFactorsAndTheAdvisedApproach() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.triage(code, Triage(at: S.hours(1), verification: .untrue)) }
        let judgement = ReportFixture.section(Self.brief(scenario.subject(code), at: S.hours(2)), "judgement")
        #expect(judgement?.paragraphs == [Strings.chinese.suggestedApproach(.untrue)])
        #expect(judgement?.table?.rows.count == 1)
        #expect(judgement?.table?.rows.first?.first?.json == .string(JudgementFactor.verification.code))
        #expect(judgement?.table?.rows.first?[2].text == "值班员")
    }

    /// The 舆情风险评估 the case follows from leads the judgement with its risk and plan.
    @Test func theAssessmentLeadsTheJudgement() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        let assessment = RiskAssessment(code: "FX-20261120-001", title: "水价调整", unit: "县发改委", plannedOn: "2026-11-20",
                                        methods: [.sampling], riskLevel: .high, risks: "群众不满", plan: "提前解读", reviewedBy: "李局长")
        let facts = ReportFixture.section(Self.brief(scenario.subject(code), at: S.hours(1), assessment: assessment), "judgement")?.facts
        #expect(facts?.map(\.value.text) == ["FX-20261120-001 水价调整", "高", "提前解读"])
    }

    /// Closed: the next step gives way to when and how it closed; every release is listed in its order.
    @Test func aClosedCaseSaysWhenAndHowItClosed() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "情况说明", at: S.hours(2), spokesperson: "张明") }
        try scenario.record(at: S.hours(3)) { try $0.close(code, reason: .resolved, at: S.hours(3)) }
        let document = Self.brief(scenario.subject(code), at: S.hours(4))
        #expect(ReportFixture.section(document, "next")?.facts.map(\.value.text) == ["2026-11-23 11:00", "办结"])
        let releases = ReportFixture.rows(ReportFixture.section(document, "responses"))
        #expect(releases.first?.prefix(3) == [Strings.chinese.releaseName(number: 0), "政府网站", "2026-11-23 10:00"])
        #expect(releases.first?[4] == "张明")
    }
}
