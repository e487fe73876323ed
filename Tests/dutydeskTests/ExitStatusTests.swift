import DutyDeskCore
import Testing
@testable import dutydesk

/// README's exit codes: what could never be recorded is bad usage (2); what the desk refuses given
/// the ledger and the clock is 1.
@Suite struct ExitStatusTests {
    @Test func aValueThatCouldNeverBeRecordedIsBadUsage() {
        #expect(DraftRefusal.emptyField(name: .title).exitCode == 2)
        #expect(DraftRefusal.invalidValue(field: .incoming, value: "张伟").exitCode == 2)
    }

    @Test func whatTheDeskRefusesGivenTheLedgerIsOne() {
        #expect(DraftRefusal.unknownCase(code: "YQ-20990101-001").exitCode == 1)
        #expect(DraftRefusal.unitsWithoutAnswer(code: "YQ-20261123-001", units: ["城关镇"]).exitCode == 1)
    }
}
