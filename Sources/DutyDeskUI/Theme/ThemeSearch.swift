/// Where `--theme NAME|PATH` is looked for. Pure: the environment, the executable's path and
/// the file system come in as values, so the search order is tested without a real disk.
///
/// A value containing "/" or ending in ".toml" is a path. A NAME is NAME.toml in the first of
/// these folders that has it:
/// 1. `$XDG_CONFIG_HOME/dutydesk/themes` (default `~/.config/dutydesk/themes`): the user's own;
/// 2. `$DUTYDESK_THEMES`, if set;
/// 3. `<executable's folder>/../share/dutydesk/themes`: an installed copy;
/// 4. the nearest `themes/` holding default.toml, walking up from the executable's folder: a
///    checkout, where `swift run` builds into `.build/<triple>/debug`.
public struct ThemeSearch: Sendable {
    /// Every folder searched, in order, without repeats.
    public let folders: [String]
    /// `NO_COLOR` set and not empty (https://no-color.org).
    public let noColor: Bool
    private let fileExists: @Sendable (String) -> Bool
    private let fileNames: @Sendable (String) -> [String]

    /// `fileNames` lists the names of the files in a folder, or none if it does not exist.
    public init(environment: [String: String], executablePath: String,
                fileExists: @escaping @Sendable (String) -> Bool,
                fileNames: @escaping @Sendable (String) -> [String]) {
        self.fileExists = fileExists
        self.fileNames = fileNames
        noColor = !(environment["NO_COLOR"] ?? "").isEmpty

        let executableFolder = PathNames.parent(of: PathNames.normalized(executablePath))
        var folders: [String] = []
        if let config = Self.nonEmpty(environment["XDG_CONFIG_HOME"])
            ?? Self.nonEmpty(environment["HOME"]).map({ PathNames.join($0, ".config") }) {
            folders.append(PathNames.join(config, "dutydesk/themes"))
        }
        if let custom = Self.nonEmpty(environment["DUTYDESK_THEMES"]) { folders.append(custom) }
        folders.append(PathNames.normalized(PathNames.join(executableFolder, "../share/dutydesk/themes")))
        if let checkout = Self.nearestThemesFolder(from: executableFolder, fileExists: fileExists) {
            folders.append(checkout)
        }
        self.folders = folders.map(PathNames.normalized).reduce(into: []) { unique, folder in
            if !unique.contains(folder) { unique.append(folder) }
        }
    }

    /// The file `request` names, by path or by name.
    public func path(for request: String) throws(ThemeLoadError) -> String {
        if request.contains("/") || request.hasSuffix(".toml") {
            guard fileExists(request) else { throw .missingFile(request) }
            return request
        }
        guard let path = path(named: request) else {
            throw .unknownName(request, available: availableNames, searched: folders)
        }
        return path
    }

    /// NAME.toml in the first folder that has it.
    public func path(named name: String) -> String? {
        folders.lazy.map { PathNames.join($0, name + ".toml") }.first(where: fileExists)
    }

    /// Every theme name found in the search folders, sorted, for help and for errors.
    public var availableNames: [String] {
        let names = folders.flatMap(fileNames).filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(".toml".count)) }
        return Set(names).filter { !$0.isEmpty }.sorted()
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func nearestThemesFolder(from folder: String, fileExists: (String) -> Bool) -> String? {
        var current = folder
        while true {
            let candidate = PathNames.join(current, "themes")
            if fileExists(PathNames.join(candidate, "default.toml")) { return candidate }
            let parent = PathNames.parent(of: current)
            if parent == current { return nil }
            current = parent
        }
    }
}
