import Testing
@testable import DutyDeskCore

@Suite struct CloseReasonTests {
    @Test func theReasonsKeepTheirCodes() {
        VocabularyFixture.check(CloseReason.self, codes: ["resolved", "duplicate", "false-report"])
        #expect(CloseReason(token: "误报") == .falseReport)
    }
}
