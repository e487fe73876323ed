import Testing
@testable import DutyDeskCore

@Suite struct LedgerStringsTests {
    @Test func eachTableIsInOneLanguage() {
        WordsFixture.checkOneLanguage(chinese: LedgerMessages.chinese, english: LedgerMessages.english)
    }

    /// What stands where a ledger file should be, named in the reader's language; a kind the table
    /// does not know is said as it is, never dropped.
    @Test func aFileKindIsNamedInTheLanguage() {
        for kind in ["directory", "fifo", "device", "socket", "other"] {
            #expect(LedgerMessages.chinese.fileKind(kind) != kind, "\(kind)")
            #expect(LedgerMessages.english.fileKind(kind) != LedgerMessages.chinese.fileKind(kind), "\(kind)")
        }
        #expect(LedgerMessages.chinese.fileKind("directory") == "目录")
        #expect(LedgerMessages.english.fileKind("door") == "door")
    }
}
