import Testing
@testable import DutyDeskCore

@Suite struct ReportCategoryTests {
    @Test func theCategoriesKeepTheirCodes() {
        VocabularyFixture.check(ReportCategory.self, codes: [
            "online-opinion", "public-sentiment", "external-publicity", "security", "foreign-affairs",
            "emergency-management", "general",
        ])
    }

    /// 归口报送: each category names its own sending department; everything else the government office co-ordinates.
    @Test func eachCategoryNamesItsSenderInTheLanguageAsked() {
        #expect(ReportCategory.publicSentiment.sender(in: .chinese) == "信访部门")
        #expect(ReportCategory.security.sender(in: .english) == "public security bureau")
        #expect(ReportCategory.general.sender(in: .chinese) == "政府办公室（统筹）")
        let senders = ReportCategory.allCases.map { $0.sender(in: .chinese) }
        #expect(Set(senders).count == senders.count)
    }

    @Test func theScopesKeepTheirCodes() {
        VocabularyFixture.check(ReportScope.self, codes: ["same-level", "higher", "party-committee"])
        #expect(ReportScope(token: "县委") == .partyCommittee)
    }
}
