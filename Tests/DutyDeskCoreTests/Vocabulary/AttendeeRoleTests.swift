import Testing
@testable import DutyDeskCore

@Suite struct AttendeeRoleTests {
    @Test func theRolesKeepTheirCodes() {
        VocabularyFixture.check(AttendeeRole.self, codes: ["head", "spokesperson", "other"])
        #expect(AttendeeRole(token: "发言人") == .spokesperson)
        #expect(AttendeeRole(token: "单位负责人") == .head)
    }

    /// 001: the unit's 负责人 or its 新闻发言人 must attend; anyone else does not make the conference count.
    @Test func onlyAHeadOrASpokespersonSatisfiesAttendance() {
        #expect(AttendeeRole.allCases.filter(\.satisfiesAttendance) == [.head, .spokesperson])
    }
}
