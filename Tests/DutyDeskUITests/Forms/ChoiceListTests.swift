import DutyDeskGrid
import Testing
@testable import DutyDeskUI

@Suite struct ChoiceListTests {
    static func options(_ labels: [(String, Character?)]) -> [ChoiceOption] {
        labels.map { ChoiceOption(code: $0.0, label: $0.0, hotkey: $0.1) }
    }

    /// A given hotkey is kept unless an earlier option took it (in either case); the others get
    /// the first free automatic key in order.
    @Test func hotkeysGivenAreKeptAndTheRestAssignedInOrder() {
        let list = ChoiceList(options: Self.options([("甲", nil), ("乙", "1"), ("丙", "A"), ("丁", "a"), ("戊", nil)]))
        #expect(list.options.map(\.hotkey) == ["2", "1", "A", "3", "4"])
    }

    /// Caps Lock must not matter: "A" picks the option whose hotkey is "a".
    @Test func aHotkeyPicksInEitherCase() {
        var list = ChoiceList(options: Self.options([("微博", "w"), ("网站", "e")]))
        #expect(list.handle(.character("W")) == .chose(0))
        #expect(list.handle(.character("e")) == .chose(1))
    }

    /// A key that is no hotkey starts a filter with itself; "/" starts an empty one, so a filter
    /// may begin with a hotkey's character; from then on every character is text.
    @Test func aFilterStartsWithAKeyThatIsNoHotkeyOrWithSlash() {
        var list = ChoiceList(options: Self.options([("12345热线", nil), ("微博", nil)]))
        #expect(list.handle(.character("微")) == .edited)
        #expect(list.isFiltering && list.filter == "微" && list.matches == [1])
        #expect(list.handle(.escape) == .edited && !list.isFiltering)
        #expect(list.handle(.character("/")) == .edited && list.isFiltering && list.filter.isEmpty)
        #expect(list.handle(.character("1")) == .edited, "inside a filter a hotkey's character is text")
        #expect(list.matches == [0])
        #expect(list.handle(.enter) == .chose(0) && !list.isFiltering && list.highlighted == 0)
    }

    /// Backspace shortens the filter and, on an empty one, ends it; outside a filter it is not the list's.
    @Test func backspaceEndsAnEmptyFilter() {
        var list = ChoiceList(options: Self.options([("abc", "1")]))
        #expect(list.handle(.backspace) == .ignored)
        _ = list.handle(.character("/"))
        _ = list.handle(.character("B"))
        #expect(list.matches == [0], "ASCII letters compare without case")
        #expect(list.handle(.backspace) == .edited && list.isFiltering && list.filter.isEmpty)
        #expect(list.handle(.backspace) == .edited && !list.isFiltering)
    }

    /// The highlight starts on the option asked for and stays inside the matches.
    @Test func theHighlightStaysInsideTheMatches() {
        var list = ChoiceList(options: Self.options([("甲", nil), ("乙", nil), ("丙", nil)]), highlighting: "乙")
        #expect(list.highlighted == 1)
        _ = list.handle(.down)
        _ = list.handle(.down)
        #expect(list.highlighted == 2)
        _ = list.handle(.up)
        _ = list.handle(.up)
        _ = list.handle(.up)
        #expect(list.highlighted == 0)
    }
}
