import DutyDeskGrid

/// Decides which theme the console draws with, given where themes are (`ThemeSearch`) and a way
/// to read a file, passed in so the whole decision is tested without a disk.
///
/// - A name is looked for in the search folders first, then among the compiled-in `builtin`
///   texts (themes/ as built), so a user's file or an installed one wins and a binary copied on
///   its own still has its colours.
/// - The base is default.toml found by name like any theme (so a user's own default.toml wins),
///   parsed over `Theme.builtinFallback`; without one anywhere, that attributes-only theme itself.
/// - Any other theme is parsed over that base, so roles it omits look as in the default.
/// - NO_COLOR wins over a colour theme: a theme with `monochrome = false` is replaced by
///   monochrome.toml (or the built-in theme, which is attributes-only, if there is none); a
///   monochrome theme asked for by name or path is kept.
public struct ThemeLoader: Sendable {
    public let search: ThemeSearch
    /// Theme name → TOML text, looked in after every folder (`BuiltinThemes.texts` in the app).
    public let builtin: [String: String]
    private let read: @Sendable (String) throws -> String

    /// `read` returns a file's text; its error's description is shown to the person.
    public init(search: ThemeSearch, builtin: [String: String] = [:],
                read: @escaping @Sendable (String) throws -> String) {
        self.search = search
        self.builtin = builtin
        self.read = read
    }

    /// Where a theme's text comes from: a file, or the compiled-in copy of themes/NAME.toml.
    private enum Source {
        case file(String)
        case builtin(name: String, text: String)
    }

    /// The name shown in errors about a compiled-in theme, where a file's path would be.
    public static func builtinFileName(_ name: String) -> String { "(built-in) \(name).toml" }

    /// The theme for `--theme request`; nil means the default.
    public func theme(for request: String?) throws(ThemeLoadError) -> Theme {
        let base = try source(named: "default").map { source throws(ThemeLoadError) in
            try parse(source, base: .builtinFallback)
        } ?? .builtinFallback
        let chosen = try request.map { request throws(ThemeLoadError) in
            try parse(source(for: request), base: base)
        } ?? base
        guard search.noColor, !chosen.monochrome else { return chosen }
        guard let monochrome = source(named: "monochrome") else { return .builtinFallback }
        return try parse(monochrome, base: base)
    }

    /// Theme names for help and errors: those in the folders and the compiled-in ones.
    public var availableNames: [String] { Set(search.availableNames + builtin.keys).sorted() }

    private func source(named name: String) -> Source? {
        if let path = search.path(named: name) { return .file(path) }
        return builtin[name].map { .builtin(name: name, text: $0) }
    }

    private func source(for request: String) throws(ThemeLoadError) -> Source {
        do throws(ThemeLoadError) {
            return .file(try search.path(for: request))
        } catch .unknownName(let name, _, let searched) {
            guard let text = builtin[name] else {
                throw .unknownName(name, available: availableNames, searched: searched)
            }
            return .builtin(name: name, text: text)
        }
    }

    private func parse(_ source: Source, base: Theme) throws(ThemeLoadError) -> Theme {
        let text: String, fileName: String
        switch source {
        case .file(let path):
            do {
                text = try read(path)
            } catch {
                throw .unreadable(path: path, reason: String(describing: error))
            }
            fileName = path
        case .builtin(let name, let builtinText):
            text = builtinText
            fileName = Self.builtinFileName(name)
        }
        do {
            return try ThemeParser.parse(text: text, fileName: fileName, base: base)
        } catch {
            throw .invalid(error)
        }
    }
}
