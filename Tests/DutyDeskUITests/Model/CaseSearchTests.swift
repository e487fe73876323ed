import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct CaseSearchTests {
    /// Folding is `lowercased()`, byte for byte, on the fast path and off it.
    @Test(arguments: ["", "YQ-20261123-001", "城关镇锦绣花园小区", "网传“县城明年取消学区划片”…", "ＡＢＣ全角", "ÉCOLE",
                      "ΟΔΟΣ ΣΟΦΙΑΣ", "İstanbul", "Straße", "G205 国道", "e\u{301}", "🚒 Fire", "한국어 TEXT"])
    func foldingIsLowercasing(_ text: String) {
        #expect(CaseSearch.folded(text) == Array(text.lowercased().utf8))
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
