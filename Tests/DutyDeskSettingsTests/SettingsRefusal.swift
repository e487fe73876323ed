import DutyDeskCore
import Testing
@testable import DutyDeskSettings

/// The problem the parser refuses `text` with; nil, recorded as an issue at the caller's line, when
/// it accepts it. One helper for the refusal tests of every settings table.
func refusal(of text: String, fileName: String = "config.toml", language: Language = .english,
             sourceLocation: SourceLocation = #_sourceLocation) -> SettingsParser.Problem? {
    do {
        _ = try SettingsParser.parse(text: text, fileName: fileName, language: language)
        Issue.record("accepted: \(text)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
