/// 归口报送: the category a case's information belongs to, which names the department that mainly
/// sends it to the government's leaders (seed 002 §七, 003 §三); anything else the government office
/// co-ordinates.
public enum ReportCategory: String, Vocabulary {
    case onlineOpinion = "online-opinion"
    case publicSentiment = "public-sentiment"
    case externalPublicity = "external-publicity"
    case security
    case foreignAffairs = "foreign-affairs"
    case emergencyManagement = "emergency-management"
    case general

    public var chineseName: String {
        switch self {
        case .onlineOpinion: "网络舆情"
        case .publicSentiment: "社情民意"
        case .externalPublicity: "对外宣传"
        case .security: "安全稳定"
        case .foreignAffairs: "涉外"
        case .emergencyManagement: "应急管理"
        case .general: "其他"
        }
    }

    public var englishName: String {
        switch self {
        case .onlineOpinion: "Online opinion"
        case .publicSentiment: "Public sentiment"
        case .externalPublicity: "External publicity"
        case .security: "Security and stability"
        case .foreignAffairs: "Foreign affairs"
        case .emergencyManagement: "Emergency management"
        case .general: "Other"
        }
    }

    /// The department that sends it to the leaders (以…报送为主).
    public var sender: (chinese: String, english: String) {
        switch self {
        case .onlineOpinion: ("网宣部门", "online publicity department")
        case .publicSentiment: ("信访部门", "petitions bureau")
        case .externalPublicity: ("外宣部门", "external publicity department")
        case .security: ("公安部门", "public security bureau")
        case .foreignAffairs: ("外事部门", "foreign affairs office")
        case .emergencyManagement: ("应急部门", "emergency management bureau")
        case .general: ("政府办公室（统筹）", "government office (co-ordinating)")
        }
    }

    public func sender(in language: Language) -> String { language == .chinese ? sender.chinese : sender.english }
}

/// Where a report up goes beyond the first report: to the higher authorities (向上级机关报送, 003) or,
/// for 特别重大 opinion, to the Party committee at the same level (向同级党委报告, 000).
public enum ReportScope: String, Vocabulary {
    case sameLevel = "same-level"
    case higher
    case partyCommittee = "party-committee"

    public var chineseName: String {
        switch self {
        case .sameLevel: "本级"
        case .higher: "上级机关"
        case .partyCommittee: "同级党委"
        }
    }

    public var englishName: String {
        switch self {
        case .sameLevel: "Same level"
        case .higher: "Higher authority"
        case .partyCommittee: "Party committee"
        }
    }

    public static var aliases: [String: ReportScope] { ["上级": .higher, "党委": .partyCommittee, "县委": .partyCommittee] }
}
