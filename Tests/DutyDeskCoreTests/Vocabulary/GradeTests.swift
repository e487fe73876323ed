import Testing
@testable import DutyDeskCore

@Suite struct GradeTests {
    @Test func theEmergencyGradeKeepsItsCodes() {
        VocabularyFixture.check(Grade.self, codes: ["extraordinary", "major", "significant", "general", "none"])
    }

    @Test func theOpinionLevelKeepsItsCodes() {
        VocabularyFixture.check(OpinionLevel.self, codes: ["extraordinary", "major", "significant", "general"])
    }

    /// Only 特别重大 and 重大 emergencies put a case on the 24-hour press-conference clock.
    @Test func onlyTheTwoHighestGradesCallForAPressConference() {
        #expect(Grade.allCases.filter(\.requiresPressConference) == [.extraordinary, .major])
    }

    /// 重大 and 特别重大 opinion is reported 第一时间 (001); the emergency grade has nothing to do with it.
    @Test func onlyTheTwoHighestLevelsCallForAFirstReport() {
        #expect(OpinionLevel.allCases.filter(\.requiresFirstReport) == [.extraordinary, .major])
    }
}
