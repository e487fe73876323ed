/// 预警类别: the notices' four warning classes.
public enum WarningClass: String, Vocabulary {
    case routine
    case hotspot
    case sensitive
    case emergency

    public var chineseName: String {
        switch self {
        case .routine: "一般性事项"
        case .hotspot: "社会热点问题"
        case .sensitive: "复杂敏感事件"
        case .emergency: "重大突发事态"
        }
    }

    public var englishName: String {
        switch self {
        case .routine: "Routine matter"
        case .hotspot: "Social hotspot"
        case .sensitive: "Complex and sensitive"
        case .emergency: "Major emergency"
        }
    }
}

/// 回应重点: the six kinds of case the notices say must be answered first.
public enum ResponsePriority: String, Vocabulary {
    case policyMisreading = "policy-misreading"
    case publicInterest = "public-interest"
    case moralOutrage = "moral-outrage"
    case emergencyHandling = "emergency-handling"
    case superiorRequest = "superior-request"
    case stability

    public var chineseName: String {
        switch self {
        case .policyMisreading: "政策误解误读"
        case .publicInterest: "涉及公众切身利益"
        case .moralOutrage: "民生领域冲击道德底线"
        case .emergencyHandling: "突发事件和自然灾害"
        case .superiorRequest: "上级要求回应"
        case .stability: "其他事关改革发展稳定"
        }
    }

    public var englishName: String {
        switch self {
        case .policyMisreading: "Policy misreading"
        case .publicInterest: "Public's vital interests"
        case .moralOutrage: "Offends social morals"
        case .emergencyHandling: "Emergency or disaster"
        case .superiorRequest: "Requested by superior"
        case .stability: "Reform, development, stability"
        }
    }
}

/// 核实: what verification found. The seeds split the middle two: 有一定根据 goes with 属实 (solve it,
/// answer with the measures, 002), 有较大出入 with 不实 (state the facts, clarify, 000).
public enum Verification: String, Vocabulary {
    case confirmed
    /// 有一定根据 (基本属实). Ledgers before the split stored 部分属实 as `partly-true`; it reads as this.
    case grounded
    case discrepant
    case untrue
    case pending

    public var chineseName: String {
        switch self {
        case .confirmed: "属实"
        case .grounded: "有一定根据"
        case .discrepant: "有较大出入"
        case .untrue: "不实"
        case .pending: "待核实"
        }
    }

    public var englishName: String {
        switch self {
        case .confirmed: "Confirmed"
        case .grounded: "Some grounds"
        case .discrepant: "Largely inaccurate"
        case .untrue: "Untrue"
        case .pending: "Pending"
        }
    }

    public static var aliases: [String: Verification] {
        ["基本属实": .grounded, "部分属实": .grounded, "partly-true": .grounded, "失实": .untrue, "恶语中伤": .untrue]
    }
}

/// 高 / 中 / 低, for risk level and response value.
public enum Level: String, Vocabulary {
    case high, medium, low

    public var chineseName: String {
        switch self {
        case .high: "高"
        case .medium: "中"
        case .low: "低"
        }
    }

    public var englishName: String {
        switch self {
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        }
    }
}
