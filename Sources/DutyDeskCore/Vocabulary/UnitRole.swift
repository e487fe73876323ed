/// The part a unit plays in a case (谁主管、谁负责; 牵头/配合).
public enum UnitRole: String, Vocabulary {
    case first
    case lead
    case cooperating
    /// 垂直管理: for a vertically managed unit, the higher-level competent department coordinates.
    case verticalCoordinator = "vertical"

    public var chineseName: String {
        switch self {
        case .first: "第一责任主体"
        case .lead: "牵头单位"
        case .cooperating: "配合单位"
        case .verticalCoordinator: "垂直管理上级主管部门"
        }
    }

    public var englishName: String {
        switch self {
        case .first: "First responsible"
        case .lead: "Lead"
        case .cooperating: "Co-operating"
        case .verticalCoordinator: "Vertical coordinator"
        }
    }

    public static var aliases: [String: UnitRole] {
        ["第一责任": .first, "责任": .first, "牵头": .lead, "配合": .cooperating, "垂直管理": .verticalCoordinator, "co-operating": .cooperating]
    }
}
