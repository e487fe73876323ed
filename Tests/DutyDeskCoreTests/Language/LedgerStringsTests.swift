import Testing
@testable import DutyDeskCore

@Suite struct LedgerStringsTests {
    @Test func eachTableIsInOneLanguage() {
        WordsFixture.checkOneLanguage(chinese: LedgerMessages.chinese, english: LedgerMessages.english)
    }

    /// What stands where a ledger file should be, named in one language at a time.
    @Test func theFileKindsAreNamedInOneLanguage() {
        WordsFixture.checkOneLanguage(chinese: LedgerMessages.chinese.fileKinds, english: LedgerMessages.english.fileKinds)
        #expect(LedgerMessages.chinese.fileKinds.directory == "目录")
    }
}
