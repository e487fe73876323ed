/// 分级: the grade of the emergency a case involves, highest first.
public enum Grade: String, Vocabulary {
    case extraordinary
    case major
    case significant
    case general

    public var chineseName: String {
        switch self {
        case .extraordinary: "特别重大"
        case .major: "重大"
        case .significant: "较大"
        case .general: "一般"
        }
    }

    public var englishName: String {
        switch self {
        case .extraordinary: "Extraordinary"
        case .major: "Major"
        case .significant: "Significant"
        case .general: "General"
        }
    }

    /// 特别重大 and 重大 put a case on the 24-hour press-conference clock.
    public var requiresPressConference: Bool {
        self == .extraordinary || self == .major
    }
}
