import Testing
@testable import DutyDeskCore

@Suite struct UnitRoleTests {
    @Test func theRolesKeepTheirCodes() {
        VocabularyFixture.check(UnitRole.self, codes: ["first", "lead", "cooperating", "vertical", "locality"])
    }

    @Test func theShortWordsNameTheRole() {
        #expect(UnitRole(token: "牵头") == .lead)
        #expect(UnitRole(token: "co-operating") == .cooperating)
        #expect(UnitRole(token: "垂直管理") == .verticalCoordinator)
    }
}
