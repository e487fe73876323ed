import Testing
@testable import DutyDeskText

struct SafeTextTests {
    static let c0 = (0x00...0x1F).map { Unicode.Scalar(UInt8($0)) }
    static let dangerous: [Unicode.Scalar] =
        c0 + ["\u{7F}"] + (0x80...0x9F).map { Unicode.Scalar(UInt8($0)) }
        + ["\u{2028}", "\u{2029}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]

    @Test func escapeSequenceCannotReachTheTerminal() {
        let text = "\u{1B}[31m红色\u{1B}[0m"
        let shown = SafeText.singleLine(text)
        #expect(shown == "␛[31m红色␛[0m")
        #expect(!shown.unicodeScalars.contains("\u{1B}"))
        #expect(!SafeText.multiLine(text).unicodeScalars.contains("\u{1B}"))
    }

    @Test(arguments: [
        ("a\u{0}b", "a␀b"),
        ("\u{7F}", "␡"),
        ("\u{9B}31m", "\u{FFFD}31m"),
        ("\u{85}", "\u{FFFD}"),
        ("\u{202E}cod.exe", "\u{FFFD}cod.exe"),
        ("\u{2066}x\u{2069}", "\u{FFFD}x\u{FFFD}"),
        ("\u{7}\u{8}", "␇␈"),
        ("tab\there", "tab␉here"),
        ("line\nbreak", "line␊break"),
        ("crlf\r\n", "crlf␍␊"),
    ])
    func singleLineReplaces(text: String, expected: String) {
        #expect(SafeText.singleLine(text) == expected)
    }

    @Test(arguments: [
        ("line\nbreak", "line\nbreak"),
        ("crlf\r\nnext", "crlf\nnext"),
        ("lone\rcr", "lone␍cr"),
        ("tab\there\n", "tab␉here\n"),
        ("\u{1B}]0;title\u{7}\n", "␛]0;title␇\n"),
        ("\u{9B}2J\n\u{202E}", "\u{FFFD}2J\n\u{FFFD}"),
    ])
    func multiLineKeepsOnlyNewlines(text: String, expected: String) {
        #expect(SafeText.multiLine(text) == expected)
    }

    @Test(arguments: ["", "城关镇ABC自来水", "e\u{0301}", "👨\u{200D}👩\u{200D}👧", "❤\u{FE0F}", "a\u{200B}b", "\u{200F}", "…"])
    func leavesOrdinaryTextAlone(text: String) {
        #expect(SafeText.singleLine(text) == text)
        #expect(SafeText.multiLine(text) == text)
        #expect(!SafeText.containsControl(text))
    }

    @Test(arguments: dangerous)
    func everyControlIsReplacedByOneVisibleColumn(scalar: Unicode.Scalar) {
        let text = "a" + String(Character(scalar)) + "b"
        let shown = SafeText.singleLine(text)
        #expect(SafeText.containsControl(text))
        #expect(!shown.unicodeScalars.contains { Self.dangerous.contains($0) })
        #expect(!SafeText.containsControl(shown))
        #expect(DisplayWidth.of(shown) == 3)
        if scalar != "\n" {
            #expect(!SafeText.multiLine(text).unicodeScalars.contains { Self.dangerous.contains($0) })
        }
    }

    @Test func controlPicturesMatchTheirCodes() {
        #expect(SafeText.singleLine("\u{0}\u{1B}\u{1F}") == "\u{2400}\u{241B}\u{241F}")
    }
}
