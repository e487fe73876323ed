import CNcursesw
import DutyDeskGrid
import Testing
@testable import DutyDeskTerminal

@Suite struct ColorMapperTests {
    @Test func rgbToXterm256CubeAndGreyRamp() {
        #expect(ColorMapper.xterm256(RGB(255, 0, 0)) == 196)
        #expect(ColorMapper.xterm256(RGB(0, 0, 0)) == 16)
        #expect(ColorMapper.xterm256(RGB(255, 255, 255)) == 231)
        #expect(ColorMapper.xterm256(RGB(95, 135, 175)) == 67)
        // Greys between cube steps go to the finer grey ramp.
        #expect(ColorMapper.xterm256(RGB(128, 128, 128)) == 244)
        #expect(ColorMapper.xterm256(RGB(30, 30, 30)) == 234)
        // Near-grey but tinted: a cube colour is closer.
        #expect(ColorMapper.xterm256(RGB(250, 120, 0)) == 208)
    }

    @Test func xterm256IndexRoundTrips() {
        for index in UInt8(16)...255 {
            #expect(ColorMapper.xterm256(ColorMapper.rgb(ofXterm: index)) == index)
        }
    }

    @Test func rgbToNearestAnsi() {
        #expect(ColorMapper.nearestANSI(RGB(255, 0, 0), count: 16) == 9)
        #expect(ColorMapper.nearestANSI(RGB(255, 0, 0), count: 8) == 1)
        #expect(ColorMapper.nearestANSI(RGB(10, 10, 10), count: 8) == 0)
        #expect(ColorMapper.nearestANSI(RGB(120, 120, 130), count: 16) == 8)
        // With only 8 colours, a mid grey is nearer the light grey than black.
        #expect(ColorMapper.nearestANSI(RGB(140, 140, 140), count: 8) == 7)
        #expect(ColorMapper.nearestANSI(RGB(255, 165, 0), count: 8) == 3)
    }

    @Test func themeColorsPerPalette() {
        #expect(ColorMapper.number(for: .terminalDefault, in: .xterm256) == nil)
        #expect(ColorMapper.number(for: .ansi(12), in: .xterm256) == 12)
        #expect(ColorMapper.number(for: .ansi(12), in: .ansi16) == 12)
        #expect(ColorMapper.number(for: .ansi(9), in: .ansi8) == 1)
        #expect(ColorMapper.number(for: .indexed(196), in: .xterm256) == 196)
        #expect(ColorMapper.number(for: .indexed(196), in: .ansi16) == 9)
        #expect(ColorMapper.number(for: .indexed(196), in: .ansi8) == 1)
        #expect(ColorMapper.number(for: .rgb(red: 255, green: 0, blue: 0), in: .xterm256) == 196)
        #expect(ColorMapper.number(for: .rgb(red: 0x12, green: 0x34, blue: 0x56), in: .direct) == 0x123456)
        #expect(ColorMapper.number(for: .rgb(red: 0, green: 0, blue: 3), in: .direct) == 8)
        #expect(ColorMapper.number(for: .ansi(3), in: .direct) == 3)
    }

    @Test func paletteFromColorCount() {
        #expect(Palette(colorCount: 0) == nil)
        #expect(Palette(colorCount: 2) == nil)
        #expect(Palette(colorCount: 8) == .ansi8)
        #expect(Palette(colorCount: 16) == .ansi16)
        #expect(Palette(colorCount: 88) == .ansi16)
        #expect(Palette(colorCount: 256) == .xterm256)
        #expect(Palette(colorCount: 0x100_0000) == .direct)
    }
}
