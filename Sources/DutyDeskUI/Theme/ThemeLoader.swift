import DutyDeskGrid

/// Decides which theme the console draws with, given where themes are (`ThemeSearch`) and a way
/// to read a file, passed in so the whole decision is tested without a disk.
///
/// - The base is default.toml found by name like any theme (so a user's own default.toml wins),
///   parsed over `Theme.builtinFallback`; without one anywhere, the built-in theme itself.
/// - Any other theme is parsed over that base, so roles it omits look as in the default.
/// - NO_COLOR wins over a colour theme: a theme with `monochrome = false` is replaced by
///   monochrome.toml (or the built-in theme, which is attributes-only, if there is none); a
///   monochrome theme asked for by name or path is kept.
public struct ThemeLoader: Sendable {
    public let search: ThemeSearch
    private let read: @Sendable (String) throws -> String

    /// `read` returns a file's text; its error's description is shown to the person.
    public init(search: ThemeSearch, read: @escaping @Sendable (String) throws -> String) {
        self.search = search
        self.read = read
    }

    /// The theme for `--theme request`; nil means the default.
    public func theme(for request: String?) throws(ThemeLoadError) -> Theme {
        let base = try search.path(named: "default").map { path throws(ThemeLoadError) in
            try parse(path, base: .builtinFallback)
        } ?? .builtinFallback
        let chosen = try request.map { request throws(ThemeLoadError) in
            try parse(search.path(for: request), base: base)
        } ?? base
        guard search.noColor, !chosen.monochrome else { return chosen }
        guard let monochrome = search.path(named: "monochrome") else { return .builtinFallback }
        return try parse(monochrome, base: base)
    }

    private func parse(_ path: String, base: Theme) throws(ThemeLoadError) -> Theme {
        let text: String
        do {
            text = try read(path)
        } catch {
            throw .unreadable(path: path, reason: String(describing: error))
        }
        do {
            return try ThemeParser.parse(text: text, fileName: path, base: base)
        } catch {
            throw .invalid(error)
        }
    }
}
