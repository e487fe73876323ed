import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The contact directory (24小时联络畅通, 003) as the operator looks at it: the search applied and the
/// one being typed, and the case it was opened from, whose units come first.
public struct DirectoryView: Sendable, Equatable {
    /// One unit as listed: its contacts, and whether it has a role on the case the directory is at.
    public struct Entry: Sendable, Equatable {
        public let unit: DeskSettings.MemberUnit
        public let ofCase: Bool
    }

    public var query = ""
    /// The search being typed, narrowing the list as it is typed; nil when not typing.
    public var draft: String?
    /// The case whose detail opened the directory: Esc goes back to it.
    public var origin: CaseID?
    /// That case's units, listed first; a unit missing from the settings is listed too, with no
    /// contacts, so the gap shows.
    public var caseUnits: [String] = []
    public var scroll = 0

    public init() {}

    /// At a case: its units first. Everything else stays as the settings order it.
    public init(at subject: Case) {
        origin = subject.id
        var seen = Set<String>()
        caseUnits = ([subject.report.unit] + subject.units.map(\.unit)).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    var searched: String { (draft ?? query).trimmingSpaces() }

    public func entries(_ settings: DeskSettings) -> [Entry] {
        let known = Dictionary(settings.units.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let first = caseUnits.map { Entry(unit: known[$0] ?? DeskSettings.MemberUnit(name: $0), ofCase: true) }
        let rest = settings.units.filter { !caseUnits.contains($0.name) }.map { Entry(unit: $0, ofCase: false) }
        return (first + rest).filter { $0.unit.matches(searched) }
    }

    /// Who answers now by the roster, narrowed by the same search.
    public func onCall(_ settings: DeskSettings, at now: Date) -> [DeskSettings.OnCall] {
        let wanted = searched
        return settings.onCall(at: now).filter { entry in
            wanted.isEmpty || [entry.name, entry.unit, entry.phone].contains { $0.localizedStandardContains(wanted) }
        }
    }

    /// Typing the search: Enter keeps it, Esc drops what was typed.
    mutating func edit(_ key: Key) {
        switch key {
        case .enter:
            query = draft ?? query
            draft = nil
        case .escape:
            draft = nil
        default:
            var line = TextBuffer(draft ?? "")
            if line.handle(key) { draft = line.text }
        }
        scroll = 0
    }
}
