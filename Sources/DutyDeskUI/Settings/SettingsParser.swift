import DutyDeskCore
import Foundation
import TOMLKit

/// Reads the desk's settings file. Pure: the app reads the file and passes its text.
///
/// ```toml
/// [desk]
/// name = "城关镇舆情值班台"
/// code = "CG"
/// timezone = "Asia/Shanghai"
/// follow-up-hours = 24
/// handover-hours = 12
/// localities = ["城关镇", "河西街道"]
///
/// [[units]]
/// name = "县水务局"
/// head = "张建国"
/// liaison = "李敏"
/// phone = "0000-1234567"
/// ```
public enum SettingsParser {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let fileName: String
        public let line: Int?
        public let message: String

        public var description: String { "\(fileName)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    public static func parse(text: String, fileName: String) throws(Problem) -> DeskSettings {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch {
            let syntax = error as? TOMLParseError
            throw Problem(fileName: fileName, line: syntax?.source.begin.line,
                          message: "not valid TOML: \(syntax?.description ?? String(describing: error))")
        }
        let lines = TOMLKeyLines(text: text)
        func fail(_ path: [String], _ message: String) -> Problem {
            Problem(fileName: fileName, line: lines.line(of: path), message: message)
        }
        var settings = DeskSettings()
        for (key, value) in document {
            switch key {
            case "desk":
                guard let desk = value.table else { throw fail([key], "desk must be a table") }
                for (field, entry) in desk {
                    let path = [key, field]
                    switch field {
                    case "name": settings.deskName = try string(entry, path, fail)
                    case "code": settings.deskCode = try string(entry, path, fail)
                    case "follow-up-hours":
                        guard let hours = entry.double ?? entry.int.map(Double.init), hours > 0, hours <= 24 * 7 else {
                            throw fail(path, "follow-up-hours must be a number of hours from 1 to 168")
                        }
                        settings.followUpCadenceHours = hours
                    case "handover-hours":
                        guard let hours = entry.double ?? entry.int.map(Double.init), hours > 0, hours <= 72 else {
                            throw fail(path, "handover-hours must be a number of hours from 1 to 72")
                        }
                        settings.handoverHorizonHours = hours
                    case "timezone":
                        guard let zone = entry.string.flatMap(TimeZone.init(identifier:)) else {
                            throw fail(path, "timezone must be an IANA zone name such as \"Asia/Shanghai\"")
                        }
                        settings.timeZone = zone
                    case "localities":
                        guard let list = entry.array?.map({ $0.string }), !list.contains(nil) else {
                            throw fail(path, "localities must be a list of names")
                        }
                        settings.localities = list.compactMap { $0 }
                    default: throw fail(path, "unknown key \"\(field)\" in [desk] (name, code, timezone, follow-up-hours, handover-hours, localities)")
                    }
                }
            case "units":
                guard let entries = value.array else { throw fail([key], "units must be [[units]] tables") }
                for (index, entry) in entries.enumerated() {
                    let at = [key, String(index + 1)]
                    guard let table = entry.table else { throw fail(at, "each [[units]] must be a table") }
                    guard let name = table["name"]?.string, !name.isEmpty else { throw fail(at, "a unit needs a name") }
                    var unit = DeskSettings.MemberUnit(name: name)
                    for (field, value) in table {
                        let path = at + [field]
                        switch field {
                        case "name": continue
                        case "head": unit.head = try string(value, path, fail)
                        case "liaison": unit.liaison = try string(value, path, fail)
                        case "phone": unit.phone = try string(value, path, fail)
                        default: throw fail(path, "unknown key \"\(field)\" in [[units]] (name, head, liaison, phone)")
                        }
                    }
                    settings.units.append(unit)
                }
            default:
                throw fail([key], "unknown key \"\(key)\" (desk, units)")
            }
        }
        return settings
    }

    private static func string(_ value: TOMLValueConvertible, _ path: [String], _ fail: ([String], String) -> Problem)
        throws(Problem) -> String {
        guard let string = value.string else { throw fail(path, "\(path.joined(separator: ".")) must be text") }
        return string
    }
}
