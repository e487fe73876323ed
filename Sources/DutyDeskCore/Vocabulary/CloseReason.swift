/// Why a case was closed: handled to the end, a duplicate of another, or a false report.
public enum CloseReason: String, Vocabulary {
    case resolved
    case duplicate
    case falseReport = "false-report"

    public var chineseName: String {
        switch self {
        case .resolved: "办结"
        case .duplicate: "重复"
        case .falseReport: "误报"
        }
    }

    public var englishName: String {
        switch self {
        case .resolved: "Resolved"
        case .duplicate: "Duplicate"
        case .falseReport: "False report"
        }
    }
}
