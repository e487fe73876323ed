/// The console speaks Chinese by default; `--lang en` switches every table to English.
public enum Language: String, CaseIterable, Sendable {
    case chinese = "zh"
    case english = "en"
}
