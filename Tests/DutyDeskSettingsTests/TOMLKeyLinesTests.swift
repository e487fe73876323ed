import Testing
@testable import DutyDeskSettings

@Suite struct TOMLKeyLinesTests {
    static let text = """
        # the desk
        [desk]
        name = "城关镇"
        "quoted key" = 1
        styles.header.fg = "#ffffff"

        [[units]]
        name = "甲"
        note = \"\"\"
        fake = "not a key"
        \"\"\"

        [[units]]
        name = "乙"
        phone = "1"
        """

    /// Tables, quoted and dotted keys, and each `[[array]]` entry numbered from 1.
    @Test func eachKeyIsFoundWhereItIsWritten() {
        let lines = TOMLKeyLines(text: Self.text)
        #expect(lines.line(of: ["desk"]) == 2)
        #expect(lines.line(of: ["desk", "name"]) == 3)
        #expect(lines.line(of: ["desk", "quoted key"]) == 4)
        #expect(lines.line(of: ["desk", "styles", "header", "fg"]) == 5)
        #expect(lines.line(of: ["units", "1", "name"]) == 8)
        #expect(lines.line(of: ["units", "2"]) == 13)
        #expect(lines.line(of: ["units", "2", "phone"]) == 15)
    }

    /// A multi-line string's text is never taken for a key.
    @Test func aMultiLineStringHoldsNoKeys() {
        let lines = TOMLKeyLines(text: Self.text)
        #expect(lines.line(of: ["units", "1", "fake"]) == 7, "a key never written is placed at its table")
        #expect(lines.line(of: ["units", "1", "note"]) == 9)
    }

    /// A key that was never written is placed at the nearest table that was; nothing at all is nil.
    @Test func aMissingKeyIsPlacedAtItsTable() {
        let lines = TOMLKeyLines(text: Self.text)
        #expect(lines.line(of: ["desk", "timezone"]) == 2)
        #expect(lines.line(of: ["on-call", "1", "from"]) == nil)
    }

    /// Windows line ends count as one line each.
    @Test func crlfEndsOneLine() {
        let lines = TOMLKeyLines(text: "[desk]\r\nname = \"x\"\r\ncode = \"CG\"\r\n")
        #expect(lines.line(of: ["desk", "code"]) == 3)
    }
}
