import DutyDeskCore
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

@Suite struct SettingsFileTests {
    @Test func badSettingsStopTheCommandNamingFileAndLine() throws {
        let scratch = try Scratch("settings")
        defer { scratch.remove() }
        let config = scratch.file("desk.toml")
        try "[desk]\nname = \"x\"\nfollow-up-hours = \"often\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let result = try DeskBinary.run(["--config", config, "list"], log: scratch.file("ledger.jsonl"))
        #expect(result.status == 2 && result.stderr.contains("desk.toml:3: follow-up-hours"), "\(result.stderr)")
        let missing = try DeskBinary.run(["list", "--config", scratch.file("nope.toml")], log: scratch.file("ledger.jsonl"))
        #expect(missing.status == 2 && missing.stderr.contains("no file at"))
    }

    @Test func theCadenceSetsTheFollowUpClockAndTheDemoShipsSettings() throws {
        let scratch = try Scratch("cadence")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        try "[desk]\nfollow-up-hours = 6\n".write(toFile: scratch.file("config.toml"), atomically: true, encoding: .utf8)
        let code = try DeskBinary.run(["add", "--title", "t", "--locality", "l"], log: log).lines[0]
        #expect(try DeskBinary.run(["respond", code, "--method", "weibo"], log: log).status == 0)
        let row = try JSONParser.parse(try DeskBinary.run(["show", code, "--json"], log: log).stdout).objectValue!
        #expect((6 * 3600 - 60...6 * 3600).contains(row["secondsLeft"]?.intValue ?? 0))

        let demo = scratch.file("demo/ledger.jsonl")
        try FileManager.default.createDirectory(atPath: scratch.file("demo"), withIntermediateDirectories: true)
        #expect(try DeskBinary.run(["demo", "--into", demo], log: log).status == 0)
        let text = try String(contentsOfFile: scratch.file("demo/config.toml"), encoding: .utf8)
        #expect(text.contains("[[units]]") && text.contains("县水务局"))
        #expect(try DeskBinary.run(["list"], log: demo).status == 0, "the demo's settings load")
    }
}
