import Testing
@testable import DutyDeskCore

@Suite struct CaseStatusTests {
    /// The codes are what `list --status` and the JSON output carry.
    @Test func theStatusesKeepTheirCodesInTheirOrder() {
        VocabularyFixture.check(CaseStatus.self, codes: ["pending-triage", "handling", "releasing", "closed"])
        #expect(CaseStatus(token: "待研判") == .pendingTriage)
    }
}
