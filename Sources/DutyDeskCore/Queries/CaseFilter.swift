import DutyDeskText
/// What narrows the queue (`:unit 县卫健委` on the console's command line) and `dutydesk list`
/// (`--unit 县卫健委`): every criterion set must hold. Units, locality and phone match as text
/// contained in what the case holds, so `县卫健` finds 县卫健委; the vocabularies match exactly.
public struct CaseFilter: Sendable, Equatable {
    public enum Criterion: String, CaseIterable, Sendable {
        case unit, grade, level, channel, locality, phone, status

        public var chineseName: String {
            switch self {
            case .unit: "单位"
            case .grade: "突发等级"
            case .level: "舆情等级"
            case .channel: "渠道"
            case .locality: "属地"
            case .phone: "电话"
            case .status: "状态"
            }
        }

        public func name(in language: Language) -> String { language == .chinese ? chineseName : rawValue }

        /// The words a value may be given in, for completion; free text (unit, locality, phone) has none.
        public func vocabulary(in language: Language) -> [String] {
            func names<V: Vocabulary>(_: V.Type) -> [String] { V.allCases.map { $0.name(in: language) } }
            return switch self {
            case .grade: names(Grade.self)
            case .level: names(OpinionLevel.self)
            case .channel: names(Channel.self)
            case .status: names(CaseStatus.self)
            case .unit, .locality, .phone: []
            }
        }
    }

    public var unit: String?
    public var grade: Grade?
    public var level: OpinionLevel?
    public var channel: Channel?
    public var locality: String?
    public var phone: String?
    public var status: CaseStatus?

    public init() {}

    public var isEmpty: Bool { self == CaseFilter() }

    /// Sets a criterion from what was typed; false (and nothing set) when a vocabulary does not
    /// know the word. Blank free text clears the criterion.
    public mutating func set(_ criterion: Criterion, to token: String) -> Bool {
        let text = token.trimmingSpaces()
        let free = text.isEmpty ? nil : text
        switch criterion {
        case .unit: unit = free
        case .locality: locality = free
        case .phone: phone = free
        case .grade: guard let value = Grade(token: text) else { return false }; grade = value
        case .level: guard let value = OpinionLevel(token: text) else { return false }; level = value
        case .channel: guard let value = Channel(token: text) else { return false }; channel = value
        case .status: guard let value = CaseStatus(token: text) else { return false }; status = value
        }
        return true
    }

    /// The criteria set, each with its value in `language`, in the order of `Criterion`.
    public func described(in language: Language) -> [(criterion: Criterion, value: String)] {
        Criterion.allCases.compactMap { criterion in
            let value: String? = switch criterion {
            case .unit: unit
            case .locality: locality
            case .phone: phone
            case .grade: grade?.name(in: language)
            case .level: level?.name(in: language)
            case .channel: channel?.name(in: language)
            case .status: status?.name(in: language)
            }
            return value.map { (criterion, $0) }
        }
    }

    public func matches(_ subject: Case) -> Bool {
        let report = subject.report
        func contains(_ wanted: String?, in texts: [String]) -> Bool {
            guard let wanted else { return true }
            return texts.contains { $0.localizedCaseInsensitiveContains(wanted) }
        }
        return contains(unit, in: subject.units.map(\.unit) + [report.unit])
            && contains(locality, in: [report.locality])
            && contains(phone, in: [report.phone] + subject.linkedReports.map(\.phone))
            && (grade.map { subject.grade == $0 } ?? true)
            && (level.map { subject.level == $0 } ?? true)
            && (channel.map { subject.reportChannels.contains($0) } ?? true)
            && (status.map { subject.status == $0 } ?? true)
    }
}
