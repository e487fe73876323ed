/// Where a case stands: 待研判 → 处置中 → 持续发布 (responded, follow-ups due) → 已办结.
public enum CaseStatus: String, Vocabulary {
    case pendingTriage = "pending-triage"
    case handling
    case releasing
    case closed

    public var chineseName: String {
        switch self {
        case .pendingTriage: "待研判"
        case .handling: "处置中"
        case .releasing: "持续发布"
        case .closed: "已办结"
        }
    }

    public var englishName: String {
        switch self {
        case .pendingTriage: "Triage"
        case .handling: "Handling"
        case .releasing: "Releasing"
        case .closed: "Closed"
        }
    }
}
