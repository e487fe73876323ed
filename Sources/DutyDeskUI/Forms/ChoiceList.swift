import DutyDeskGrid
import DutyDeskText

public struct ChoiceOption: Sendable, Equatable {
    /// The value a form returns.
    public let code: String
    public let label: String
    /// The one key that picks this option. Nil when given means "assign one": a choice field
    /// hands out "1"…"9" then "a"…"z"; only past 35 options does an option stay without one.
    public let hotkey: Character?

    public init(code: String, label: String, hotkey: Character? = nil) {
        self.code = code
        self.label = label
        self.hotkey = hotkey
    }
}

public enum ChoiceOutcome: Sendable, Equatable {
    /// An option was chosen; a form moves on to the next field.
    case picked
    /// The key was used (filter, highlight, toggle, clear) and the focus should stay.
    case edited
    /// Not a key for this field; a form may use it.
    case ignored
}

/// The list behind single and multiple choice fields: hotkeys, the typeahead filter and the
/// highlight.
///
/// Hotkeys and typeahead share the same keys ("1" could start a filter for "12345热线"), so the
/// rule is modal: until a filter is started every hotkey picks; a key that is no hotkey, or "/",
/// starts a filter, and from then on every character extends it. Backspace on an empty filter and
/// Esc end it.
struct ChoiceList: Sendable, Equatable {
    let options: [ChoiceOption]
    private(set) var filter = ""
    private(set) var isFiltering = false
    /// Position within `matches`.
    private(set) var highlight = 0

    enum Event: Equatable {
        case chose(Int)
        case edited
        case ignored
    }

    /// The key that starts an empty filter, so a filter may begin with a hotkey's character.
    static let filterKey: Character = "/"
    private static let automaticHotkeys = Array("123456789abcdefghijklmnopqrstuvwxyz")

    init(options: [ChoiceOption], highlighting code: String? = nil) {
        self.options = Self.assigningHotkeys(options)
        highlight = self.options.firstIndex { $0.code == code } ?? 0
    }

    /// Indices into `options` of those the filter keeps: the label contains the filter, ASCII
    /// letters compared without case.
    var matches: [Int] {
        guard !filter.isEmpty else { return Array(options.indices) }
        let needle = Self.foldingASCIICase(filter)
        return options.indices.filter { Self.foldingASCIICase(options[$0].label).contains(needle) }
    }

    /// Index into `options` of the highlighted match.
    var highlighted: Int? {
        let matches = matches
        return matches.indices.contains(highlight) ? matches[highlight] : nil
    }

    mutating func handle(_ key: Key) -> Event {
        switch key {
        case .up:
            highlight = max(0, highlight - 1)
        case .down:
            highlight = max(0, min(matches.count - 1, highlight + 1))
        case .enter:
            guard let chosen = highlighted else { return .edited }
            endFilter(highlighting: chosen)
            return .chose(chosen)
        case .escape:
            guard isFiltering else { return .ignored }
            clearFilter()
        case .backspace:
            guard isFiltering else { return .ignored }
            if filter.isEmpty {
                isFiltering = false
            } else {
                filter.removeLast()
                highlight = 0
            }
        case .character(let character) where !isFiltering:
            if let option = options.firstIndex(where: { Self.hotkey($0.hotkey, matches: character) }) {
                highlight = option
                return .chose(option)
            }
            guard TextBuffer.isTypable(character) else { return .ignored }
            isFiltering = true
            filter = character == Self.filterKey ? "" : String(character)
            highlight = 0
        case .character(let character):
            guard TextBuffer.isTypable(character) else { return .ignored }
            filter.append(character)
            highlight = 0
        default:
            return .ignored
        }
        return .edited
    }

    /// Drops a half-typed filter, as Esc does.
    mutating func clearFilter() {
        endFilter(highlighting: highlighted ?? 0)
    }

    /// The option a typed filter names beyond doubt: the one whose label is the filter, else the
    /// only match. Nil with no filter typed, or when it leaves a choice to make.
    var named: Int? {
        let typed = filter.trimmingSpaces()
        guard isFiltering, !typed.isEmpty else { return nil }
        let needle = Self.foldingASCIICase(typed)
        if let exact = options.indices.first(where: { Self.foldingASCIICase(options[$0].label) == needle }) { return exact }
        let matches = matches
        return matches.count == 1 ? matches[0] : nil
    }

    /// Ends the filter as the focus leaves the field: what it names (`named`) is returned and
    /// highlighted for when the operator comes back; any other filter is dropped.
    mutating func settle() -> Int? {
        guard let named else {
            clearFilter()
            return nil
        }
        endFilter(highlighting: named)
        return named
    }

    /// After a choice the whole list shows again, highlighting what was chosen.
    private mutating func endFilter(highlighting option: Int) {
        filter = ""
        isFiltering = false
        highlight = option
    }

    /// Hotkeys given are kept unless an earlier option took the same key; the rest get the first
    /// free automatic key, in order.
    private static func assigningHotkeys(_ options: [ChoiceOption]) -> [ChoiceOption] {
        var taken = Set<Character>()
        let given = options.map { option -> Character? in
            guard let key = option.hotkey, taken.insert(foldingASCIICase(key)).inserted else { return nil }
            return key
        }
        var free = automaticHotkeys.filter { !taken.contains($0) }[...]
        return zip(options, given).map { option, key in
            ChoiceOption(code: option.code, label: option.label, hotkey: key ?? free.popFirst())
        }
    }

    /// "A" picks the option whose hotkey is "a": which case is typed depends on Caps Lock.
    private static func hotkey(_ hotkey: Character?, matches typed: Character) -> Bool {
        guard let hotkey else { return false }
        return foldingASCIICase(hotkey) == foldingASCIICase(typed)
    }

    private static func foldingASCIICase(_ character: Character) -> Character {
        character.isASCII ? Character(character.lowercased()) : character
    }

    private static func foldingASCIICase(_ text: String) -> String {
        String(text.map(foldingASCIICase))
    }
}
