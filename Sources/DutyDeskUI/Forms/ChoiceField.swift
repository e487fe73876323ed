import DutyDeskGrid
import DutyDeskText
import Foundation

/// A pick from a list: every option shows its one-key hotkey; typing a hotkey picks it; typing
/// other text filters by substring (CJK included, ASCII case-insensitive) and Enter picks the
/// highlighted match; Up/Down move the highlight; Backspace edits the filter; Esc clears it.
/// While no filter is being typed a hotkey picks; once one is, characters extend it ("/" starts
/// an empty one). When `allowsNone`, Delete (or Backspace with no filter) clears the pick.
/// When `allowsNew`, Enter on a filter that matches nothing takes the typed text as a new value
/// (a locality or unit the desk has not met before). Leaving the field (Tab, Ctrl-S) with a filter
/// typed takes what it names beyond doubt, as an operator typing 城关 means 城关镇: the option so
/// labelled or the only match, or the new value Enter would take; a filter that still leaves a
/// choice is dropped and picks nothing.
public struct ChoiceField: Sendable, Equatable {
    /// The code of the picked option.
    public var selected: String?
    public let allowsNone: Bool
    public let allowsNew: Bool
    var list: ChoiceList

    public init(options: [ChoiceOption], selected: String?, allowsNone: Bool, allowsNew: Bool = false) {
        self.selected = selected
        self.allowsNone = allowsNone
        self.allowsNew = allowsNew
        list = ChoiceList(options: options, highlighting: selected)
    }

    /// A decision between two ways (agree or object, approve or send back), keys 1 and 2, the first
    /// picked until the operator says otherwise.
    public static func either(_ first: (code: String, label: String), or second: (code: String, label: String)) -> ChoiceField {
        ChoiceField(options: [ChoiceOption(code: first.code, label: first.label, hotkey: "1"),
                              ChoiceOption(code: second.code, label: second.label, hotkey: "2")],
                    selected: first.code, allowsNone: false)
    }

    /// The options with their hotkeys assigned.
    public var options: [ChoiceOption] { list.options }
    public var filter: String { list.filter }
    public var isFiltering: Bool { list.isFiltering }
    /// The options the filter keeps, in order.
    public var matches: [ChoiceOption] { list.matches.map { options[$0] } }
    /// What Enter would pick.
    public var highlighted: ChoiceOption? { list.highlighted.map { options[$0] } }
    public var selectedLabel: String? { options.first { $0.code == selected }?.label }

    public mutating func handle(_ key: Key) -> ChoiceOutcome {
        if key == .enter, takeNewValue() { return .picked }
        if allowsNone, !isFiltering, key == .delete || key == .backspace {
            selected = nil
            return .edited
        }
        switch list.handle(key) {
        case .chose(let index):
            selected = options[index].code
            return .picked
        case .edited: return .edited
        case .ignored: return .ignored
        }
    }

    /// Called when the focus leaves the field (see the type's comment).
    mutating func leave() {
        if takeNewValue() { return }
        if let named = list.settle() { selected = options[named].code }
    }

    /// When `allowsNew`, a typed filter that matches nothing becomes an option and is picked.
    private mutating func takeNewValue() -> Bool {
        let typed = filter.trimmingSpaces()
        guard allowsNew, isFiltering, matches.isEmpty, !typed.isEmpty else { return false }
        list = ChoiceList(options: options + [ChoiceOption(code: typed, label: typed)], highlighting: typed)
        selected = typed
        return true
    }
}
