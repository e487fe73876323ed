/// Why the console could not get the theme asked for; printed as is before it exits.
public enum ThemeLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--theme NAME` matched no NAME.toml; lists the names there are and where they were looked for.
    case unknownName(String, available: [String], searched: [String])
    /// `--theme PATH` named a file that is not there.
    case missingFile(String)
    case unreadable(path: String, reason: String)
    case invalid(ThemeError)

    public var description: String {
        switch self {
        case .unknownName(let name, let available, let searched):
            let names = available.isEmpty ? "no themes found" : "available: " + available.joined(separator: ", ")
            return "no theme named \"\(name)\" (\(names); searched \(searched.joined(separator: ", ")))"
        case .missingFile(let path):
            return "theme file not found: \(path)"
        case .unreadable(let path, let reason):
            return "cannot read theme file \(path): \(reason)"
        case .invalid(let error):
            return error.description
        }
    }
}
