import DutyDeskCore
import Testing
@testable import DutyDeskUI

@Suite struct MeetingAgendaTests {
    typealias F = ConsoleFixture

    var ids: [CaseID] { F.desk.cases.prefix(3).map(\.id) }

    @Test func marksToggleInTheOrderTheyWereMadeAndTravelByCode() {
        var agenda = MeetingAgenda()
        for id in ids { agenda.toggle(id) }
        agenda.toggle(ids[1])
        #expect(agenda.cases == [ids[0], ids[2]])
        let codes = agenda.codes(on: F.desk)
        var restored = MeetingAgenda()
        restored.restore(codes: codes + ["YQ-20990101-001"], on: F.desk)
        #expect(restored.cases == [ids[0], ids[2]], "a code no longer on the desk is dropped")
    }

    @Test func openingWithNothingMarkedTakesTheFocusedCaseAloneOrNothing() {
        var agenda = MeetingAgenda()
        let empty = agenda.open(focused: nil)
        #expect(!empty)
        let opened = agenda.open(focused: ids[2])
        #expect(opened && agenda.cases == [ids[2]] && agenda.current == ids[2])
    }

    @Test func pagesTurnOneCaseAtATimeAndANewPageStartsAtItsTop() {
        var agenda = MeetingAgenda()
        for id in ids { agenda.toggle(id) }
        let opened = agenda.open(focused: nil)
        #expect(opened)
        agenda.scroll(by: .moveDown, limit: 5)
        agenda.scroll(by: .moveDown, limit: 5)
        #expect(agenda.scroll == 2)
        agenda.turn(by: .pageDown)
        #expect(agenda.page == 1 && agenda.scroll == 0 && agenda.current == ids[1])
        agenda.turn(by: .last)
        agenda.turn(by: .pageDown)
        #expect(agenda.page == 2, "the last page stays the last")
        agenda.scroll(by: .moveDown, limit: 0)
        #expect(agenda.scroll == 0, "a page that fits does not scroll")
    }
}
