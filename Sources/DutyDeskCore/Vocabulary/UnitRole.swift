/// The part a unit plays in a case (谁主管、谁负责; 牵头/配合).
public enum UnitRole: String, Vocabulary {
    case first
    case lead
    case cooperating
    /// 垂直管理: for a vertically managed unit, the higher-level competent department coordinates.
    case verticalCoordinator = "vertical"
    /// 属地: a case 涉及多个地方 has the higher government's department as first responsible; the
    /// county answers as the locality (000).
    case locality

    public var chineseName: String {
        switch self {
        case .first: "第一责任主体"
        case .lead: "牵头单位"
        case .cooperating: "配合单位"
        case .verticalCoordinator: "垂直管理上级主管部门"
        case .locality: "属地回应"
        }
    }

    public var englishName: String {
        switch self {
        case .first: "First responsible"
        case .lead: "Lead"
        case .cooperating: "Co-operating"
        case .verticalCoordinator: "Vertical coordinator"
        case .locality: "Locality"
        }
    }

    public static var aliases: [String: UnitRole] {
        ["第一责任": .first, "责任": .first, "牵头": .lead, "配合": .cooperating, "垂直管理": .verticalCoordinator, "属地": .locality, "co-operating": .cooperating]
    }
}
