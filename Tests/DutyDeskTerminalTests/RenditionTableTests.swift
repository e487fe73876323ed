import CNcursesw
import DutyDeskGrid
import Testing
@testable import DutyDeskTerminal

/// Every role resolved to attributes and a pair up front; the pairs are few, so they are shared.
@Suite struct RenditionTableTests {
    @Test func rolesWithTheSameColorsSharePairs() {
        let red = Style(foreground: .rgb(red: 255, green: 0, blue: 0))
        let theme = Theme(name: "t", styles: [
            .normal: Style(),
            .error: red,
            .bannerError: Style(foreground: .rgb(red: 255, green: 0, blue: 0), bold: true),
            .header: Style(foreground: .ansi(7), background: .ansi(4), bold: true),
        ], monochrome: false)
        let table = RenditionTable(theme: theme, palette: .xterm256, defaultColors: true, pairLimit: 256)
        // Numbered in StyleRole order: header comes before banner-error and error.
        #expect(table.pairs == [.init(foreground: 7, background: 4), .init(foreground: 196, background: -1)])
        #expect(table[.error].pair == table[.bannerError].pair)
        #expect(table[.normal].pair == 0)
        #expect(table[.bannerError].attributes == dd_attr_bold())
        // Without default-colour support the terminal default is taken as white on black.
        let fixed = RenditionTable(theme: theme, palette: .xterm256, defaultColors: false, pairLimit: 256)
        #expect(fixed.pairs.first == .init(foreground: 7, background: 0))
        #expect(fixed[.normal].pair == 1)
    }

    @Test func noPaletteMeansAttributesOnly() {
        let theme = Theme(name: "t", styles: [
            .normal: Style(foreground: .ansi(2)),
            .selectedRow: Style(foreground: .ansi(0), background: .ansi(6), reverse: true),
        ], monochrome: true)
        let table = RenditionTable(theme: theme, palette: nil, defaultColors: true, pairLimit: 256)
        #expect(table.pairs.isEmpty)
        #expect(table[.selectedRow] == Rendition(attributes: dd_attr_reverse(), pair: 0))
    }

    @Test func pairsBeyondTheLimitFallBackToDefault() {
        let theme = Theme(name: "t", styles: [
            .normal: Style(foreground: .ansi(1)),
            .error: Style(foreground: .ansi(2)),
        ], monochrome: false)
        let table = RenditionTable(theme: theme, palette: .ansi8, defaultColors: true, pairLimit: 2)
        #expect(table.pairs.count == 1)
        #expect(table[.error].pair == 0)
    }

    /// A role the theme does not name is drawn as its normal text, pair and attributes alike.
    @Test func aRoleTheThemeLeavesOutIsDrawnAsNormalText() {
        let theme = Theme(name: "t", styles: [.normal: Style(foreground: .ansi(1), underline: true)], monochrome: false)
        let table = RenditionTable(theme: theme, palette: .ansi8, defaultColors: true, pairLimit: 64)
        #expect(table[.normal] == Rendition(attributes: dd_attr_underline(), pair: 1))
        #expect(table[.error] == table[.normal])
        #expect(table.pairs == [.init(foreground: 1, background: -1)])
    }
}
