/// How a case is reported up to the government office and the cyberspace office (001: 通过值班电话、
/// 网络舆情沟通平台、政务信息报送系统等渠道).
public enum ReportMethod: String, Vocabulary {
    case dutyPhone = "phone"
    case opinionPlatform = "opinion-platform"
    case infoSystem = "info-system"
    case written
    case other

    public var chineseName: String {
        switch self {
        case .dutyPhone: "值班电话"
        case .opinionPlatform: "网络舆情沟通平台"
        case .infoSystem: "政务信息报送系统"
        case .written: "书面"
        case .other: "其他"
        }
    }

    public var englishName: String {
        switch self {
        case .dutyPhone: "Duty phone"
        case .opinionPlatform: "Opinion platform"
        case .infoSystem: "Government info system"
        case .written: "In writing"
        case .other: "Other"
        }
    }
}
