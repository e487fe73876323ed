import DutyDeskCore
import DutyDeskJSON
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
        #expect(sound.stdout.wholeMatch(of: /台账完好：4 条记录，末条哈希 [0-9a-f]{64}\n/) != nil, "\(sound.stdout)")
        let soundInEnglish = try DeskBinary.run(["verify", "--lang", "en"], log: log)
        #expect(soundInEnglish.stdout.wholeMatch(of: /ok 4 events, head [0-9a-f]{64}\n/) != nil, "\(soundInEnglish.stdout)")

        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        let thirdLine = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }[1] + 1
        bytes[thirdLine + 30] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: log))
        let damaged = try DeskBinary.run(["verify"], log: log)
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("第 3 条，字节偏移 \(thirdLine)：哈希与该行内容不符"), "\(damaged.stdout)")
        let damagedInEnglish = try DeskBinary.run(["verify", "--lang", "en"], log: log)
        #expect(damagedInEnglish.stdout.contains("event 3, byte offset \(thirdLine): hash does not match the line"),
                "\(damagedInEnglish.stdout)")

        let refused = try DeskBinary.run(["add", "--title", "丁", "--locality", "城关镇"], log: log)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("第 3 条") && refused.stderr.contains("字节偏移 \(thirdLine)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("哈希与该行内容不符"), "what is wrong, in the operator's language: \(refused.stderr)")
        let english = try DeskBinary.run(["add", "--title", "丁", "--locality", "城关镇", "--lang", "en"], log: log)
        #expect(english.stderr.contains("event 3, byte offset \(thirdLine): hash does not match the line"), "\(english.stderr)")
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

    @Test func readingALedgerThatIsNotThereIsRefusedNotAnEmptyDesk() throws {
        let scratch = try Scratch("missing")
        defer { scratch.remove() }
        let missing = scratch.file("none.jsonl")
        let loop = scratch.file("loop.jsonl")
        #expect(symlink(loop, loop) == 0)
        let dangling = scratch.file("dangling.jsonl")
        #expect(symlink(scratch.file("gone.jsonl"), dangling) == 0)
        for path in [missing, dangling, loop] {
            for command in [["list"], ["list", "--json"], ["verify"], ["report", "daily"], ["show", "YQ-1"]] {
                let result = try DeskBinary.run(command, log: path)
                #expect(result.status == 1 && result.stdout.isEmpty, "\(command) on \(path): \(result)")
                #expect(result.stderr.contains(path), "\(result.stderr)")
            }
        }
        #expect(try DeskBinary.run(["list"], log: missing).stderr.contains("台账文件不存在"))
        #expect(try DeskBinary.run(["list", "--lang", "en"], log: missing).stderr.contains("no ledger at \(missing)"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func aFIFOAFolderOrADeviceAsTheLedgerIsRefusedAtOnce() throws {
        let scratch = try Scratch("fifo")
        defer { scratch.remove() }
        let fifo = scratch.file("ledger.jsonl")
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, scratch.path, "/dev/null"] {
            for command in [["list"], ["verify"], ["add", "--title", "甲", "--locality", "城关镇"]] {
                let started = Date()
                let result = try DeskBinary.run(command, log: path)
                #expect(result.status == 1 && result.stderr.contains("不是普通文件"), "\(command) \(path): \(result)")
                #expect(Date().timeIntervalSince(started) < 5)
            }
        }
    }

    @Test func stderrNeverEchoesControlCharacters() throws {
        let scratch = try Scratch("stderr")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        _ = try DeskBinary.run(["add", "--title", "甲", "--locality", "城关镇"], log: log)
        for command in [["show", "X\u{1B}[31m"], ["add", "--title", "甲", "--locality", "城关镇", "--grade", "\u{1B}]0;x\u{07}"],
                        ["--\u{1B}[2J"]] {
            let result = try DeskBinary.run(command, log: log)
            #expect(result.status != 0)
            #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"), "\(result.stderr.debugDescription)")
            #expect(result.stderr.contains("␛"), "\(result.stderr)")
        }
    }

    @Test func aLedgerCutShortEmptiedOrRewrittenFailsVerifyNamingBothHeads() throws {
        let scratch = try Scratch("anchors")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        for index in 0..<6 { _ = try DeskBinary.run(["add", "--title", "事件\(index)", "--locality", "城关镇"], log: log) }
        let full = try DeskBinary.run(["verify"], log: log)
        let fullHead = try #require(full.stdout.firstMatch(of: /末条哈希 ([0-9a-f]{64})/)?.1)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        let newlines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }

        // head -n 4
        try Data(bytes[...newlines[3]]).write(to: URL(fileURLWithPath: log))
        let cut = try DeskBinary.run(["verify"], log: log)
        #expect(cut.status == 1, "\(cut)")
        #expect(cut.stdout.contains("第 7 条") && cut.stdout.contains(String(fullHead)) && cut.stdout.contains("只有 4 条"), "\(cut.stdout)")
        let refused = try DeskBinary.run(["add", "--title", "不应写入", "--locality", "城关镇"], log: log)
        #expect(refused.status == 1 && refused.stderr.contains("警报"), "\(refused)")
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: log))) == Array(bytes[...newlines[3]]))
        let listed = try DeskBinary.run(["list"], log: log)
        #expect(listed.stderr.contains("警报"), "\(listed)")

        // truncate -s 0
        try Data().write(to: URL(fileURLWithPath: log))
        for command in [["verify"], ["list"], ["add", "--title", "甲", "--locality", "城关镇"]] {
            let emptied = try DeskBinary.run(command, log: log)
            #expect(emptied.status == 1 && emptied.stderr.contains("现已不存在或为空"), "\(command): \(emptied)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)).isEmpty)
        try FileManager.default.removeItem(atPath: log)
        #expect(try DeskBinary.run(["list"], log: log).stderr.contains("现已不存在或为空"))
    }

    @Test func waitingForTheLockSaysWhoHoldsItAndGivesUp() throws {
        let scratch = try Scratch("lock")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        _ = try DeskBinary.run(["add", "--title", "甲", "--locality", "城关镇"], log: log)
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let holder = open(log, O_RDONLY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        for command in [["add", "--title", "乙", "--locality", "城关镇", "--lock-timeout", "2"], ["list", "--lock-timeout", "2"],
                        ["verify", "--lock-timeout", "2"]] {
            let started = Date()
            let result = try DeskBinary.run(command, log: log)
            let waited = Date().timeIntervalSince(started)
            #expect(result.status == 1 && waited >= 2 && waited < 10, "\(command): \(result) after \(waited)")
            #expect(result.stderr.contains("台账被进程 \(getpid())（") && result.stderr.contains("等待中"), "\(result.stderr)")
            #expect(result.stderr.contains("已等待 2 秒"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        #expect(try DeskBinary.run(["add", "--title", "乙", "--locality", "城关镇", "--lock-timeout", "-1"], log: log).status == 2)
        flock(holder, LOCK_UN)
        #expect(try DeskBinary.run(["add", "--title", "乙", "--locality", "城关镇", "--lock-timeout", "2"], log: log).status == 0)
    }
}
