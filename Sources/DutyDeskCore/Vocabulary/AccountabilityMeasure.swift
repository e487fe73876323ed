/// 表彰, 约谈, 通报批评, 问责: what a supervisor decides about a unit or a person (000 §四, 001, 002).
public enum AccountabilityMeasure: String, Vocabulary {
    case commendation
    case interview
    case criticism
    case accountability

    public var chineseName: String {
        switch self {
        case .commendation: "表彰"
        case .interview: "约谈"
        case .criticism: "通报批评"
        case .accountability: "问责"
        }
    }

    public var englishName: String {
        switch self {
        case .commendation: "Commendation"
        case .interview: "Interview"
        case .criticism: "Public criticism"
        case .accountability: "Accountability"
        }
    }
}

/// The seed's own ground for a measure, in its words.
public enum AccountabilityTrigger: String, Vocabulary {
    /// 000: 对工作做得好的…予以表彰.
    case goodWork = "good-work"
    /// 000: 工作消极、不作为且整改不到位的…约谈.
    case passive
    /// 001: 迟报、漏报、不回应或回应不及时导致政务舆情升级、带来消极负面影响.
    case lateResponse = "late-response"
    /// 002: 重视不够、应对无方、处置不力.
    case mishandled

    public var chineseName: String {
        switch self {
        case .goodWork: "工作做得好"
        case .passive: "工作消极、不作为且整改不到位"
        case .lateResponse: "回应不及时导致舆情升级、带来消极负面影响"
        case .mishandled: "重视不够、应对无方、处置不力"
        }
    }

    public var englishName: String {
        switch self {
        case .goodWork: "Good work"
        case .passive: "Passive, inactive and not rectified"
        case .lateResponse: "Late response let the opinion escalate"
        case .mishandled: "Neglected, ill-handled, ineffective"
        }
    }

    public static var aliases: [String: AccountabilityTrigger] {
        ["做得好": .goodWork, "工作消极": .passive, "不作为": .passive, "回应不及时": .lateResponse, "迟报": .lateResponse,
         "处置不力": .mishandled, "应对无方": .mishandled]
    }
}
