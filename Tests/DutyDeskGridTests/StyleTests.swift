import Testing
@testable import DutyDeskGrid

@Suite struct StyleTests {
    /// A theme that leaves a role out draws it as its normal text; one without even that, plainly.
    @Test func aRoleTheThemeLeavesOutTakesTheNormalStyle() {
        let normal = Style(foreground: .ansi(2), bold: true)
        let theme = Theme(name: "t", styles: [.normal: normal, .error: Style(foreground: .ansi(1))], monochrome: false)
        #expect(theme.style(.error) == Style(foreground: .ansi(1)))
        #expect(theme.style(.header) == normal)
        #expect(Theme(name: "empty", styles: [:], monochrome: true).style(.header) == Style())
    }

    @Test func aPlainStyleUsesTheTerminalsColoursAndNoAttribute() {
        let plain = Style()
        #expect(plain.foreground == .terminalDefault && plain.background == .terminalDefault)
        #expect(!plain.bold && !plain.underline && !plain.reverse)
    }
}
