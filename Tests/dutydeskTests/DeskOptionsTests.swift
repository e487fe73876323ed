import DutyDeskCore
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
        #expect(desk.logPath == scratch.file("data/dutydesk/ledger.jsonl"))
        #expect(desk.recorder == "李敏" && desk.strings.language == .english)
        #expect(desk.keyPath == scratch.file("data/dutydesk/desk.key"))
        let named = try Self.context(["--operator", "王芳", "--lang", "zh", "--log", "x.jsonl"], environment)
        #expect(named.recorder == "王芳" && named.strings.language == .chinese && named.logPath == "x.jsonl")
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
