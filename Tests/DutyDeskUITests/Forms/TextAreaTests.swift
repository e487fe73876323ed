import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Testing
@testable import DutyDeskUI

@Suite struct TextAreaTests {
    static func area(_ text: String, line: Int, cursor: Int) -> TextArea {
        var area = TextArea(text)
        while area.line > line { #expect(area.handle(.up) == true) }
        #expect(area.handle(.home) == true)
        for _ in 0..<cursor { #expect(area.handle(.right) == true) }
        #expect(area.line == line && area.cursor == cursor)
        return area
    }

    @Test func enterAndCtrlJSplitTheLineAtTheCursor() {
        var area = TextArea("城关镇锦绣花园")
        for _ in 0..<4 { #expect(area.handle(.left) == true) }
        #expect(area.handle(.enter) == true)
        #expect(area.lines == ["城关镇", "锦绣花园"] && area.line == 1 && area.cursor == 0)
        #expect(area.handle(.end) == true)
        #expect(area.handle(.control("j")) == true)
        for character in "停水" { #expect(area.handle(.character(character)) == true) }
        #expect(area.text == "城关镇\n锦绣花园\n停水")
        #expect(area.line == 2 && area.cursor == 2 && area.cursorColumn == 4)
    }

    @Test func upAndDownRememberTheColumnAcrossShorterLines() {
        // Column 7 on the first line; the middle line is only four columns wide.
        var area = Self.area("abcdefgh\n城关\n12345678", line: 0, cursor: 7)
        #expect(area.handle(.down) == true)
        #expect(area.line == 1 && area.cursor == 2 && area.cursorColumn == 4)
        #expect(area.handle(.down) == true)
        #expect(area.line == 2 && area.cursorColumn == 7, "the remembered column comes back")
        #expect(area.handle(.up) == true)
        #expect(area.handle(.up) == true)
        #expect(area.line == 0 && area.cursorColumn == 7)
        #expect(area.handle(.up) == true, "Up on the first line is still the area's key")
        #expect(area.line == 0 && area.cursorColumn == 7)
    }

    @Test func aColumnInsideAWideCharacterLandsBeforeIt() {
        var area = Self.area("abc\n城关镇", line: 0, cursor: 3)
        #expect(area.handle(.down) == true)
        #expect(area.line == 1 && area.cursor == 1 && area.cursorColumn == 2)
        #expect(area.handle(.down) == true)
        #expect(area.line == 1 && area.cursorColumn == 2, "Down on the last line stays")
        #expect(area.handle(.up) == true)
        #expect(area.line == 0 && area.cursorColumn == 3)
    }

    @Test func anyOtherKeyForgetsTheColumn() {
        var area = Self.area("abcdefgh\n城关\n12345678", line: 0, cursor: 7)
        #expect(area.handle(.down) == true)
        #expect(area.handle(.left) == true)
        #expect(area.handle(.down) == true)
        #expect(area.line == 2 && area.cursorColumn == 2)
    }

    @Test func movingAndDeletingAcrossLineEdges() {
        var area = Self.area("城关\n镇c", line: 1, cursor: 0)
        #expect(area.handle(.left) == true)
        #expect(area.line == 0 && area.cursor == 2)
        #expect(area.handle(.right) == true)
        #expect(area.line == 1 && area.cursor == 0)
        #expect(area.handle(.backspace) == true)
        #expect(area.lines == ["城关镇c"] && area.cursor == 2 && area.cursorColumn == 4)
        #expect(area.handle(.enter) == true)
        #expect(area.handle(.up) == true)
        #expect(area.handle(.end) == true)
        #expect(area.handle(.delete) == true)
        #expect(area.lines == ["城关镇c"] && area.cursor == 2)
        #expect(area.handle(.enter) == true)
        #expect(area.handle(.left) == true)
        #expect(area.handle(.control("k")) == true)
        #expect(area.lines == ["城关镇c"] && area.cursor == 2)
    }

    @Test func lineKeysWorkOnTheCursorsLine() {
        var area = Self.area("第一行\nab城关镇c", line: 1, cursor: 6)
        #expect(area.handle(.control("w")) == true)
        #expect(area.lines == ["第一行", "ab城关镇"])
        #expect(area.handle(.control("u")) == true)
        #expect(area.lines == ["第一行", ""])
        #expect(area.handle(.character("\u{1B}")) == false)
        #expect(area.handle(.tab) == false)
        #expect(area.handle(.control("s")) == false)
    }

    @Test func pastingBreaksLinesOfEveryKind() {
        var area = TextArea("来电：")
        area.insert("李女士\r\n小区停水\r三天\u{1B}")
        #expect(area.lines == ["来电：李女士", "小区停水", "三天"])
        #expect(area.line == 2 && area.cursor == 2)
        #expect(!area.isEmpty && TextArea().isEmpty)
    }

    @Test func viewportWrapsAtCharactersWithoutSplittingWideOnes() {
        let area = TextArea("城关镇政府回应a城关\nok")
        var scroll = 0
        let view = area.viewport(width: 7, height: 5, scroll: &scroll)
        #expect(view.lines == ["城关镇", "政府回", "应a城关", "ok"])
        #expect(view.cursorRow == 3 && view.cursorColumn == 2)
        for line in view.lines { #expect(DisplayWidth.of(line) <= 7) }
    }

    @Test func aFullRowGivesTheCursorAFreshRow() {
        let area = TextArea("城关镇")
        var scroll = 0
        let view = area.viewport(width: 6, height: 3, scroll: &scroll)
        #expect(view.lines == ["城关镇", ""] && view.cursorRow == 1 && view.cursorColumn == 0)
    }

    @Test func viewportScrollsToTheCursorAndKeepsItsPlace() {
        var area = TextArea((1...8).map { "第\($0)行" }.joined(separator: "\n"))
        var scroll = 0
        var view = area.viewport(width: 20, height: 3, scroll: &scroll)
        #expect(view.lines == ["第6行", "第7行", "第8行"] && view.cursorRow == 2 && scroll == 5)
        #expect(area.handle(.up) == true)
        view = area.viewport(width: 20, height: 3, scroll: &scroll)
        #expect(scroll == 5 && view.cursorRow == 1)
        for _ in 0..<4 { #expect(area.handle(.up) == true) }
        view = area.viewport(width: 20, height: 3, scroll: &scroll)
        #expect(view.lines == ["第3行", "第4行", "第5行"] && view.cursorRow == 0 && view.cursorColumn == 5)
    }

    /// A paste keeps its lines in a text area, up to the area's limit (line breaks count).
    @Test func aPasteKeepsItsLinesUpToTheLimit() {
        var area = TextArea("", limit: 10)
        var used = area.handle(.paste("第一行\n第二行\n第三行"))
        #expect(used)
        #expect(area.lines == ["第一行", "第二行", "第三"])
        #expect(area.text.count == 10 && area.room == 0)
        used = area.handle(.enter)
        #expect(used, "used at the limit, and nothing added")
        used = area.handle(.character("字"))
        #expect(used && area.text.count == 10)
        #expect(TextArea(String(repeating: "长", count: 300)).lines == [String(repeating: "长", count: 300)],
                "a line in an area is not held to a single field's limit")
    }
}
