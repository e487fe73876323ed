/// Where each key of a TOML document was written. TOMLKit reports a position only for syntax
/// errors, so the parser reads the (already valid) text a second time to name the line of a
/// key it refuses.
///
/// It understands what theme files use: `[table.headers]`, `key = value` and dotted keys, bare
/// or quoted, comments, and multi-line strings (skipped so their text is never taken for keys).
/// A key inside an inline table is reported at the line of the table, where it is written too.
/// Each `[[array]]` entry is numbered from 1, so `units.2.phone` is the second unit's phone.
public struct TOMLKeyLines {
    private var firstLine: [[String]: Int] = [:]

    public init(text: String) {
        var table: [String] = []
        var entries: [[String]: Int] = [:]
        var openString: Substring?
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: Self.endsLine).enumerated() {
            if let delimiter = openString {
                if line.contains(delimiter) { openString = nil }
                continue
            }
            var cursor = KeyCursor(line)
            cursor.skipBlanks()
            if cursor.take("[") {
                let isArray = cursor.take("[")
                guard let path = cursor.keyPath() else { continue }
                table = path
                if isArray {
                    entries[path, default: 0] += 1
                    table.append(String(entries[path]!))
                }
                record(table, line: index + 1)
            } else if let path = cursor.keyPath(), cursor.take("=") {
                record(table + path, line: index + 1)
                openString = cursor.unclosedMultilineString()
            }
        }
    }

    /// The line of `path`, or of the nearest enclosing key or table that was written.
    public func line(of path: [String]) -> Int? {
        for length in stride(from: path.count, through: 1, by: -1) {
            if let line = firstLine[Array(path.prefix(length))] { return line }
        }
        return nil
    }

    /// Swift reads "\r\n" as one character, so it is a line end of its own.
    private static func endsLine(_ character: Character) -> Bool { character == "\n" || character == "\r\n" }

    private mutating func record(_ path: [String], line: Int) {
        for length in 1...path.count {
            let prefix = Array(path.prefix(length))
            if firstLine[prefix] == nil { firstLine[prefix] = line }
        }
    }
}

/// Reads keys from one line of TOML.
private struct KeyCursor {
    private var rest: Substring

    init(_ line: Substring) { rest = line }

    mutating func skipBlanks() {
        rest = rest.drop { $0 == " " || $0 == "\t" }
    }

    /// Consumes `token` after optional blanks.
    mutating func take(_ token: Character) -> Bool {
        skipBlanks()
        guard rest.first == token else { return false }
        rest = rest.dropFirst()
        return true
    }

    /// `a.b."c d"` → ["a", "b", "c d"]; nil when the line does not start with a key.
    mutating func keyPath() -> [String]? {
        var path: [String] = []
        repeat {
            skipBlanks()
            guard let key = key() else { return nil }
            path.append(key)
        } while take(".")
        return path
    }

    /// After `=`: the closing delimiter of a multi-line string that goes on past this line.
    mutating func unclosedMultilineString() -> Substring? {
        skipBlanks()
        for delimiter in ["\"\"\"", "'''"] where rest.hasPrefix(delimiter) {
            return rest.dropFirst(3).contains(delimiter) ? nil : Substring(delimiter)
        }
        return nil
    }

    private mutating func key() -> String? {
        switch rest.first {
        case "\"": return quoted(by: "\"", escapes: true)
        case "'": return quoted(by: "'", escapes: false)
        default:
            let bare = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            guard !bare.isEmpty else { return nil }
            rest = rest.dropFirst(bare.count)
            return String(bare)
        }
    }

    private mutating func quoted(by quote: Character, escapes: Bool) -> String? {
        var key = ""
        var index = rest.index(after: rest.startIndex)
        while index < rest.endIndex {
            let character = rest[index]
            if character == quote {
                rest = rest[rest.index(after: index)...]
                return key
            }
            if escapes, character == "\\" {
                index = rest.index(after: index)
                guard index < rest.endIndex else { return nil }
            }
            key.append(rest[index])
            index = rest.index(after: index)
        }
        return nil
    }
}
