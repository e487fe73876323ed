import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Testing
@testable import DutyDeskUI

@Suite struct TextBufferTests {
    /// Two ASCII letters, a place name, one more letter: six characters, nine columns.
    static let mixed = "ab城关镇c"
    static let columns = [0, 1, 2, 4, 6, 8, 9]

    /// `text` with the cursor at `cursor`, reached by keys as an operator would.
    static func buffer(_ text: String, cursor: Int) -> TextBuffer {
        var buffer = TextBuffer(text)
        #expect(buffer.handle(.home) == true)
        for _ in 0..<cursor { #expect(buffer.handle(.right) == true) }
        return buffer
    }

    static func typing(_ text: String, into buffer: inout TextBuffer) {
        for character in text { #expect(buffer.handle(.character(character)) == true) }
    }

    @Test func startsAtTheEndCountingCJKAsTwoColumns() {
        let buffer = TextBuffer(Self.mixed)
        #expect(buffer.cursor == 6)
        #expect(buffer.cursorColumn == 9)
        #expect(!buffer.isEmpty && TextBuffer().isEmpty)
    }

    @Test func rightAndLeftStepOneCharacterAtATime() {
        var buffer = TextBuffer(Self.mixed)
        #expect(buffer.handle(.home) == true)
        for position in 0...6 {
            #expect(buffer.cursor == position)
            #expect(buffer.cursorColumn == Self.columns[position])
            #expect(buffer.handle(.right) == true)
        }
        #expect(buffer.cursor == 6, "Right at the end stays")
        for position in (0...6).reversed() {
            #expect(buffer.cursor == position)
            #expect(buffer.cursorColumn == Self.columns[position])
            #expect(buffer.handle(.left) == true)
        }
        #expect(buffer.cursor == 0, "Left at the start stays")
    }

    @Test(arguments: 0...6)
    func homeEndAndTheirControlKeysFromEveryPosition(position: Int) {
        for (home, end) in [(Key.home, Key.end), (.control("a"), .control("e"))] {
            var buffer = Self.buffer(Self.mixed, cursor: position)
            #expect(buffer.handle(home) == true)
            #expect(buffer.cursor == 0 && buffer.cursorColumn == 0)
            #expect(buffer.handle(end) == true)
            #expect(buffer.cursor == 6 && buffer.cursorColumn == 9)
            #expect(buffer.text == Self.mixed)
        }
    }

    @Test(arguments: 0...6)
    func backspaceDeletesTheCharacterBeforeTheCursor(position: Int) {
        var buffer = Self.buffer(Self.mixed, cursor: position)
        #expect(buffer.handle(.backspace) == true)
        var expected = Array(Self.mixed)
        if position > 0 { expected.remove(at: position - 1) }
        #expect(buffer.text == String(expected))
        #expect(buffer.cursor == max(0, position - 1))
        #expect(buffer.cursorColumn == Self.columns[max(0, position - 1)])
    }

    @Test(arguments: 0...6)
    func deleteRemovesTheCharacterUnderTheCursor(position: Int) {
        var buffer = Self.buffer(Self.mixed, cursor: position)
        #expect(buffer.handle(.delete) == true)
        var expected = Array(Self.mixed)
        if position < 6 { expected.remove(at: position) }
        #expect(buffer.text == String(expected))
        #expect(buffer.cursor == position)
        #expect(buffer.cursorColumn == Self.columns[position])
    }

    @Test func ctrlUAndCtrlKKillToEitherEnd() {
        var start = Self.buffer(Self.mixed, cursor: 4)
        #expect(start.handle(.control("u")) == true)
        #expect(start.text == "镇c" && start.cursor == 0)
        var end = Self.buffer(Self.mixed, cursor: 4)
        #expect(end.handle(.control("k")) == true)
        #expect(end.text == "ab城关" && end.cursor == 4 && end.cursorColumn == 6)
    }

    @Test func ctrlWTakesASCIIWordsBySpacesAndARunOfCJKAsOneWord() {
        var buffer = TextBuffer(Self.mixed)
        let steps = ["ab城关镇", "ab", ""]
        for expected in steps {
            #expect(buffer.handle(.control("w")) == true)
            #expect(buffer.text == expected && buffer.cursor == expected.count)
        }
        var sentence = TextBuffer("call 城关镇 back-office  ")
        #expect(sentence.handle(.control("w")) == true)
        #expect(sentence.text == "call 城关镇 ")
        #expect(sentence.handle(.control("w")) == true)
        #expect(sentence.text == "call ")
        var middle = Self.buffer("李女士 13800138000", cursor: 3)
        #expect(middle.handle(.control("w")) == true)
        #expect(middle.text == " 13800138000" && middle.cursor == 0)
    }

    @Test func aCombiningSequenceIsOneStep() {
        var buffer = TextBuffer()
        // An IME sends the accent as its own key after the letter.
        Self.typing("cafe\u{301}!", into: &buffer)
        #expect(buffer.text == "café!")
        #expect(buffer.text.count == 5 && buffer.cursor == 5 && buffer.cursorColumn == 5)
        #expect(buffer.handle(.left) == true)
        #expect(buffer.handle(.left) == true)
        #expect(buffer.cursor == 3 && buffer.cursorColumn == 3, "one step over é")
        #expect(buffer.handle(.right) == true)
        #expect(buffer.cursor == 4)
        #expect(buffer.handle(.backspace) == true)
        #expect(buffer.text == "caf!" && buffer.cursor == 3)

        var decomposed = TextBuffer("e\u{301}")
        #expect(decomposed.cursor == 1 && decomposed.cursorColumn == 1)
        #expect(decomposed.handle(.left) == true)
        #expect(decomposed.cursor == 0)
        #expect(decomposed.handle(.delete) == true)
        #expect(decomposed.isEmpty)
    }

    @Test func anAccentTypedInTheMiddleJoinsItsLetterAndTheCursorStaysOutsideIt() {
        var buffer = Self.buffer("cafe城", cursor: 4)
        #expect(buffer.handle(.character("\u{301}")) == true)
        #expect(buffer.text == "café城" && buffer.cursor == 4 && buffer.cursorColumn == 4)
    }

    @Test(arguments: ["\u{1B}", "\u{7}", "\u{0}", "\n", "\r", "\t", "\u{7F}", "\u{9B}", "\u{202E}", "\u{2028}"])
    func controlCharactersAreRefused(control: String) {
        var buffer = Self.buffer(Self.mixed, cursor: 3)
        #expect(buffer.handle(.character(Character(control))) == false)
        #expect(buffer == Self.buffer(Self.mixed, cursor: 3))
    }

    @Test(arguments: [Key.up, .down, .tab, .backTab, .enter, .escape, .function(10), .control("s"), .pageUp, .insert])
    func keysThatAreNotEditingAreLeftForTheForm(key: Key) {
        var buffer = Self.buffer(Self.mixed, cursor: 3)
        #expect(buffer.handle(key) == false)
        #expect(buffer == Self.buffer(Self.mixed, cursor: 3))
    }

    @Test func typingAndInsertingInTheMiddle() {
        var buffer = Self.buffer(Self.mixed, cursor: 2)
        #expect(buffer.handle(.character("新")) == true)
        #expect(buffer.text == "ab新城关镇c" && buffer.cursor == 3 && buffer.cursorColumn == 4)
        buffer.insert("南街 1号")
        #expect(buffer.text == "ab新南街 1号城关镇c" && buffer.cursor == 8 && buffer.cursorColumn == 12)
    }

    @Test func insertingPastedTextFlattensLinesAndDropsControls() {
        var buffer = TextBuffer("来电：")
        buffer.insert("李女士\r\n138\u{1B}[31m0013\t8000\u{7}")
        #expect(buffer.text == "来电：李女士 138[31m0013 8000")
        #expect(buffer.cursor == buffer.text.count)
        #expect(!SafeText.containsControl(buffer.text))
    }

    /// A paste is one key: line breaks become spaces, and nothing in it moves or deletes.
    @Test func aPasteIsInsertedWholeAsText() {
        var buffer = TextBuffer("网传")
        let used = buffer.handle(.paste("城关镇\n停水\u{1B}[D\u{7F}"))
        #expect(used)
        #expect(buffer.text == "网传城关镇 停水[D")
        #expect(buffer.cursor == buffer.text.count)
    }

    /// Typing stops at the limit (the key is still the field's) and a paste is cut there.
    @Test func theLimitStopsTypingAndCutsAPaste() {
        var buffer = TextBuffer(String(repeating: "字", count: 98))
        #expect(buffer.limit == 100 && buffer.room == 2)
        var used = buffer.handle(.paste("一二三四"))
        #expect(used)
        #expect(buffer.text.count == 100 && buffer.text.hasSuffix("字一二"))
        used = buffer.handle(.character("多"))
        #expect(used, "used, so the form does not take it as a key")
        #expect(buffer.text.count == 100 && buffer.room == 0)
        _ = buffer.handle(.backspace)
        used = buffer.handle(.character("尾"))
        #expect(used && buffer.text.hasSuffix("一尾"))
    }
}
