/// The part a unit plays in a case (谁主管、谁负责; 牵头/配合).
public enum UnitRole: String, Vocabulary {
    case first
    case lead
    case cooperating

    public var chineseName: String {
        switch self {
        case .first: "第一责任主体"
        case .lead: "牵头单位"
        case .cooperating: "配合单位"
        }
    }

    public var englishName: String {
        switch self {
        case .first: "First responsible"
        case .lead: "Lead"
        case .cooperating: "Co-operating"
        }
    }

    public static var aliases: [String: UnitRole] {
        ["第一责任": .first, "责任": .first, "牵头": .lead, "配合": .cooperating, "co-operating": .cooperating]
    }
}
