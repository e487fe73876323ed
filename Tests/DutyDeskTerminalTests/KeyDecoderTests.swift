import CNcursesw
import DutyDeskGrid
import Testing
@testable import DutyDeskTerminal

@Suite struct KeyDecoderTests {
    private func character(_ value: UInt32) -> TerminalInput? { KeyDecoder.decode(status: OK, value: value) }
    private func keyCode(_ code: Int32) -> TerminalInput? { KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(code)) }

    @Test func printableCharactersIncludingCJK() {
        #expect(character(0x61) == .key(.character("a")))
        #expect(character(0x20) == .key(.character(" ")))
        #expect(character(0x7F51) == .key(.character("网")))
        #expect(character(0xFF01) == .key(.character("！")))
        #expect(character(0x1F600) == .key(.character("😀")))
    }

    @Test func controlLettersExceptTabEnterAndBackspace() {
        #expect(character(0x01) == .key(.control("a")))
        #expect(character(0x03) == .key(.control("c")))
        #expect(character(0x0C) == .key(.control("l")))
        #expect(character(0x11) == .key(.control("q")))
        #expect(character(0x13) == .key(.control("s")))
        #expect(character(0x1A) == .key(.control("z")))
        #expect(character(0x09) == .key(.tab))
        #expect(character(0x0A) == .key(.enter))
        #expect(character(0x0D) == .key(.enter))
        #expect(character(0x08) == .key(.backspace))
        #expect(character(0x7F) == .key(.backspace))
        #expect(character(0x1B) == .key(.escape))
    }

    @Test func meaninglessCharactersAreSkipped() {
        #expect(character(0x00) == nil)
        #expect(character(0x1C) == nil)
        #expect(character(0x9B) == nil)
        #expect(character(0xD800) == nil)
    }

    @Test func keyCodes() {
        let table: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_HOME, .home), (KEY_FIND, .home), (KEY_END, .end), (KEY_SELECT, .end),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_IC, .insert),
            (KEY_BTAB, .backTab), (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
        ]
        for (code, key) in table {
            #expect(keyCode(code) == .key(key), "key code \(code)")
        }
    }

    @Test func resizeAndUnknownCodes() {
        #expect(keyCode(KEY_RESIZE) == .resize)
        #expect(keyCode(KEY_MOUSE) == nil)
        #expect(KeyDecoder.decode(status: ERR, value: 0) == nil)
    }

    /// An end marker that arrives after its paste was handed on means nothing.
    @Test func aLatePasteEndIsSkipped() {
        #expect(keyCode(KeyDecoder.pasteEnd) == nil)
        #expect(KeyDecoder.pasteStart != KeyDecoder.pasteEnd && KeyDecoder.pasteStart > KEY_MAX)
    }
}
