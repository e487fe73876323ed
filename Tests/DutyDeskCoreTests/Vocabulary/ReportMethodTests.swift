import Testing
@testable import DutyDeskCore

@Suite struct ReportMethodTests {
    /// 001's three ways up, and the two the desk adds; `phone` is the same code as the channel's.
    @Test func theMethodsKeepTheirCodes() {
        VocabularyFixture.check(ReportMethod.self, codes: ["phone", "opinion-platform", "info-system", "written", "other"])
        #expect(ReportMethod.dutyPhone.code == Channel.dutyPhone.code)
    }
}
