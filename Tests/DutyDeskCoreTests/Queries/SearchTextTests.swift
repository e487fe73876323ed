import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

@Suite struct SearchTextTests {
    /// Folding is `lowercased()`, byte for byte, on the fast path and off it.
    @Test(arguments: ["", "YQ-20261123-001", "城关镇锦绣花园小区", "网传“县城明年取消学区划片”…", "ＡＢＣ全角", "ÉCOLE",
                      "ΟΔΟΣ ΣΟΦΙΑΣ", "İstanbul", "Straße", "G205 国道", "e\u{301}", "🚒 Fire", "한국어 TEXT"])
    func foldingIsLowercasing(_ text: String) {
        #expect(SearchText.folded(text) == Array(text.lowercased().utf8))
    }

    @Test func eachFieldEndsInANulAndAMatchStaysInsideOne() {
        let text: [UInt8] = Array("yq-001\0网传停水\0".utf8)
        func found(_ wanted: String) -> Bool { text.withUnsafeBytes { SearchText.contains($0, Array(wanted.utf8)) } }
        #expect(found("停水") && found("yq") && found(""))
        #expect(!found("001网传"), "no match runs from one field into the next")
        #expect(!found("停水停水停水停水停水"), "a query longer than the text")
        #expect([UInt8]().withUnsafeBytes { SearchText.contains($0, Array("水".utf8)) } == false)
    }

    /// A snapshot's closed case carries the text its decoded case gives, so a search of the closed
    /// lane finds in the table what it would find in the case.
    @Test func anArchivedCaseSearchesAsItsDecodedCase() throws {
        var shift = RandomShift(seed: 11)
        shift.record(1500)
        let (restored, records) = try CountingRecords.restored(shift.state)
        let archived = restored.cases.indices.filter { restored.cases.isArchived($0) }
        #expect(!archived.isEmpty, "the shift closes no case: nothing is archived")
        for position in archived {
            let text = restored.cases.withArchivedSearchText(position) { Array($0) }
            #expect(text == SearchText.of(shift.state.cases[position]))
        }
        #expect(restored.cases.indices.filter { !restored.cases.isArchived($0) }
            .allSatisfy { restored.cases.withArchivedSearchText($0) { _ in true } == nil })
        #expect(records.reads == 0, "no closed case was decoded for its text")
    }
}
