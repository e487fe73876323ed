/// Where rumours and illegal acts are referred (移交公安、网监), while still being answered.
public enum ReferralTarget: String, Vocabulary {
    case police
    case internetSupervision = "internet-supervision"

    public var chineseName: String {
        switch self {
        case .police: "公安"
        case .internetSupervision: "网监"
        }
    }

    public var englishName: String {
        switch self {
        case .police: "Police"
        case .internetSupervision: "Internet supervision"
        }
    }
}

/// The fields of a case report a correction may change (a new event; the original stays).
public enum CorrectableField: String, Vocabulary {
    case title, detail, locality, caller, phone, channel
    case discoveredAt = "discovered-at"

    public var chineseName: String {
        switch self {
        case .title: "事由"
        case .detail: "详情"
        case .locality: "属地"
        case .caller: "来电人"
        case .phone: "电话"
        case .channel: "来源渠道"
        case .discoveredAt: "发现时间"
        }
    }

    public var englishName: String {
        switch self {
        case .title: "Title"
        case .detail: "Detail"
        case .locality: "Locality"
        case .caller: "Caller"
        case .phone: "Phone"
        case .channel: "Channel"
        case .discoveredAt: "Discovered"
        }
    }
}
