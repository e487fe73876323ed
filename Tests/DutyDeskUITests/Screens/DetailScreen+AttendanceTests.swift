import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// The detail's conference attendance: shown once a conference has its attendance recorded, each marked.
@Suite struct DetailScreenAttendanceTests {
    typealias F = ConsoleFixture

    static func lines(_ subject: Case, _ state: ConsoleState) -> [String] {
        DetailScreen.attendanceLines(subject, state: state).map { $0.map(\.text).joined() }
    }

    @Test func aCaseWithoutConferencesShowsNothing() throws {
        let state = F.state()
        let water = try #require(state.desk.cases.first { $0.title.contains("自来水") })
        #expect(DetailScreen.attendanceLines(water, state: state).isEmpty)
    }

    /// A counted conference is ✓; one no head or spokesperson attended is ✗ and says it does not count.
    @Test func eachConferenceIsMarkedWhetherItCounts() throws {
        var state = F.state()
        let truck = try #require(state.desk.cases.first { $0.title.contains("G205") })
        #expect(Self.lines(truck, state).first == "■ " + SpeakerWords.chinese.attendanceTitle)
        #expect(Self.lines(truck, state).contains { $0.hasPrefix("✓ ") && $0.hasSuffix("刘强（新闻发言人）") })
        state.apply(Event(seq: 900, id: "p", recordedAt: F.now, operatorName: "张伟", caseID: truck.id,
                          body: .pressConferenceHeld(PressConference(at: F.ago(1), attendees: [
                              ConferenceAttendee(name: "李华", role: .other)]))))
        let lines = Self.lines(try #require(state.desk[truck.id]), state)
        let uncounted = try #require(lines.firstIndex { $0.hasPrefix("✗ ") })
        #expect(lines[uncounted].hasSuffix("李华（其他）"))
        #expect(lines[uncounted + 1] == "  " + SpeakerWords.chinese.uncounted)
        #expect(lines.last == "", "a blank line before the next block")
    }
}
