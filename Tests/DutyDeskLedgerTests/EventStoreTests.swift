import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

@Suite struct EventStoreTests {
    /// A fault says where it is in the backend's own terms: a byte offset in a file, a desk's
    /// stream in a database.
    @Test func aFaultIsPlacedInItsBackendsTerms() {
        #expect(StoreFault(event: 3, location: .byteOffset(512), reason: .brokenChain).description
            == "line 3, byte offset 512: prev does not match the previous line's hash")
        #expect(StoreFault(event: 9, location: .stream(desk: "330102"), reason: .carriageReturn).description
            == "desk 330102, seq 9: the line ends in CR (CRLF line endings): the file was converted")
    }

    @Test func aRefusalNamesTheLedgerOrTheStore() {
        let fault = StoreFault(event: 9, location: .stream(desk: "330102"), reason: .hashMismatch)
        #expect(StoreError.damaged(fault).description
            == "ledger damaged at desk 330102, seq 9: hash does not match the line; writing is refused")
        #expect(StoreError.readOnly.description == "the store is open read-only")
        #expect(StoreError.unavailable(store: "postgres://desk@db/dd?desk=330102", why: .noStream(desk: "330102")).description
            == "the store postgres://desk@db/dd?desk=330102 is unavailable: no stream for desk 330102")
    }

    /// `readNew()` hands back what another writer appended since this store last read, once.
    @Test func readNewCollectsOnlyWhatIsNew() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, session, _) = try fixture.ledger(["甲"])
        let reader = try fixture.store(path, .readOnly)
        #expect(try reader.readNew().map(\.seq) == [1, 2])
        #expect(try reader.readNew().isEmpty)
        try fixture.note(session, session.state.cases[0].code, "乙")
        let new = try reader.readNew()
        #expect(new.map(\.seq) == [3] && new.first?.operatorName == "测试员")
    }
}
