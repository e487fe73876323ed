import Testing
@testable import DutyDeskCore

@Suite struct AssessmentMethodTests {
    @Test func theMethodsKeepTheirCodes() {
        VocabularyFixture.check(AssessmentMethod.self, codes: ["tracking", "sampling", "visits", "consultation"])
        #expect(AssessmentMethod(token: "会商分析") == .consultation)
    }
}
