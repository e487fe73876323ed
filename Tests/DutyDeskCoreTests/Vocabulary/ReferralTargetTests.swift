import Testing
@testable import DutyDeskCore

@Suite struct ReferralTargetTests {
    @Test func theTargetsKeepTheirCodes() {
        VocabularyFixture.check(ReferralTarget.self, codes: ["police", "internet-supervision"])
    }

    /// `correct --field` takes these codes, and a correction's event stores one.
    @Test func theCorrectableFieldsKeepTheirCodes() {
        VocabularyFixture.check(CorrectableField.self, codes: ["title", "detail", "locality", "caller", "phone", "channel",
                                                               "discovered-at"])
        #expect(CorrectableField(token: "发现时间") == .discoveredAt)
    }
}
