import DutyDeskGrid
import Testing
@testable import DutyDeskUI

@Suite struct ColorSyntaxTests {
    @Test func aHexColorIsItsThreeBytes() {
        #expect(ColorSyntax.color(named: "#1E90ff") == .rgb(red: 0x1E, green: 0x90, blue: 0xFF))
        #expect(ColorSyntax.color(named: "#12345") == nil)
        #expect(ColorSyntax.color(named: "#12345g") == nil)
    }

    /// A name's position in ANSI order is its number; "bright-" adds eight.
    @Test func anANSINameIsItsNumberInEitherCase() {
        #expect(ColorSyntax.color(named: "red") == .ansi(1))
        #expect(ColorSyntax.color(named: "White") == .ansi(7))
        #expect(ColorSyntax.color(named: "bright-blue") == .ansi(12))
        #expect(ColorSyntax.color(named: "bright-") == nil)
        #expect(ColorSyntax.color(named: "purple") == nil)
    }

    @Test func digitsAreAnXtermIndexUpTo255() {
        #expect(ColorSyntax.color(named: "208") == .indexed(208))
        #expect(ColorSyntax.color(named: "256") == nil)
        #expect(ColorSyntax.color(index: 0) == .indexed(0))
        #expect(ColorSyntax.color(index: -1) == nil)
        #expect(ColorSyntax.color(named: "-1") == nil)
    }

    @Test func defaultIsTheTerminalsOwn() {
        #expect(ColorSyntax.color(named: "DEFAULT") == .terminalDefault)
    }
}
