import DutyDeskCore
import DutyDeskLedger
import Foundation
import Testing
@testable import dutydesk

/// The runner's own decisions, apart from the terminal (the loop itself is driven in tmux,
/// `ConsoleTmuxTests`): when it wakes, how it words the store's condition and a refusal.
@Suite @MainActor struct ConsoleRunnerTests {
    /// Waking on the second boundary keeps every countdown in step with the header clock; never a 0 ms spin.
    @Test func itWakesOnTheNextSecondBoundary() {
        let whole = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(ConsoleRunner.untilNextSecond(whole) == 1000)
        #expect(ConsoleRunner.untilNextSecond(whole.addingTimeInterval(0.25)) == 750)
        #expect(ConsoleRunner.untilNextSecond(whole.addingTimeInterval(0.9999)) == 1)
    }

    /// A damaged ledger's banner names the event, where it is and why, in the operator's language.
    @Test func theStoresConditionIsWordedForTheBanner() {
        let words = LedgerMessages.chinese
        #expect(ConsoleRunner.health(.sound, words: words) == .sound)
        let fault = StoreFault(event: 12, location: .byteOffset(2048), reason: .hashMismatch)
        #expect(ConsoleRunner.health(.tornTail(fault), words: words) == .tornTail, "the next writer repairs it")
        guard case .damaged(let event, let location, let reason) = ConsoleRunner.health(.damaged(fault), words: words) else {
            Issue.record("a damaged ledger reads as damaged")
            return
        }
        #expect(event == 12)
        #expect(location == words.describe(FaultLocation.byteOffset(2048)) && location.contains("2048"))
        #expect(reason == words.hashMismatch)
    }

    /// A CLI failure is already in the operator's language; anything else says what it is.
    @Test func aRefusalIsSaidInItsOwnWords() {
        #expect(ConsoleRunner.message(CLIFailure.refused("台账被占用")) == "台账被占用")
        #expect(ConsoleRunner.message(DraftRefusal.unknownCase(code: "YQ-1")) == "\(DraftRefusal.unknownCase(code: "YQ-1"))")
    }
}
