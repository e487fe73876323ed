import DutyDeskGrid

/// Several picks from one list, such as the co-operating units of a case: the same keys as
/// `ChoiceField`, but a hotkey or Enter toggles an option and the focus stays for the next one.
/// Leaving with a filter that names one option (`ChoiceList.named`) adds it, never takes it away.
public struct MultiChoiceField: Sendable, Equatable {
    /// The codes picked, in the options' order.
    public private(set) var selected: [String]
    var list: ChoiceList

    public init(options: [ChoiceOption], selected: [String]) {
        list = ChoiceList(options: options)
        self.selected = list.options.map(\.code).filter(selected.contains)
    }

    public var options: [ChoiceOption] { list.options }
    public var filter: String { list.filter }
    public var isFiltering: Bool { list.isFiltering }
    public var matches: [ChoiceOption] { list.matches.map { options[$0] } }
    public var highlighted: ChoiceOption? { list.highlighted.map { options[$0] } }
    public var selectedLabels: [String] { options.filter { selected.contains($0.code) }.map(\.label) }

    public mutating func handle(_ key: Key) -> ChoiceOutcome {
        switch list.handle(key) {
        case .chose(let index):
            toggle(options[index].code)
            return .edited
        case .edited: return .edited
        case .ignored: return .ignored
        }
    }

    /// Called when the focus leaves the field.
    mutating func leave() {
        if let named = list.settle(), !selected.contains(options[named].code) { toggle(options[named].code) }
    }

    private mutating func toggle(_ code: String) {
        let picked = selected.contains(code) ? selected.filter { $0 != code } : selected + [code]
        selected = options.map(\.code).filter(picked.contains)
    }
}
