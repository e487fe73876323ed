import DutyDeskCore

/// Why the console could not get the theme asked for; printed as is before it exits.
public enum ThemeLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--theme NAME` matched no NAME.toml; lists the names there are and where they were looked for.
    case unknownName(String, available: [String], searched: [String])
    /// `--theme PATH` named a file that is not there.
    case missingFile(String)
    case unreadable(path: String, reason: String)
    case invalid(ThemeError)

    public var description: String { message(in: .english) }

    /// In `language`; names, paths and the system's reason for an unreadable file as they are.
    public func message(in language: Language) -> String {
        let words = language == .chinese ? Words.chinese : Words.english
        switch self {
        case .unknownName(let name, let available, let searched):
            let names = available.isEmpty ? words.noThemes : fill(words.available, available.joined(separator: ", "))
            return fill(words.unknownName, name, names, searched.joined(separator: ", "))
        case .missingFile(let path):
            return fill(words.missingFile, path)
        case .unreadable(let path, let reason):
            return fill(words.unreadable, path, reason)
        case .invalid(let error):
            return error.message(in: language)
        }
    }

    struct Words: Sendable {
        let unknownName, noThemes, available, missingFile, unreadable: String

        static let chinese = Words(unknownName: "没有名为「{}」的主题（{}；查找过：{}）", noThemes: "没有找到任何主题",
                                   available: "可用：{}", missingFile: "找不到主题文件：{}", unreadable: "无法读取主题文件 {}：{}")
        static let english = Words(unknownName: "no theme named \"{}\" ({}; searched {})", noThemes: "no themes found",
                                   available: "available: {}", missingFile: "theme file not found: {}",
                                   unreadable: "cannot read theme file {}: {}")
    }
}
