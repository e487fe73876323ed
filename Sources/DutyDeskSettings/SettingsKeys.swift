import DutyDeskCore
import Foundation
import TOMLKit

/// The keys one table of the settings file may hold, each with how its value is read into
/// `Target`. The keys a refusal lists as valid are this table's, so a key cannot be read and go
/// unlisted, or be listed and refused.
struct SettingsKeys<Target> {
    /// How a refusal names the table ("[desk]", "[[units]]"); nil for the file's top level.
    let table: String?
    let keys: [SettingsKey<Target>]

    /// The valid keys, in the table's order, as a refusal lists them.
    var names: String { keys.map(\.name).joined(separator: ", ") }

    /// Reads every key of `toml` (found at `path` in the file) into `target`; an unknown key is
    /// refused with the valid ones named.
    func read(_ toml: TOMLTable, at path: [String], _ reader: SettingsReader, into target: inout Target)
        throws(SettingsParser.Problem) {
        for (key, value) in toml {
            let at = path + [key]
            guard let known = keys.first(where: { $0.name == key }) else {
                let words = reader.words
                throw reader.fail(at, table.map { fill(words.unknownKey, key, $0, names) } ?? fill(words.unknownTopKey, key, names))
            }
            try known.read(value, at, reader, &target)
        }
    }
}

/// One key of a table and how its value is read.
struct SettingsKey<Target> {
    typealias Read = (_ value: TOMLValueConvertible, _ path: [String], _ reader: SettingsReader, _ target: inout Target)
        throws(SettingsParser.Problem) -> Void

    let name: String
    let read: Read

    init(_ name: String, read: @escaping Read) {
        self.name = name
        self.read = read
    }

    /// A key whose value is text, kept in `property`.
    static func text(_ name: String, _ property: WritableKeyPath<Target, String>) -> SettingsKey {
        SettingsKey(name) { value, path, reader, target throws(SettingsParser.Problem) in
            target[keyPath: property] = try reader.text(value, path)
        }
    }

    /// A key whose value is a moment of the roster, kept in `property`.
    static func time(_ name: String, _ property: WritableKeyPath<Target, Date?>) -> SettingsKey {
        SettingsKey(name) { value, path, reader, target throws(SettingsParser.Problem) in
            target[keyPath: property] = try reader.time(value, path)
        }
    }

    /// A key whose value is an amount above 0 and at most `limit`, said in `unit`'s words.
    static func amount(_ name: String, _ property: WritableKeyPath<Target, Double>, limit: Int,
                       _ unit: KeyPath<SettingsParser.Words, String>) -> SettingsKey {
        SettingsKey(name) { value, path, reader, target throws(SettingsParser.Problem) in
            target[keyPath: property] = try reader.amount(value, path, limit: limit, reader.words[keyPath: unit])
        }
    }
}

/// What reading one settings file needs at every key: where a path is in the file, the words a
/// problem is said in, and the zone the roster's local times are in.
struct SettingsReader {
    let fileName: String
    let lines: TOMLKeyLines
    let words: SettingsParser.Words
    /// The language of the problems said, for the tables with words of their own (`SpeakerWords`).
    let language: Language
    let rosterZone: TimeZone

    func fail(_ path: [String], _ message: String) -> SettingsParser.Problem {
        SettingsParser.Problem(fileName: fileName, line: lines.line(of: path), message: message)
    }

    func text(_ value: TOMLValueConvertible, _ path: [String]) throws(SettingsParser.Problem) -> String {
        guard let string = value.string else { throw fail(path, fill(words.text, path.joined(separator: "."))) }
        return string
    }

    /// A number above 0 and at most `limit`, which `message` names (hours or minutes).
    func amount(_ value: TOMLValueConvertible, _ path: [String], limit: Int, _ message: String)
        throws(SettingsParser.Problem) -> Double {
        guard let amount = value.double ?? value.int.map(Double.init), amount > 0, amount <= Double(limit) else {
            throw fail(path, fill(message, path.last ?? "", limit))
        }
        return amount
    }

    /// A list of names; `nonEmpty` when the file may not leave it empty.
    func names(_ value: TOMLValueConvertible, _ path: [String], nonEmpty: Bool, _ message: String)
        throws(SettingsParser.Problem) -> [String] {
        guard let list = value.array?.map({ $0.string }), !list.contains(nil), !(nonEmpty && list.isEmpty) else {
            throw fail(path, fill(message, path.last ?? ""))
        }
        return list.compactMap { $0 }
    }

    /// A moment: ISO 8601, or local time in the roster's zone.
    func time(_ value: TOMLValueConvertible, _ path: [String]) throws(SettingsParser.Problem) -> Date {
        guard let text = value.string,
              let date = ISO8601Timestamp.parse(text) ?? SettingsParser.localTime(text, in: rosterZone) else {
            throw fail(path, fill(words.time, path.last ?? ""))
        }
        return date
    }

    func table(_ value: TOMLValueConvertible, _ path: [String]) throws(SettingsParser.Problem) -> TOMLTable {
        guard let table = value.table else { throw fail(path, fill(words.notTable, path.last ?? "")) }
        return table
    }

    /// The tables of an array of tables (`[[units]]`), each with its path ("units", "2").
    func tables(_ value: TOMLValueConvertible, _ path: [String]) throws(SettingsParser.Problem)
        -> [(table: TOMLTable, path: [String])] {
        let key = path.last ?? ""
        guard let entries = value.array else { throw fail(path, fill(words.tables, key, key)) }
        var tables: [(table: TOMLTable, path: [String])] = []
        for (index, entry) in entries.enumerated() {
            let at = path + [String(index + 1)]
            guard let table = entry.table else { throw fail(at, fill(words.eachTable, key)) }
            guard table["name"]?.string.map({ !$0.isEmpty }) == true else { throw fail(at, fill(words.needsName, key)) }
            tables.append((table, at))
        }
        return tables
    }
}
