import DutyDeskCore
import DutyDeskJSON
import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing

/// "What did the desk see at 02:00?": `--as-of` must show exactly what a ledger cut off at that
/// moment shows, clocks computed at that moment.
@Suite struct TimeTravelTests {
    @Test func theStateAsOfAMomentEqualsTheLedgerCutOffThen() throws {
        let scratch = try Scratch("asof")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        #expect(try DeskBinary.run(["demo", "--into", log], log: log).status == 0)
        let store = try LedgerFile(path: log, access: .readOnly, deskID: "-", operatorName: "-", now: { Date() },
                                     timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let events = try store.readNew()
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        let lineEnds = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        #expect(lineEnds.count == events.count)

        for fraction in [0.2, 0.5, 0.8, 0.95] {
            let index = Int(Double(events.count - 1) * fraction)
            // Just before the next event, so the cut falls between two recorded moments.
            let moment = events[index].recordedAt.addingTimeInterval(1)
            let kept = events.prefix { $0.recordedAt <= moment }.count
            let cut = scratch.file("cut-\(fraction).jsonl")
            try Data(bytes[..<lineEnds[kept - 1]]).write(to: URL(fileURLWithPath: cut))
            let asOf = ISO8601Timestamp.format(moment, utcOffset: 8 * 3600)
            for command in [["list", "--all", "--json"], ["show", "YQ-20261120-001", "--json"],
                            ["report", "handover", "--format", "json"]] {
                let reviewed = try DeskBinary.run(command + ["--as-of", asOf], log: log)
                let truncated = try DeskBinary.run(command + ["--as-of", asOf], log: cut)
                #expect(reviewed.status == truncated.status, "\(command) at \(asOf)")
                #expect(reviewed.stdout == truncated.stdout, "\(command) at \(asOf)")
                #expect(reviewed.stderr.contains("回看"), "\(reviewed.stderr)")
            }
            let listed = try JSONParser.parse(try DeskBinary.run(["list", "--all", "--json", "--as-of", asOf], log: log).stdout)
            #expect(listed.arrayValue?.count == Set(events.prefix(kept).compactMap(\.caseID)).count)
        }
    }

    @Test func reviewingIsReadOnlyAndCannotLookAhead() throws {
        let scratch = try Scratch("asofro")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let code = try DeskBinary.run(["add", "--title", "t", "--locality", "l"], log: log).lines[0]
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let write = try DeskBinary.run(["note", code, "x", "--as-of", "-1m"], log: log)
        #expect(write.status == 2 && write.stderr.contains("只读"), "\(write.stderr)")
        let future = try DeskBinary.run(["list", "--as-of", "2099-01-01 00:00"], log: log)
        #expect(future.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }
}
