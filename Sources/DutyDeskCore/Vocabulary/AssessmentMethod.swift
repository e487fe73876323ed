/// How a 舆情风险评估 was made (002, 003: 舆情跟踪、抽样调查、重点走访、会商分析).
public enum AssessmentMethod: String, Vocabulary {
    case tracking
    case sampling
    case visits
    case consultation

    public var chineseName: String {
        switch self {
        case .tracking: "舆情跟踪"
        case .sampling: "抽样调查"
        case .visits: "重点走访"
        case .consultation: "会商分析"
        }
    }

    public var englishName: String {
        switch self {
        case .tracking: "Opinion tracking"
        case .sampling: "Sample survey"
        case .visits: "Key visits"
        case .consultation: "Joint analysis"
        }
    }
}
