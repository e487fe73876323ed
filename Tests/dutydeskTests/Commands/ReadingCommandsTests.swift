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

    /// On the fixture ledger at 21:00 on 12 November, the landslide case's own clock has 13 hours
    /// left, but its meeting action was due at 20:00: it is listed by that clock, marked 督.
    @Test func listShowsACaseByItsMostUrgentClockWithItsOpenItems() throws {
        let moment = ["--as-of", "2026-11-12 21:00"]
        let listed = try DeskBinary.run(["list", "--json"] + moment, log: ReportFixture.ledger)
        let rows = try #require(try JSONParser.parse(listed.stdout).arrayValue?.compactMap(\.objectValue))
        let landslide = try #require(rows.first { $0["code"]?.stringValue == "YQ-20261112-001" })
        #expect(landslide["secondsLeft"]?.intValue == 13 * 3600)
        let item = try #require(landslide["openItems"]?.arrayValue?.first?.objectValue)
        #expect(item["text"]?.stringValue == "转移群众安置" && item["owner"]?.stringValue == "青山乡")
        #expect(item["dueAt"]?.stringValue == "2026-11-12T20:00:00+08:00")
        #expect(item["secondsLeft"]?.intValue == -3600 && item["band"]?.stringValue == "overdue")
        let text = try DeskBinary.run(["list"] + moment, log: ReportFixture.ledger).stdout
        let line = try #require(text.split(separator: "\n").first { $0.contains("YQ-20261112-001") })
        #expect(line.contains("督 超时 01:00:00"), "\(line)")
    }

    /// The console's `:` filters on the command line: unit, channel, locality, phone, status.
    @Test func listFiltersAsTheConsoleDoes() throws {
        let scratch = try Scratch("list-filters")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        _ = try DeskBinary.run(["add", "--title", "甲", "--locality", "城关镇", "--channel", "微博", "--unit", "县卫健委",
                                "--phone", "13800001111"], log: log)
        _ = try DeskBinary.run(["add", "--title", "乙", "--locality", "河西街道"], log: log)
        func titles(_ arguments: [String]) throws -> [String] {
            let listed = try DeskBinary.run(["list", "--json"] + arguments, log: log)
            #expect(listed.status == 0, "\(listed.stderr)")
            return try JSONParser.parse(listed.stdout).arrayValue?.compactMap { $0.objectValue?["title"]?.stringValue } ?? []
        }
        #expect(try titles(["--unit", "卫健"]) == ["甲"])
        #expect(try titles(["--channel", "微博"]) == ["甲"])
        #expect(try titles(["--locality", "河西"]) == ["乙"])
        #expect(try titles(["--phone", "1111", "--status", "待研判"]) == ["甲"])
        #expect(try titles(["--status", "已办结"]).isEmpty)
        let wrong = try DeskBinary.run(["list", "--channel", "传单"], log: log)
        #expect(wrong.status == 2 && wrong.stderr.contains("--channel"), "\(wrong.stderr)")
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
