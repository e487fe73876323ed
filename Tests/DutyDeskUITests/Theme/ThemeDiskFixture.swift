import DutyDeskGrid
import Testing
@testable import DutyDeskUI

/// Files on a pretend disk, for the search order and the loader's decisions.
struct FakeDisk: Sendable {
    var files: [String: String]

    func search(_ environment: [String: String], executable: String = "/opt/dd/bin/dutydesk") -> ThemeSearch {
        let files = files
        return ThemeSearch(environment: environment, executablePath: executable,
                           fileExists: { files[$0] != nil },
                           fileNames: { folder in files.keys.filter { PathNames.parent(of: $0) == folder }
                               .map { String($0.split(separator: "/").last!) } })
    }

    func loader(_ environment: [String: String], executable: String = "/opt/dd/bin/dutydesk",
                builtin: [String: String] = [:]) -> ThemeLoader {
        let files = files
        return ThemeLoader(search: search(environment, executable: executable), builtin: builtin) { path in
            guard let text = files[path] else { throw Unreadable() }
            return text
        }
    }

    struct Unreadable: Error, CustomStringConvertible {
        var description: String { "Permission denied" }
    }
}
