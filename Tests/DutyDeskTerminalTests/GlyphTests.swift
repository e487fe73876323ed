import CNcursesw
@testable import DutyDeskGrid
import Glibc
import Testing
@testable import DutyDeskTerminal

/// What ncurses is handed for a cell: exactly the columns the grid gave it, and never a control character.
/// `wcwidth` needs a UTF-8 character type, which the terminal sets the same way when it starts.
@Suite(.serialized) struct GlyphTests {
    init() { setlocale(LC_CTYPE, "C.UTF-8") }

    static func characters(_ glyphs: [Glyph]) -> [[UInt32]] { glyphs.map { $0.characters.map { UInt32(bitPattern: $0) } } }

    @Test func aNarrowCharacterIsOneColumn() {
        #expect(Glyph.glyphs(for: Cell(text: "a", width: 1, role: .normal), span: 1) == [Glyph(characters: [0x61], columns: 1)])
    }

    @Test func aWideCharacterFillsItsTwoColumns() {
        #expect(Glyph.glyphs(for: Cell(text: "中", width: 2, role: .normal), span: 2) == [Glyph(characters: [0x4E2D], columns: 2)])
    }

    /// At the right edge a wide cell has one column of room: a space, so nothing wraps.
    @Test func aWideCellWithOneColumnOfRoomIsASpace() {
        #expect(Glyph.glyphs(for: Cell(text: "中", width: 2, role: .normal), span: 1) == [.space])
    }

    @Test func anEmptyCellIsSpacesForItsSpan() {
        #expect(Glyph.glyphs(for: Cell(text: "", width: 1, role: .normal), span: 1) == [.space])
        #expect(Glyph.glyphs(for: Cell(text: "", width: 2, role: .normal), span: 2) == [.space, .space])
    }

    /// A cell built without `Grid.put` may hold an ESC; it must not reach the terminal.
    @Test func aControlCharacterNeverReachesTheTerminal() {
        let glyphs = Glyph.glyphs(for: Cell(text: "\u{1B}", width: 1, role: .normal), span: 1)
        #expect(!Self.characters(glyphs).joined().contains(0x1B))
        #expect(glyphs.map { $0.columns }.reduce(0, +) == 1)
    }

    /// A character the C library calls narrow in a wide cell is padded, so the row stays in line.
    @Test func aNarrowCharacterInAWideCellIsPadded() {
        #expect(Glyph.glyphs(for: Cell(text: "a", width: 2, role: .normal), span: 2) == [Glyph(characters: [0x61], columns: 1), .space])
    }

    /// The combining mark travels with its base, in the same cell.
    @Test func combiningMarksStayWithTheirBase() {
        #expect(Self.characters(Glyph.glyphs(for: Cell(text: "e\u{301}", width: 1, role: .normal), span: 1)) == [[0x65, 0x301]])
    }
}
