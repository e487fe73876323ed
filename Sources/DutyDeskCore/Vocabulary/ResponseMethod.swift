/// 回应方式: how a public response is released. A press conference has its own
/// event (it meets the 24-hour clock), so it is not one of these.
public enum ResponseMethod: String, Vocabulary {
    case authoritativeRelease = "release"
    case briefing
    case interview
    case expertInterpretation = "expert"
    case clarification
    case governmentWeibo = "weibo"
    case governmentWechat = "wechat"
    case portal

    public var chineseName: String {
        switch self {
        case .authoritativeRelease: "发布权威信息"
        case .briefing: "吹风会"
        case .interview: "接受媒体采访"
        case .expertInterpretation: "专家解读"
        case .clarification: "网上澄清辟谣"
        case .governmentWeibo: "政务微博"
        case .governmentWechat: "政务微信"
        case .portal: "政府网站"
        }
    }

    public var englishName: String {
        switch self {
        case .authoritativeRelease: "Authoritative release"
        case .briefing: "Briefing"
        case .interview: "Media interview"
        case .expertInterpretation: "Expert interpretation"
        case .clarification: "Online clarification"
        case .governmentWeibo: "Government Weibo"
        case .governmentWechat: "Government WeChat"
        case .portal: "Government portal"
        }
    }

    public static var aliases: [String: ResponseMethod] {
        ["发布": .authoritativeRelease, "辟谣": .clarification, "澄清": .clarification, "采访": .interview,
         "网站": .portal, "微博": .governmentWeibo, "微信": .governmentWechat, "rebuttal": .clarification]
    }
}
