import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// What a command resolves from its options and environment before it touches a ledger.
@Suite struct DeskOptionsTests {
    static func context(_ arguments: [String], _ environment: [String: String]) throws -> DeskContext {
        try DeskContext(DeskOptions.parse(arguments), environment: environment)
    }

    /// A refusal's exit code and message, or nil if there was none.
    static func refusal(_ arguments: [String], _ environment: [String: String]) -> CLIFailure? {
        do {
            _ = try context(arguments, environment)
            return nil
        } catch {
            return error as? CLIFailure
        }
    }

    @Test func optionsAfterTheSubcommandWinOverThoseBefore() throws {
        let outer = try DeskOptions.parse(["--lang", "en", "--log", "outer.jsonl", "--operator", "王芳"])
        let inner = try DeskOptions.parse(["--log", "inner.jsonl"])
        let merged = inner.overriding(outer)
        #expect(merged.log == "inner.jsonl" && merged.lang == "en" && merged.operatorName == "王芳")
    }

    @Test func theEnvironmentFillsWhatTheOptionsLeaveOut() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let environment = ["HOME": scratch.path, "XDG_DATA_HOME": scratch.file("data"), "DUTYDESK_OPERATOR": "李敏",
                           "DUTYDESK_LANG": "en", "XDG_CONFIG_HOME": scratch.file("config")]
        let desk = try Self.context([], environment)
        #expect(desk.ledgerPath == scratch.file("data/dutydesk/ledger.jsonl"))
        #expect(desk.operatorName == "李敏" && desk.strings.language == .english)
        #expect(desk.keyPath == scratch.file("data/dutydesk/desk.key"))
        let named = try Self.context(["--operator", "王芳", "--lang", "zh", "--log", "x.jsonl"], environment)
        #expect(named.operatorName == "王芳" && named.strings.language == .chinese && named.ledgerPath == "x.jsonl")
    }

    @Test func anUnknownLanguageIsRefusedNamingTheValidOnes() {
        let failure = Self.refusal(["--lang", "fr"], ["HOME": "/nonexistent"])
        #expect(failure?.exitCode == 2)
        #expect(failure?.message.contains("fr") == true && failure?.message.contains("zh, en") == true, "\(String(describing: failure))")
    }

    @Test func theSettingsFileIsReadThroughTheSettingsModule() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let config = scratch.file("config.toml")
        try "[desk]\nname = \"城关镇舆情值班台\"\ntimezone = \"Asia/Shanghai\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let desk = try Self.context(["--config", config], ["HOME": scratch.path])
        #expect(desk.settings.deskName == "城关镇舆情值班台")
        #expect(desk.timeZone == TimeZone(identifier: "Asia/Shanghai"))

        try "[desk]\nfollow-up-hours = 0\n".write(toFile: config, atomically: true, encoding: .utf8)
        let bad = Self.refusal(["--config", config, "--lang", "en"], ["HOME": scratch.path])
        #expect(bad?.exitCode == 2 && bad?.message.hasPrefix(config + ":2:") == true, "\(String(describing: bad))")
    }

    @Test func aNamedSettingsFileMustExist() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let failure = Self.refusal(["--config", scratch.file("missing.toml")], ["HOME": scratch.path])
        #expect(failure?.exitCode == 2 && failure?.message.contains("missing.toml") == true)
    }

    @Test func aReviewOfTheFutureOrANegativeLockTimeoutIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        #expect(Self.refusal(["--as-of", "2999-01-01 08:00"], ["HOME": scratch.path])?.exitCode == 2)
        #expect(Self.refusal(["--as-of", "不是时间"], ["HOME": scratch.path])?.exitCode == 2)
        #expect(Self.refusal(["--lock-timeout=-1"], ["HOME": scratch.path])?.exitCode == 2)
        let past = try Self.context(["--as-of", "2026-11-23 08:00"], ["HOME": scratch.path])
        #expect(past.asOf != nil && past.now == past.asOf)
    }
}

/// The store is chosen by `--store`, else DUTYDESK_STORE, else `store = "…"` in the desk's settings.
@Suite struct DeskOptionsStoreTests {
    static let configured = "postgres://desk@db:5433/yuqing?desk=330106"

    func context(_ arguments: [String], config: String, environment: [String: String] = [:]) throws -> DeskContext {
        let options = try DeskOptions.parse(arguments + ["--config", config])
        return try DeskContext(options, environment: ["HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent"]
            .merging(environment) { $1 })
    }

    @Test func theSettingsNameTheStoreWhenNeitherTheOptionNorTheEnvironmentDoes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let config = scratch.file("config.toml")
        try "store = \"\(Self.configured)\"\n[desk]\nname = \"西湖区值班台\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let address = try PostgresStoreAddress(parsing: Self.configured)
        #expect(try context([], config: config).location == .postgres(address))
        #expect(try context(["--store", "postgres://city@db2/yq?desk=330100"], config: config).location
            == .postgres(PostgresStoreAddress(user: "city", host: "db2", port: 5432, database: "yq", desk: "330100")))
        #expect(try context([], config: config, environment: ["DUTYDESK_STORE": scratch.file("ledger.jsonl")]).location
            == .file(path: scratch.file("ledger.jsonl")))
        #expect(try context(["--log", scratch.file("other.jsonl")], config: config).location
            == .file(path: scratch.file("other.jsonl")), "a file named for the command is the one read")
        #expect(try context([], config: config, environment: ["DUTYDESK_LOG": scratch.file("other.jsonl")]).location
            == .file(path: scratch.file("other.jsonl")))
    }

    @Test func aBadAddressInTheSettingsExitsTwoAndNamesTheKey() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let config = scratch.file("config.toml")
        try "store = \"postgres://desk:secret@db/yuqing?desk=330106\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        for (language, prefix) in [([String](), "设置中的 store："), (["--lang", "en"], "store (config): ")] {
            do {
                _ = try context(language, config: config)
                Issue.record("a password in the settings' address was accepted")
            } catch let failure as CLIFailure {
                #expect(failure.exitCode == 2)
                #expect(failure.message.hasPrefix(prefix) && !failure.message.contains("secret"), "\(failure.message)")
            }
        }
        try "store = 5\n".write(toFile: config, atomically: true, encoding: .utf8)
        #expect(throws: CLIFailure.self) { try context([], config: config) }
    }
}

