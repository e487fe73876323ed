import DutyDeskCore
import Foundation
import Testing
import TOMLKit
@testable import DutyDeskSettings

@Suite struct SettingsKeysTests {
    /// A table of two keys reading into a list, so what was read shows.
    static var keys: SettingsKeys<[String]> {
        SettingsKeys(table: "[test]", keys: [
            .init("word") { value, path, reader, read throws(SettingsParser.Problem) in read.append(try reader.text(value, path)) },
            .init("hours") { value, path, reader, read throws(SettingsParser.Problem) in
                read.append(String(try reader.amount(value, path, limit: 10, reader.words.hours)))
            },
        ])
    }

    static func reader(_ text: String, _ language: Language = .english) -> SettingsReader {
        SettingsReader(fileName: "t.toml", lines: TOMLKeyLines(text: text), words: SettingsParser.Words.table(for: language), language: language,
                       rosterZone: TimeZone(identifier: "Asia/Shanghai")!)
    }

    static func read(_ text: String, _ language: Language = .english) throws(SettingsParser.Problem) -> [String] {
        let toml = try! TOMLTable(string: text)
        var read: [String] = []
        try keys.read(toml["test"]!.table!, at: ["test"], reader(text, language), into: &read)
        return read
    }

    @Test func everyKeyIsReadByItsOwnEntry() throws {
        #expect(Set(try Self.read("[test]\nword = \"甲\"\nhours = 2.5\n")) == ["甲", "2.5"])
        #expect(Self.keys.names == "word, hours")
    }

    /// An unknown key is refused at its line, with the table's keys as the valid ones.
    @Test func anUnknownKeyIsRefusedWithTheTablesKeys() {
        #expect(throws: SettingsParser.Problem(fileName: "t.toml", line: 3,
                                               message: "unknown key \"colour\" in [test] (valid keys: word, hours)")) {
            try Self.read("[test]\nword = \"甲\"\ncolour = 1\n")
        }
        #expect(throws: SettingsParser.Problem(fileName: "t.toml", line: 2,
                                               message: "没有键「colour」（在 [test] 中；可用的键：word, hours）")) {
            try Self.read("[test]\ncolour = 1\n", .chinese)
        }
    }

    /// The readers refuse the wrong kind of value, naming the key as the file writes it.
    @Test func aValueOfTheWrongKindIsRefusedAtItsKey() {
        #expect(throws: SettingsParser.Problem(fileName: "t.toml", line: 2, message: "test.word must be text")) {
            try Self.read("[test]\nword = 1\n")
        }
        #expect(throws: SettingsParser.Problem(fileName: "t.toml", line: 2,
                                               message: "hours must be a number of hours above 0 and at most 10")) {
            try Self.read("[test]\nhours = 10.5\n")
        }
    }

    /// A roster time is ISO 8601 or local time in the desk's zone; a relative time is not a roster's.
    @Test func aRosterTimeIsLocalToTheDesk() throws {
        let reader = Self.reader("")
        let local = try reader.time("2026-12-01 08:00", ["on-call", "1", "from"])
        #expect(local == CivilTime(year: 2026, month: 12, day: 1, hour: 8).date(in: TimeZone(identifier: "Asia/Shanghai")!))
        #expect(try reader.time("2026-12-01T00:00:00+00:00", ["from"]) == local)
        #expect(throws: SettingsParser.Problem.self) { try reader.time("+1h", ["from"]) }
    }
}
