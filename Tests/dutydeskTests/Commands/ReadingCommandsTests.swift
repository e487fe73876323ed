import DutyDeskTestSupport
import Foundation
import Testing

@Suite struct ReadingCommandsTests {
    @Test func verifyPrintsTheHeadOrNamesTheFirstBadLine() throws {
        let scratch = try Scratch("verify")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        for title in ["甲", "乙", "丙"] {
            _ = try DeskBinary.run(["add", "--title", title, "--locality", "城关镇"], log: log)
        }
        let sound = try DeskBinary.run(["verify"], log: log)
        #expect(sound.status == 0)
        #expect(sound.stdout.wholeMatch(of: /ok 4 events, head [0-9a-f]{64}\n/) != nil, "\(sound.stdout)")

        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        let thirdLine = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }[1] + 1
        bytes[thirdLine + 30] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: log))
        let damaged = try DeskBinary.run(["verify"], log: log)
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("line 3, byte offset \(thirdLine)"), "\(damaged.stdout)")

        let refused = try DeskBinary.run(["add", "--title", "丁", "--locality", "城关镇"], log: log)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("第 3 行") && refused.stderr.contains("字节偏移 \(thirdLine)"), "\(refused.stderr)")
        let listed = try DeskBinary.run(["list"], log: log)
        #expect(listed.status == 0 && listed.stdout.contains("甲") && !listed.stdout.contains("丙"))
    }

    @Test func listingAMissingLedgerShowsNoCases() throws {
        let scratch = try Scratch("missing")
        defer { scratch.remove() }
        let result = try DeskBinary.run(["list", "--json"], log: scratch.file("none.jsonl"))
        #expect(result.status == 0 && result.stdout == "[]\n")
        #expect(try DeskBinary.run(["verify"], log: scratch.file("none.jsonl")).status == 1)
    }
}
