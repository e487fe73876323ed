import Testing
@testable import DutyDeskCore

@Suite struct TriageVocabularyTests {
    @Test func theWarningClassesKeepTheirCodes() {
        VocabularyFixture.check(WarningClass.self, codes: ["routine", "hotspot", "sensitive", "emergency"])
    }

    @Test func theSixPrioritiesKeepTheirCodes() {
        VocabularyFixture.check(ResponsePriority.self, codes: ["policy-misreading", "public-interest", "moral-outrage",
                                                               "emergency-handling", "superior-request", "stability"])
    }

    @Test func theVerificationsKeepTheirCodes() {
        VocabularyFixture.check(Verification.self, codes: ["confirmed", "grounded", "discrepant", "untrue", "pending"])
    }

    /// Ledgers written before 有一定根据 and 有较大出入 were split stored 部分属实 as `partly-true`.
    @Test func theOldPartlyTrueReadsAsGrounded() {
        #expect(Verification(token: "partly-true") == .grounded)
        #expect(Verification(token: "部分属实") == .grounded)
        #expect(Verification(token: "恶语中伤") == .untrue)
    }

    @Test func theLevelsKeepTheirCodes() {
        VocabularyFixture.check(Level.self, codes: ["high", "medium", "low"])
    }
}
