/// 突发事件等级: the grade of the emergency a case involves, highest first, or none at all.
///
/// Only this grade sets the 24-hour press-conference clock (涉及特别重大、重大突发事件的政务舆情);
/// the weight of the opinion itself is `OpinionLevel`. Ledgers written before the two were kept
/// apart stored one `grade`, and it was the one that set the clock, so it reads as this grade.
public enum Grade: String, Vocabulary {
    case extraordinary
    case major
    case significant
    case general
    /// 不涉及: the case involves no emergency (most do not).
    case none

    public var chineseName: String {
        switch self {
        case .extraordinary: "特别重大"
        case .major: "重大"
        case .significant: "较大"
        case .general: "一般"
        case .none: "不涉及"
        }
    }

    public var englishName: String {
        switch self {
        case .extraordinary: "Extraordinary"
        case .major: "Major"
        case .significant: "Significant"
        case .general: "General"
        case .none: "No emergency"
        }
    }

    public static var aliases: [String: Grade] { ["无": .none, "不涉及突发事件": .none] }

    /// 特别重大 and 重大 put a case on the 24-hour press-conference clock.
    public var requiresPressConference: Bool {
        self == .extraordinary || self == .major
    }
}

/// 舆情等级: how weighty the opinion itself is, highest first. 重大 and 特别重大 call for the first
/// report to the government office and the cyberspace office (001) and, for 特别重大, the principal
/// leader's duty (000); the clock is the emergency grade's.
public enum OpinionLevel: String, Vocabulary {
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

    /// 重大 and 特别重大 opinion is reported 第一时间 to the government office and the cyberspace office.
    public var requiresFirstReport: Bool { self == .extraordinary || self == .major }
}
