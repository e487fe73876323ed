import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Testing
@testable import DutyDeskUI

@Suite struct TextBufferViewportTests {
    static let long = "城关镇锦绣花园小区自来水发黄有异味，居民多次拨打热线反映"
    /// One narrow character first, so every wide character starts on an odd column.
    static let offset = "1" + long

    /// What a 10-column field must always show: the cursor in the field with the whole character
    /// under it, a slice of the text that starts and ends on character boundaries, nothing wider
    /// than the field, and the cursor at the column where the text before it ends.
    static func checkView(_ buffer: TextBuffer, width: Int, scroll: inout Int) {
        let view = buffer.viewport(width: width, scroll: &scroll)
        #expect(DisplayWidth.of(view.text) <= width)
        #expect(view.cursorColumn >= 0 && view.cursorColumn < width)
        #expect(view.text.isEmpty || buffer.text.contains(view.text))
        #expect(view.cursorColumn == buffer.cursorColumn - scroll)
        let characters = Array(buffer.text)
        let starts = (0...characters.count).map { DisplayWidth.of(String(characters[..<$0])) }
        let first = starts.firstIndex(of: scroll)
        #expect(first != nil, "scroll \(scroll) splits a wide character")
        guard let first else { return }
        #expect(String(characters[first...]).hasPrefix(view.text))
        if buffer.cursor < characters.count {
            let under = DisplayWidth.of(characters[buffer.cursor])
            #expect(view.cursorColumn + under <= width, "the character under the cursor is cut off")
            #expect(DisplayWidth.of(view.text) >= view.cursorColumn + under)
        }
    }

    @Test(arguments: [long, offset])
    func typingLongChineseScrollsToKeepTheCursorVisible(text: String) {
        for keepsScroll in [true, false] {
            var buffer = TextBuffer()
            var scroll = 0
            for character in text {
                #expect(buffer.handle(.character(character)) == true)
                if !keepsScroll { scroll = 0 }
                Self.checkView(buffer, width: 10, scroll: &scroll)
            }
            #expect(scroll > 0)
        }
    }

    @Test(arguments: [long, offset])
    func movingEverywhereKeepsTheCursorVisible(text: String) {
        for width in [10, 9, 3, 2] {
            var buffer = TextBuffer(text)
            var scroll = 0
            Self.checkView(buffer, width: width, scroll: &scroll)
            for key in [Key.left] * text.count + [.right] * text.count + [.home, .end, .home] {
                #expect(buffer.handle(key) == true)
                Self.checkView(buffer, width: width, scroll: &scroll)
            }
            #expect(scroll == 0, "Home shows the start")
        }
    }

    @Test func theViewStaysPutWhileTheCursorMovesInsideIt() {
        var buffer = TextBuffer(Self.long)
        var scroll = 0
        _ = buffer.viewport(width: 10, scroll: &scroll)
        let steady = scroll
        let before = buffer.viewport(width: 10, scroll: &scroll).text
        for _ in 0..<3 {
            #expect(buffer.handle(.left) == true)
            #expect(buffer.viewport(width: 10, scroll: &scroll).text == before)
            #expect(scroll == steady)
        }
    }

    @Test func leavingTheRightEdgeJumpsHalfAFieldRatherThanOneColumnPerKey() {
        var buffer = TextBuffer("城关镇锦")
        var scroll = 0
        #expect(buffer.viewport(width: 10, scroll: &scroll) == ("城关镇锦", 8) && scroll == 0)
        let steps: [(Character, String, Int, Int)] = [
            ("绣", "锦绣", 4, 6), ("花", "锦绣花", 6, 6), ("园", "锦绣花园", 8, 6), ("小", "花园小", 6, 10),
        ]
        for (typed, shown, column, expectedScroll) in steps {
            #expect(buffer.handle(.character(typed)) == true)
            #expect(buffer.viewport(width: 10, scroll: &scroll) == (shown, column))
            #expect(scroll == expectedScroll)
            var fresh = 0
            #expect(buffer.viewport(width: 10, scroll: &fresh) == (shown, column), "the same view without memory")
        }
    }

    @Test func aScrollInsideAWideCharacterMovesToTheNextBoundary() {
        var buffer = TextBuffer(Self.long)
        _ = buffer.handle(.home)
        for _ in 0..<10 { _ = buffer.handle(.right) }
        var scroll = 13
        let view = buffer.viewport(width: 10, scroll: &scroll)
        #expect(scroll == 14)
        #expect(view.text == "小区自来水" && view.cursorColumn == 6)
    }

    @Test func shortTextIsShownWholeWhateverTheScroll() {
        let buffer = TextBuffer("城关镇c")
        var scroll = 4
        let view = buffer.viewport(width: 10, scroll: &scroll)
        #expect(view.text == "城关镇c" && view.cursorColumn == 7 && scroll == 0)
        var none = 3
        #expect(buffer.viewport(width: 0, scroll: &none) == ("", 0) && none == 0)
    }
}

private func * (keys: [Key], count: Int) -> [Key] {
    Array(repeating: keys, count: count).flatMap { $0 }
}
