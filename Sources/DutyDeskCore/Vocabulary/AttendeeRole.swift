/// 出席身份: in what capacity someone attended a press conference. 001 requires the unit's
/// 负责人 or its 新闻发言人 (相关单位负责人或新闻发言人应当出席); anyone else attends as 其他.
public enum AttendeeRole: String, Vocabulary {
    case head
    case spokesperson
    case other

    public var chineseName: String {
        switch self {
        case .head: "负责人"
        case .spokesperson: "新闻发言人"
        case .other: "其他"
        }
    }

    public var englishName: String {
        switch self {
        case .head: "Unit head"
        case .spokesperson: "Spokesperson"
        case .other: "Other"
        }
    }

    /// Whether this attendance makes a conference the one 001 asks for.
    public var satisfiesAttendance: Bool { self != .other }

    public static var aliases: [String: AttendeeRole] {
        ["发言人": .spokesperson, "单位负责人": .head, "主要负责人": .head, "其他人员": .other]
    }
}
