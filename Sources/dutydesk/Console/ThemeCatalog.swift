import DutyDeskGrid
import DutyDeskUI
import Foundation

/// The console's themes on the real disk. A thin wrapper: the search order and every decision
/// live in `ThemeSearch` and `ThemeLoader` (tested there with a fake disk); this only hands them
/// the process's environment, the executable's location and Foundation's file access.
struct ThemeCatalog: Sendable {
    let loader: ThemeLoader

    init(environment: [String: String] = ProcessInfo.processInfo.environment,
         executablePath: String = ThemeCatalog.executablePath) {
        let search = ThemeSearch(environment: environment, executablePath: executablePath,
                                 fileExists: Self.isFile, fileNames: Self.fileNames)
        loader = ThemeLoader(search: search, builtin: BuiltinThemes.texts, read: Self.read)
    }

    /// The theme for `--theme NAME|PATH` (nil: the default), NO_COLOR applied.
    func theme(for request: String?) throws(ThemeLoadError) -> Theme {
        try loader.theme(for: request)
    }

    /// Theme names the user can pass to `--theme`, for help and completion.
    var availableNames: [String] { loader.availableNames }

    /// Foundation resolves /proc/self/exe, so a symlink to an installed binary still finds the
    /// share folder next to the real file.
    static var executablePath: String { Bundle.main.executablePath ?? CommandLine.arguments[0] }

    private static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Files only: a folder called dusk.toml is no theme, and `--theme dusk` would not load it.
    private static func fileNames(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { isFile(folder + "/" + $0) }
    }

    private static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ReadFailure(description: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    /// Foundation's own description of a read error is a dump of its user info; this keeps the
    /// sentence a person can act on ("The file isn’t in the correct format.").
    private struct ReadFailure: Error, CustomStringConvertible {
        let description: String
    }
}
