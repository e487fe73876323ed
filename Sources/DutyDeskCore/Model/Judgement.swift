import Foundation

/// The factors a judgement (研判) weighs, in the order the notices name them (DOMAIN.md,
/// "Analysis and judgement"), then its results.
public enum JudgementFactor: String, Vocabulary {
    case nature, intensity, publicReaction, mediaInvolvement, scope, consequences
    case verification, level, grade, warningClass, priority, riskLevel, responseValue, category, principalLeader, note

    public var chineseName: String {
        switch self {
        case .nature: "问题性质"
        case .intensity: "舆情烈度"
        case .publicReaction: "公众反应"
        case .mediaInvolvement: "媒体介入程度"
        case .scope: "影响范围"
        case .consequences: "可能后果"
        case .verification: "核实"
        case .level: "舆情等级"
        case .grade: "突发事件等级"
        case .warningClass: "预警类别"
        case .priority: "回应重点"
        case .riskLevel: "风险等级"
        case .responseValue: "回应价值"
        case .category: "归口报送"
        case .principalLeader: "主要负责同志"
        case .note: "研判意见"
        }
    }

    public var englishName: String {
        switch self {
        case .nature: "Nature"
        case .intensity: "Intensity"
        case .publicReaction: "Public reaction"
        case .mediaInvolvement: "Media involvement"
        case .scope: "Scope"
        case .consequences: "Consequences"
        case .verification: "Verification"
        case .level: "Opinion level"
        case .grade: "Emergency grade"
        case .warningClass: "Warning class"
        case .priority: "Priority"
        case .riskLevel: "Risk"
        case .responseValue: "Response value"
        case .category: "Reporting category"
        case .principalLeader: "Principal leader"
        case .note: "Opinion"
        }
    }
}

/// A case's judgement as it stands: every factor ever judged, each as last judged, with who
/// judged it and when. A later 研判 changes only the factors it names.
public struct Judgement: Sendable, Equatable {
    /// One factor's value: a vocabulary code, or the words typed; who recorded it, and when the
    /// judgement was made.
    public struct Entry: Sendable, Equatable {
        public let value: String
        public let by: String
        public let at: Date
    }

    public private(set) var entries: [JudgementFactor: Entry] = [:]

    public var isEmpty: Bool { entries.isEmpty }

    init() {}

    /// One judgement on its own, to say in words what it named.
    init(_ triage: Triage, by operatorName: String) { take(triage, by: operatorName) }

    public var verification: Verification? { entries[.verification].flatMap { Verification(rawValue: $0.value) } }
    public var warningClass: WarningClass? { entries[.warningClass].flatMap { WarningClass(rawValue: $0.value) } }
    public var riskLevel: Level? { entries[.riskLevel].flatMap { Level(rawValue: $0.value) } }
    public var category: ReportCategory? { entries[.category].flatMap { ReportCategory(rawValue: $0.value) } }

    /// The judged factors in the notices' order.
    public var judged: [(factor: JudgementFactor, entry: Entry)] {
        JudgementFactor.allCases.compactMap { factor in entries[factor].map { (factor, $0) } }
    }

    /// The factor's value in words: a vocabulary value by its name, typed words as typed.
    public func text(_ factor: JudgementFactor, in language: Language) -> String {
        guard let value = entries[factor]?.value else { return "" }
        return Self.named(factor, value)?.name(in: language) ?? value
    }

    private static func named(_ factor: JudgementFactor, _ code: String) -> (any Vocabulary)? {
        switch factor {
        case .verification: Verification(rawValue: code)
        case .level: OpinionLevel(rawValue: code)
        case .grade: Grade(rawValue: code)
        case .warningClass: WarningClass(rawValue: code)
        case .priority: ResponsePriority(rawValue: code)
        case .riskLevel, .responseValue: Level(rawValue: code)
        case .category: ReportCategory(rawValue: code)
        case .nature, .intensity, .publicReaction, .mediaInvolvement, .scope, .consequences, .principalLeader, .note: nil
        }
    }

    mutating func take(_ triage: Triage, by operatorName: String) {
        for (factor, value) in triage.named {
            entries[factor] = Entry(value: value, by: operatorName, at: triage.at)
        }
    }
}

extension Triage {
    /// The factors this judgement names, as stored values.
    public var named: [(JudgementFactor, String)] {
        let values: [(JudgementFactor, String?)] = [
            (.nature, nature), (.intensity, intensity), (.publicReaction, publicReaction),
            (.mediaInvolvement, mediaInvolvement), (.scope, scope), (.consequences, consequences),
            (.verification, verification?.code), (.level, level?.code), (.grade, grade?.code),
            (.warningClass, warningClass?.code), (.priority, priority?.code), (.riskLevel, riskLevel?.code),
            (.responseValue, responseValue?.code), (.category, category?.code), (.principalLeader, principalLeader),
            (.note, note),
        ]
        return values.compactMap { factor, value in value.flatMap { $0.isEmpty ? nil : (factor, $0) } }
    }
}

extension Triage {
    /// The judgement without what the case already says: a factor restated as it stands keeps
    /// who judged it first. The two grades stay when named, since confirming them is what a
    /// judgement of a new case does; the note is this judgement's own and always stays.
    func naming(onlyChangesTo subject: Case) -> Triage {
        var changes = self
        let entries = subject.judgement.entries
        func same(_ factor: JudgementFactor, _ value: String?) -> Bool { value != nil && entries[factor]?.value == value }
        if same(.verification, verification?.code) { changes.verification = nil }
        if same(.warningClass, warningClass?.code) { changes.warningClass = nil }
        if same(.priority, priority?.code) { changes.priority = nil }
        if same(.riskLevel, riskLevel?.code) { changes.riskLevel = nil }
        if same(.responseValue, responseValue?.code) { changes.responseValue = nil }
        if same(.nature, nature) { changes.nature = "" }
        if same(.intensity, intensity) { changes.intensity = "" }
        if same(.publicReaction, publicReaction) { changes.publicReaction = "" }
        if same(.mediaInvolvement, mediaInvolvement) { changes.mediaInvolvement = "" }
        if same(.scope, scope) { changes.scope = "" }
        if same(.consequences, consequences) { changes.consequences = "" }
        if same(.category, category?.code) { changes.category = nil }
        if same(.principalLeader, principalLeader) { changes.principalLeader = "" }
        return changes
    }
}
