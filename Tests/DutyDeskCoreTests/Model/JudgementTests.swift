import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct JudgementTests {
    typealias S = Scenario

    @Test func aLaterJudgementChangesOnlyWhatItNames() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        var first = Triage(at: S.hours(1), grade: .general, verification: .pending)
        first.warningClass = .hotspot
        first.nature = "民生诉求"
        try scenario.record(at: S.hours(1)) { try $0.triage(code, first) }
        var later = Triage(at: S.hours(2), verification: .confirmed)
        later.scope = "全县"
        try scenario.record(at: S.hours(2)) { try $0.triage(code, later) }
        let judgement = scenario.subject(code).judgement
        #expect(judgement.warningClass == .hotspot, "a triage without --class keeps the class")
        #expect(judgement.verification == .confirmed)
        #expect(judgement.entries[.nature]?.value == "民生诉求" && judgement.entries[.nature]?.at == S.hours(1))
        #expect(judgement.entries[.scope]?.at == S.hours(2) && judgement.entries[.verification]?.by == "值班员")
        #expect(judgement.judged.map(\.factor) == [.nature, .scope, .verification, .grade, .warningClass])
        #expect(judgement.text(.warningClass, in: .chinese) == "社会热点问题" && judgement.text(.scope, in: .english) == "全县")
    }

    @Test func aJudgementThatRestatesEverythingNamesNothingButTheGrades() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        var first = Triage(at: S.hours(1), verification: .confirmed)
        first.riskLevel = .high
        try scenario.record(at: S.hours(1)) { try $0.triage(code, first) }
        #expect(throws: DraftRefusal.nothingJudged(code: code)) {
            try scenario.record(at: S.hours(2)) { try $0.triage(code, first) }
        }
        let confirmed = try scenario.record(at: S.hours(2)) { try $0.triage(code, Triage(at: S.hours(2), grade: .general)) }
        #expect(confirmed?.judgement.entries[.grade]?.at == S.hours(2), "confirming the grade is a judgement")
        #expect(confirmed?.judgement.entries[.riskLevel]?.at == S.hours(1))
    }

    @Test func theTwoGradesAreKeptApart() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .none)
        var weighty = Triage(at: S.hours(1))
        weighty.level = .major
        weighty.priority = .policyMisreading
        try scenario.record(at: S.hours(1)) { try $0.triage(code, weighty) }
        let subject = scenario.subject(code)
        #expect(subject.level == .major && subject.grade == .none)
        #expect(DeadlinePolicy().deadline(for: subject)?.kind == .response,
                "a major opinion with no emergency stays on the 48-hour response clock")
        try scenario.record(at: S.hours(2)) { try $0.triage(code, Triage(at: S.hours(2), grade: .major)) }
        #expect(DeadlinePolicy().deadline(for: scenario.subject(code))?.kind == .pressConference)
    }

    @Test func theAdviceFollowsTheSeedsWords() {
        let strings = Strings.chinese
        #expect(strings.suggestedApproach(.grounded).contains("解决问题"))
        #expect(strings.suggestedApproach(.discrepant).contains("澄清事实真相"))
        #expect(strings.suggestedApproach(.untrue).contains("载发"))
        #expect(Verification(token: "基本属实") == .grounded && Verification(token: "部分属实") == .grounded)
        #expect(Verification.allCases.allSatisfy { !strings.suggestedApproach($0).isEmpty })
    }
}
