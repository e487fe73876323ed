import DutyDeskGrid
import Testing
@testable import DutyDeskUI

@Suite struct MultiChoiceFieldTests {
    static let units = [
        ChoiceOption(code: "police", label: "县公安局"), ChoiceOption(code: "water", label: "县水务局"),
        ChoiceOption(code: "health", label: "县卫健委"),
    ]

    /// A hotkey toggles its option and keeps the focus; the picks stay in the options' order,
    /// whatever order they were toggled in.
    @Test func aHotkeyTogglesAndThePicksKeepTheListsOrder() {
        var field = MultiChoiceField(options: Self.units, selected: [])
        #expect(field.handle(.character("3")) == .edited)
        #expect(field.handle(.character("1")) == .edited)
        #expect(field.selected == ["police", "health"] && field.selectedLabels == ["县公安局", "县卫健委"])
        #expect(field.handle(.character("3")) == .edited)
        #expect(field.selected == ["police"])
    }

    /// Picks given at opening are kept in the list's order; a code the list lacks is dropped.
    @Test func theOpeningPicksAreTheListsOwn() {
        let field = MultiChoiceField(options: Self.units, selected: ["health", "fire", "police"])
        #expect(field.selected == ["police", "health"])
    }

    /// Typed text filters the list, and Enter toggles the highlighted match.
    @Test func enterTogglesTheHighlightedMatch() {
        var field = MultiChoiceField(options: Self.units, selected: [])
        for character in "/水务" { _ = field.handle(.character(character)) }
        #expect(field.isFiltering && field.matches.map(\.code) == ["water"])
        #expect(field.handle(.enter) == .edited)
        #expect(field.selected == ["water"])
    }
}