/// How a command opens the ledger file: from its snapshot, saying why when it cannot, and never
/// left with a desk other than a full replay's, however the process that wrote the snapshot died.
@Suite struct DeskOptionsSnapshotTests {
    /// A generated ledger of `count` lines as the writer frames them, and its events.
    static func ledger(_ scratch: Scratch, count: Int) throws -> (path: String, events: [Event]) {
        var shift = RandomShift(seed: 6)
        shift.record(count - 1)
        var bytes: [UInt8] = []
        var hash = LineFraming.genesisHash
        for event in shift.events {
            let line = LineFraming.encode(event, previousHash: hash, utcOffset: 8 * 3600)
            bytes += line.bytes
            hash = line.hash
        }
        let path = scratch.file("ledger.jsonl")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, shift.events)
    }

    static func restored(_ path: String) throws -> SnapshotCache.Opening {
        let log = try LedgerFile(path: path, access: .readOnly, deskID: "test-desk", operatorName: "测试员", now: { Date() },
                                   timeZone: RandomShift.zone)
        return try SnapshotCache(ledgerPath: path).open(log, operatorName: "测试员")
    }

    /// A reader writes nothing beside the ledger; a writer after a long replay, or `dutydesk
    /// snapshot`, leaves the snapshot, and a refused one is named in the operator's language.
    @Test func aLongReplayLeavesASnapshotAndARefusedOneIsNamedInTheOperatorsLanguage() throws {
        let scratch = try Scratch("snapshot-note")
        defer { scratch.remove() }
        let (path, events) = try Self.ledger(scratch, count: 1500)
        let full = try DeskBinary.run(["list", "--all"], log: path)
        #expect(full.status == 0 && full.stderr.isEmpty)
        let snapshot = SnapshotFile.path(forLedger: path)
        #expect(!FileManager.default.fileExists(atPath: snapshot), "a read-only command wrote beside the ledger")
        let written = try DeskBinary.run(["snapshot"], log: path)
        #expect(written.status == 0 && written.stdout.contains(snapshot) && written.stdout.contains("1500"), "\(written.stdout)")
        #expect(FileManager.default.fileExists(atPath: snapshot))
        let opening = try Self.restored(path)
        #expect(opening.startedAt == 1500 && opening.refusal == nil)
        #expect(CanonicalDesk(opening.session.state) == CanonicalDesk(DeskState(replaying: events)))

        for (language, words) in [("zh", "未使用快照"), ("en", "snapshot")] {
            try Data("不是快照".utf8).write(to: URL(fileURLWithPath: snapshot))
            let refused = try DeskBinary.run(["--lang", language, "list", "--all"], log: path)
            #expect(refused.status == 0)
            #expect(refused.stderr.contains(words) && refused.stderr.contains(snapshot), "\(refused.stderr)")
            #expect(refused.lines.count == full.lines.count)
            // A reader leaves it as it is; a writer's long replay rebuilds it, and the next command says nothing.
            #expect(try DeskBinary.run(["list"], log: path).stderr.contains(snapshot))
            let noted = try DeskBinary.run(["note", try #require(DeskState(replaying: events).cases.first?.code), "复核"],
                                           log: path)
            #expect(noted.status == 0, "\(noted.stderr)")
            #expect(try DeskBinary.run(["list"], log: path).stderr.isEmpty)
        }
        // verify reads every line, whatever the snapshot.
        try Data("不是快照".utf8).write(to: URL(fileURLWithPath: snapshot))
        let verified = try DeskBinary.run(["verify"], log: path)
        #expect(verified.status == 0 && verified.stderr.isEmpty)
    }

    /// Killed at random moments, some while it writes the snapshot: what is left is either no
    /// snapshot or a whole one, and the desk opened from it is the full replay's.
    @Test func aKillWhileTheSnapshotIsWrittenLeavesTheFullReplaysDesk() throws {
        let scratch = try Scratch("snapshot-kill")
        defer { scratch.remove() }
        let (path, events) = try Self.ledger(scratch, count: 3000)
        let expected = CanonicalDesk(DeskState(replaying: events))
        let snapshot = SnapshotFile.path(forLedger: path)
        let started = Date()
        #expect(try DeskBinary.run(["snapshot"], log: path).status == 0)
        let whole = Date().timeIntervalSince(started)
        var generator = RandomShift.Generator(seed: UInt64(Date().timeIntervalSince1970))
        for _ in 0..<8 {
            try? FileManager.default.removeItem(atPath: snapshot)
            let (process, _, _) = try DeskBinary.start(["snapshot"], log: path)
            usleep(UInt32(Double.random(in: 0.2...1.0, using: &generator) * whole * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let opening = try Self.restored(path)
            #expect(opening.refusal == nil)
            #expect(CanonicalDesk(opening.session.state) == expected)
        }
    }
}
