import DutyDeskGrid
import Testing
@testable import DutyDeskUI

/// The theme the console starts with when no default.toml is found: it must read on any terminal.
@Suite struct BuiltinFallbackThemeTests {
    static let theme = Theme.builtinFallback

    @Test func everyRoleHasItsOwnEntryAndNoColour() {
        #expect(Self.theme.monochrome)
        #expect(Set(Self.theme.styles.keys) == Set(StyleRole.allCases))
        for (role, style) in Self.theme.styles {
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault, "\(role)")
        }
    }

    /// Every state is shown by an attribute as well as colour: the clock's steps, the selected row and
    /// the focused field each look different from their neighbours.
    @Test func eachStateLooksDifferentWithoutColour() {
        let clocks: [StyleRole] = [.clockFresh, .clockWarning, .clockCritical, .clockOverdue]
        #expect(Set(clocks.map(Self.theme.style)).count == clocks.count)
        #expect(Self.theme.style(.selectedRow) != Self.theme.style(.row))
        #expect(Self.theme.style(.formFieldFocused) != Self.theme.style(.formField))
        #expect(Self.theme.style(.tabActive) != Self.theme.style(.tabInactive))
        #expect(Self.theme.style(.gradeExtraordinary) != Self.theme.style(.gradeMajor))
        #expect(Self.theme.style(.error).bold)
    }
}
