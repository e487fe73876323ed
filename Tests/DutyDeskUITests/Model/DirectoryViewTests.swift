import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct DirectoryViewTests {
    typealias F = ConsoleFixture
    typealias R = DeskRecordFixture

    @Test func atACaseItsUnitsComeFirstOnceEachAndTheRestKeepTheirOrder() throws {
        let subject = try #require(R.desk.findCase(code: R.code("城关镇锦绣花园")))
        let view = DirectoryView(at: subject)
        #expect(view.caseUnits == ["县水务局", "城关镇"])
        #expect(view.entries(R.settings).map(\.unit.name) == ["县水务局", "城关镇", "县应急管理局", "县卫健委"])
        #expect(view.entries(R.settings).map(\.ofCase) == [true, true, false, false])
    }

    @Test func theSearchMatchesNamesAndNumbersWhileTypedAndAfter() {
        var view = DirectoryView()
        view.edit(.paste("林峰"))
        #expect(view.entries(R.settings).map(\.unit.name) == ["县卫健委"], "a liaison's name finds the unit")
        view.edit(.enter)
        #expect(view.query == "林峰" && view.draft == nil)
        view.draft = "8000004"
        #expect(view.entries(R.settings).map(\.unit.name) == ["县应急管理局"])
        view.edit(.escape)
        #expect(view.entries(R.settings).map(\.unit.name) == ["县卫健委"])
    }

    @Test func onCallIsTheRosterAtTheMomentNarrowedByTheSearch() {
        var view = DirectoryView()
        #expect(view.onCall(R.settings, at: F.now).map(\.name) == ["王芳"])
        #expect(view.onCall(R.settings, at: F.ago(10)).map(\.name) == ["赵磊"])
        view.query = "网信"
        #expect(view.onCall(R.settings, at: F.now).isEmpty)
    }
}
