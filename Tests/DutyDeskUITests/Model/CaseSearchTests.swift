import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct CaseSearchTests {
    /// A desk opened from a snapshot finds its closed cases by the text in the snapshot's table,
    /// as the replayed desk finds them, without decoding one.
    @Test func closedCasesAreFoundInTheSnapshotsTable() throws {
        var shift = RandomShift(seed: 12)
        shift.record(1500)
        let (restored, records) = try CountingRecords.restored(shift.state)
        var fromSnapshot = CaseSearch(restored)
        var replayed = CaseSearch(shift.state)
        for typed in ["城关", "mr. wang", "ΣΟΦΙΑ", "县水务局", "gd-1", "yq-2026", "没有这样的事"] {
            let query = try #require(CaseSearch.query(typed))
            let found = restored.cases.indices.filter { fromSnapshot.matches($0, query, in: restored) }
            #expect(found == shift.state.cases.indices.filter { replayed.matches($0, query, in: shift.state) }, "\(typed)")
        }
        #expect(records.reads == 0, "no closed case was decoded to be searched")
    }

    @Test func aQueryMatchesInsideOneFieldOnly() throws {
        let desk = ConsoleFixture.desk
        var search = CaseSearch(desk)
        let index = try #require(desk.cases.firstIndex { $0.report.locality == "临江镇" })
        let subject = desk.cases[index]
        func found(_ text: String) -> Bool { search.matches(index, CaseSearch.query(text)!, in: desk) }
        #expect(found("李女"))
        #expect(found(subject.code.lowercased()))
        #expect(found("g205"), "ASCII capitals in a title are found in lower case")
        #expect(!found("不存在的内容"))
        // The code ends and the title begins: no match runs from one into the other.
        let across = String(subject.code.suffix(2)) + String(subject.title.prefix(2))
        #expect(!found(across))
        #expect(CaseSearch.query("") == nil)
    }

    /// A case that changes is prepared again; the others keep what they had.
    @Test func aChangedCaseIsPreparedAgain() throws {
        var desk = ConsoleFixture.desk
        var search = CaseSearch(desk)
        let code = try #require(desk.cases.first { $0.closure == nil }?.code)
        let draft = try EventDrafter(state: desk, now: ConsoleFixture.now, timeZone: ConsoleFixture.zone)
            .assign(code, unit: "县融媒体中心", role: .cooperating)
        desk.apply(Event(seq: desk.lastSeq + 1, id: "more", recordedAt: ConsoleFixture.now, operatorName: "张伟",
                         caseID: draft.caseID, body: draft.body))
        let index = try #require(desk.index(of: draft.caseID!))
        func found(_ text: String) -> Bool { search.matches(index, CaseSearch.query(text)!, in: desk) }
        #expect(!found("融媒体"))
        search.update(desk, touched: [index])
        #expect(found("融媒体"))
    }
}
