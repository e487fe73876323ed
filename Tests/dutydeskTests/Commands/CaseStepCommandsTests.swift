import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk correct`, `refer`, `referral-outcome`, `reopen` and the other case steps, the real binary
/// on a real ledger: each step is an event the timeline shows, a refusal says what is missing.
@Suite struct CaseStepCommandsTests {
    @Test func correctionsAndReopeningAreEventsTheTimelineShows() throws {
        let scratch = try Scratch("steps")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let code = try DeskBinary.run(["add", "--title", "错字事由", "--locality", "城关镇"], log: log).lines[0]
        let unexplained = try DeskBinary.run(["correct", code, "--field", "事由", "--value", "正确事由"], log: log)
        #expect(unexplained.status == 2 && unexplained.stderr.contains("--reason"), "a correction needs its reason")
        #expect(try DeskBinary.run(["correct", code, "--field", "事由", "--value", "正确事由", "--reason", "错别字"],
                                   log: log).status == 0)
        let bad = try DeskBinary.run(["correct", code, "--field", "grade", "--value", "x", "--reason", "r"], log: log)
        #expect(bad.status == 2 && bad.stderr.contains("可选值：事由、详情"), "\(bad.stderr)")
        #expect(try DeskBinary.run(["refer", code, "--to", "网监", "--note", "谣言"], log: log).status == 0)
        #expect(try DeskBinary.run(["referral-outcome", code, "已删帖"], log: log).status == 0)
        #expect(try DeskBinary.run(["reopen", code, "--reason", "x"], log: log).status == 1)
        #expect(try DeskBinary.run(["close", code], log: log).status == 0)
        #expect(try DeskBinary.run(["reopen", code, "--reason", "再次发酵"], log: log).status == 0)
        let shown = try DeskBinary.run(["show", code], log: log).stdout
        for text in ["正确事由", "更正事由为「正确事由」，原因：错别字", "移交网监：谣言", "移交结果：已删帖", "结案（办结）", "重新打开：再次发酵"] {
            #expect(shown.contains(text), "\(text) in\n\(shown)")
        }
    }
}
