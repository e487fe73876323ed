import Testing
@testable import DutyDeskCore

@Suite struct AccountabilityMeasureTests {
    @Test func theMeasuresKeepTheirCodes() {
        VocabularyFixture.check(AccountabilityMeasure.self, codes: ["commendation", "interview", "criticism", "accountability"])
    }

    @Test func theTriggersKeepTheirCodes() {
        VocabularyFixture.check(AccountabilityTrigger.self, codes: ["good-work", "passive", "late-response", "mishandled"])
    }

    /// The seeds' short words for a ground are typed as often as the full ones.
    @Test func aTriggerIsFoundByTheSeedsShortWords() {
        #expect(AccountabilityTrigger(token: "不作为") == .passive)
        #expect(AccountabilityTrigger(token: "迟报") == .lateResponse)
        #expect(AccountabilityTrigger(token: "应对无方") == .mishandled)
    }
}
