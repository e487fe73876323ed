import DutyDeskGrid
import DutyDeskSettings
import TOMLKit

/// Turns the text of a theme file into a `Theme`. Pure: the caller reads the file, so the same
/// code checks shipped themes in tests and a user's file at start-up.
public enum ThemeParser {
    /// Parses `text`, naming `fileName` in errors. A role the file gives replaces `base`'s style
    /// for that role whole (an omitted fg means the terminal's default, not base's colour), so a
    /// theme means what it says; a role it omits keeps `base`'s style. A monochrome theme drops
    /// the colours of the styles it keeps from `base`.
    public static func parse(text: String, fileName: String, base: Theme) throws(ThemeError) -> Theme {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch {
            let syntax = error as? TOMLParseError
            throw ThemeError(fileName: fileName, line: syntax?.source.begin.line,
                             problem: .syntax(syntax?.description ?? String(describing: error)))
        }
        return try ThemeReader(fileName: fileName, lines: TOMLKeyLines(text: text)).theme(from: document, base: base)
    }
}

/// Walks one parsed document, checking every key and value and naming the line of the first
/// one that is wrong.
private struct ThemeReader {
    typealias Entry = (key: String, value: TOMLValueConvertible)

    let fileName: String
    let lines: TOMLKeyLines

    func theme(from document: TOMLTable, base: Theme) throws(ThemeError) -> Theme {
        var name = String(fileName.split(separator: "/").last ?? "")
        if name.hasSuffix(".toml") { name.removeLast(".toml".count) }
        var monochrome = false
        var given: [(role: StyleRole, style: Style)] = []
        for (key, value) in inDocumentOrder(document, under: []) {
            switch key {
            case "name": name = try string(value, at: [key])
            case "monochrome": monochrome = try bool(value, at: [key])
            case "roles": given = try styles(value)
            default: throw failure(.unknownTopLevelKey(key), at: [key])
            }
        }
        if monochrome { try requireNoColors(given) }

        var styles = base.styles
        for (role, style) in given { styles[role] = style }
        if monochrome { styles = styles.mapValues(Self.attributesOnly) }
        return Theme(name: name, styles: styles, monochrome: monochrome)
    }

    /// The roles the file gives, in the order it gives them.
    private func styles(_ value: TOMLValueConvertible) throws(ThemeError) -> [(role: StyleRole, style: Style)] {
        guard let table = value.table else {
            throw failure(.wrongType(key: "roles", expected: "a table of roles", found: value.type), at: ["roles"])
        }
        var result: [(role: StyleRole, style: Style)] = []
        for (key, roleValue) in inDocumentOrder(table, under: ["roles"]) {
            guard let role = StyleRole(rawValue: key) else { throw failure(.unknownRole(key), at: ["roles", key]) }
            guard let roleTable = roleValue.table else {
                throw failure(.wrongType(key: "roles.\(key)", expected: "a table of fg, bg, bold, underline, reverse",
                                         found: roleValue.type), at: ["roles", key])
            }
            result.append((role, try style(roleTable, role: key)))
        }
        return result
    }

    private func style(_ table: TOMLTable, role: String) throws(ThemeError) -> Style {
        var style = Style()
        for (key, value) in inDocumentOrder(table, under: ["roles", role]) {
            let path = ["roles", role, key]
            switch key {
            case "fg": style.foreground = try color(value, at: path)
            case "bg": style.background = try color(value, at: path)
            case "bold": style.bold = try bool(value, at: path)
            case "underline": style.underline = try bool(value, at: path)
            case "reverse": style.reverse = try bool(value, at: path)
            default: throw failure(.unknownStyleKey(key, role: role), at: path)
            }
        }
        return style
    }

    private func requireNoColors(_ given: [(role: StyleRole, style: Style)]) throws(ThemeError) {
        for (role, style) in given {
            for (key, color) in [("fg", style.foreground), ("bg", style.background)] where color != .terminalDefault {
                let path = ["roles", role.rawValue, key]
                throw failure(.colorInMonochrome(key: path.joined(separator: ".")), at: path)
            }
        }
    }

    private static func attributesOnly(_ style: Style) -> Style {
        Style(bold: style.bold, underline: style.underline, reverse: style.reverse)
    }

    private func color(_ value: TOMLValueConvertible, at path: [String]) throws(ThemeError) -> Color {
        if let index = value.int {
            guard let color = ColorSyntax.color(index: index) else { throw failure(.unknownColor(String(index)), at: path) }
            return color
        }
        guard let text = value.string else {
            throw failure(.wrongType(key: path.joined(separator: "."),
                                     expected: "a colour (\"#rrggbb\", 0-255, an ANSI name or \"default\")",
                                     found: value.type), at: path)
        }
        guard let color = ColorSyntax.color(named: text) else { throw failure(.unknownColor("\"\(text)\""), at: path) }
        return color
    }

    private func bool(_ value: TOMLValueConvertible, at path: [String]) throws(ThemeError) -> Bool {
        guard let flag = value.bool else {
            throw failure(.wrongType(key: path.joined(separator: "."), expected: "true or false", found: value.type), at: path)
        }
        return flag
    }

    private func string(_ value: TOMLValueConvertible, at path: [String]) throws(ThemeError) -> String {
        guard let text = value.string else {
            throw failure(.wrongType(key: path.joined(separator: "."), expected: "a string", found: value.type), at: path)
        }
        return text
    }

    /// TOMLKit lists keys sorted by name; checking them in the order they were written makes
    /// the error reported the first one in the file.
    private func inDocumentOrder(_ table: TOMLTable, under path: [String]) -> [Entry] {
        table.map { (key: $0.0, value: $0.1) }.sorted {
            (lines.line(of: path + [$0.key]) ?? .max, $0.key) < (lines.line(of: path + [$1.key]) ?? .max, $1.key)
        }
    }

    private func failure(_ problem: ThemeError.Problem, at path: [String]) -> ThemeError {
        ThemeError(fileName: fileName, line: lines.line(of: path), problem: problem)
    }
}
