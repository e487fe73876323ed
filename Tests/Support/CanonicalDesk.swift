import DutyDeskCore

/// Everything a desk says, in one comparable form: the cases by `==`, the desk-level facts by
/// description, and every lookup the commands make. Two desks that differ only in how they were
/// built (a replay, a snapshot and its tail) compare equal.
public struct CanonicalDesk: Equatable, CustomStringConvertible {
    public let cases: [Case]
    public let facts: String
    public let lookups: [String]

    public init(_ desk: DeskState) {
        cases = Array(desk.cases)
        facts = "\(String(describing: desk.identity)) \(desk.eventCount) \(desk.lastSeq) \(String(describing: desk.latestRecordedAt)) "
            + "\(desk.repairs) "
            + "\(desk.orphanEvents) \(desk.handovers) \(desk.decisions) \(desk.assessments) \(desk.checkpoints) \(desk.patrols) \(desk.wordings)"
        lookups = desk.cases.map { subject in
            let prefix = String(subject.code[...(subject.code.lastIndex(of: "-") ?? subject.code.startIndex)])
            return "\(desk.findCase(code: subject.code.lowercased())?.id.rawValue ?? "-") "
                + "\(desk.findCase(ref: subject.report.ref)?.id.rawValue ?? "-") "
                + "\(desk.index(of: subject.id) ?? -1) \(desk.highestCodeNumber(withPrefix: prefix))"
        }
    }

    public var description: String { "\(cases.count) cases, \(facts.prefix(200))" }
}
