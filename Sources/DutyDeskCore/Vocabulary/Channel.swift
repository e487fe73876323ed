/// 来源渠道: how a case reached the desk (the source list of the notices).
public enum Channel: String, Vocabulary {
    case dutyPhone = "phone"
    case hotline
    case newspaper
    case web
    case forum
    case community
    case blog
    case weibo
    case wechat
    case newsComments = "comments"
    case onlineInquiry = "inquiry"
    case broadcast
    case superior
    case other
    /// Reports that come up from the units and the desk's contractors (001, 000): the contractor's
    /// name is kept as the caller.
    case opinionPlatform = "opinion-platform"
    case infoSystem = "info-system"
    case contractor

    public var chineseName: String {
        switch self {
        case .dutyPhone: "值班电话"
        case .hotline: "政府热线"
        case .newspaper: "报刊"
        case .web: "网站"
        case .forum: "论坛"
        case .community: "社区"
        case .blog: "博客"
        case .weibo: "微博"
        case .wechat: "微信"
        case .newsComments: "新闻跟帖"
        case .onlineInquiry: "网络问政"
        case .broadcast: "传统媒体"
        case .superior: "上级交办"
        case .other: "其他"
        case .opinionPlatform: "网络舆情沟通平台"
        case .infoSystem: "政务信息报送系统"
        case .contractor: "监测服务商"
        }
    }

    public var englishName: String {
        switch self {
        case .dutyPhone: "Duty phone"
        case .hotline: "Hotline 12345"
        case .newspaper: "Newspaper"
        case .web: "Website"
        case .forum: "Forum"
        case .community: "Community"
        case .blog: "Blog"
        case .weibo: "Weibo"
        case .wechat: "WeChat"
        case .newsComments: "News comments"
        case .onlineInquiry: "Online inquiry"
        case .broadcast: "Broadcast media"
        case .superior: "Assigned by superior"
        case .other: "Other"
        case .opinionPlatform: "Opinion platform"
        case .infoSystem: "Government info system"
        case .contractor: "Monitoring contractor"
        }
    }

    public static var aliases: [String: Channel] {
        ["12345": .hotline, "热线": .hotline, "广播电视": .broadcast, "网站留言": .web, "电话": .dutyPhone]
    }
}
