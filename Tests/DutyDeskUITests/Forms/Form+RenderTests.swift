import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import DutyDeskText
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct FormRenderTests {
    typealias F = FormFixture

    @Test(arguments: ["城关镇c", "ab城关镇c", "李女士 138", ""])
    func theCursorStandsAfterTheTextAtItsDisplayColumn(text: String) throws {
        var form = F.form()
        F.type(text, into: &form)
        let (grid, cursor) = F.render(form)
        let row = try #require(F.row(of: "事由", in: grid))
        let inputX = try #require((0..<80).first { grid[$0, row].role == .formFieldFocused })
        if let first = text.first {
            #expect(F.column(of: String(first), in: grid, row: row) == inputX)
        }
        let position = try #require(cursor)
        #expect(position.y == row)
        #expect(position.x == inputX + DisplayWidth.of(text))
    }

    /// The meeting form's 督办事项 label says how to type the field; at 80 columns it goes down the
    /// text area's rows instead of stopping at the label column.
    @Test func aLongLabelOfATextAreaWrapsDownItsRows() throws {
        var state = ConsoleFixture.state()
        state.select(code: "YQ-20261122-002")
        state.handle(.character("h"), now: ConsoleFixture.now, size: (80, 24))
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: ConsoleFixture.now)
        let top = try #require((0..<grid.height).first { grid.text(row: $0).hasPrefix("督办事项（") })
        let label = (top..<top + 3).map { grid.text(row: $0).prefix { $0 != " " } }.joined()
        #expect(label == "督办事项（每行一项：事项@单位@截止）", "\(label)")
        #expect(!grid.text(row: top).contains("…"))
    }

    @Test func theCursorFollowsLeftOverWideCharacters() throws {
        var form = F.form(title: "ab城关镇c")
        _ = form.handle(.left)
        _ = form.handle(.left)
        let (grid, cursor) = F.render(form)
        let row = try #require(F.row(of: "ab城关镇c", in: grid))
        let inputX = try #require(F.column(of: "ab城关镇c", in: grid, row: row))
        #expect(try #require(cursor) == (inputX + 6, row))
    }

    @Test func aLongTitleScrollsInsideItsInputAndTheCursorStaysOnIt() throws {
        let long = String(repeating: "城关镇锦绣花园小区停水", count: 4)
        let form = F.form(title: long)
        let (grid, cursor) = F.render(form)
        let position = try #require(cursor)
        let inputX = try #require((0..<80).first { grid[$0, position.y].role == .formFieldFocused })
        let inputEnd = try #require((inputX..<80).last { grid[$0, position.y].role == .formFieldFocused })
        #expect(position.x > inputX && position.x <= inputEnd)
        #expect(grid[position.x - 2, position.y].text == "水", "the last character typed is just left of the cursor")
    }

    @Test func anUnfocusedLongTitleIsClippedWithAnEllipsis() throws {
        var form = F.form(title: String(repeating: "城关镇锦绣花园小区停水", count: 4))
        form.focus = 1
        let (grid, _) = F.render(form)
        let row = try #require(F.row(of: "事由", in: grid))
        #expect(grid.text(row: row).contains("城关镇锦绣花园"))
        #expect(grid.text(row: row).contains("…"))
    }

    @Test func theCursorInATextArea() throws {
        let form = FormTests.focused(on: .detail, details: "来电人李女士反映：\n停水三天")
        let (grid, cursor) = F.render(form)
        let first = try #require(F.row(of: "来电人李女士反映：", in: grid))
        let inputX = try #require(F.column(of: "来电人李女士反映：", in: grid, row: first))
        #expect(F.column(of: "停水三天", in: grid, row: first + 1) == inputX)
        #expect(try #require(cursor) == (inputX + 8, first + 1))
    }

    @Test func theFocusedChoiceShowsItsOptionsWithHotkeys() throws {
        var form = FormTests.focused(on: .grade)
        var grid = F.render(form).grid
        for (hotkey, label) in zip(["1", "2", "3", "4"], ["特别重大", "重大", "较大", "一般"]) {
            let row = try #require(F.row(of: "\(hotkey) \(label)", in: grid))
            #expect(grid[try #require(F.column(of: hotkey, in: grid, row: row)), row].role != .normal)
        }
        #expect(F.render(form).cursor == nil, "a list without a filter has no text cursor")
        #expect(grid.text(row: 23).contains("编号键 直接选"), "the hotkey rule is on screen")
        #expect(grid.text(row: 23).contains("先按 /"))

        F.type("重", into: &form)
        let filtered = F.render(form)
        grid = filtered.grid
        let filterRow = try #require(F.row(of: "筛选：重", in: grid))
        #expect(F.row(of: "1 特别重大", in: grid) == filterRow + 1)
        #expect(F.row(of: "2 重大", in: grid) == filterRow + 2)
        #expect(F.row(of: "较大", in: grid) == nil)
        let filterX = try #require(F.column(of: "重", in: grid, row: filterRow))
        #expect(try #require(filtered.cursor) == (filterX + 2, filterRow))
        #expect(grid.text(row: 23).contains("筛选中编号键也算文字"))

        form.focus = 0
        #expect(F.row(of: "特别重大", in: F.render(form).grid) == nil, "only the focused choice shows its list")
    }

    @Test func aLongListShowsArrowsForHiddenMatches() throws {
        let options = (1...12).map { ChoiceOption(code: "u\($0)", label: "单位\($0)") }
        let form = Form(title: "配合单位", fields: [
            .init(id: .unit, label: "配合单位", kind: .multiChoice(MultiChoiceField(options: options, selected: ["u2"]))),
        ])
        let grid = F.render(form).grid
        let first = try #require(F.row(of: "1 单位1", in: grid))
        #expect(grid.text(row: first + 1).contains("[x] 2 单位2"))
        #expect(F.row(of: "单位9", in: grid) == nil)
        #expect(grid.text(row: first + 7).contains("↓"))
        #expect(!grid.text(row: first).contains("↑"))
    }

    @Test func theFormScrollsToKeepTheFocusedFieldOnAShortScreen() throws {
        var form = F.form()
        form.focus = 5
        let (grid, cursor) = F.render(form, height: 10)
        let row = try #require(F.row(of: "来电人", in: grid))
        #expect(try #require(cursor).y == row)
        #expect(row < 9, "above the hint line")
        #expect(F.row(of: "事由", in: grid) == nil)
    }

    /// The last row hints at the focused field; the keys of every field are the console's footer.
    @Test(arguments: Language.allCases)
    func theHintLineIsTheLastRowAt80Columns(language: Language) {
        let (grid, _) = F.render(F.form(), language: language)
        let hints = grid.text(row: 23)
        let expected = language == .chinese ? ["Enter/↓ 下一项", "Ctrl-U 删到行首"] : ["Enter/↓ next", "Ctrl-U delete to start"]
        for hint in expected { #expect(hints.contains(hint), "\(hints)") }
        #expect(!hints.contains("Ctrl-S") && grid[0, 23].role == .muted)
    }

    @Test(arguments: Language.allCases)
    func everyHintLineFitsWholeAt80Columns(language: Language) {
        let strings = FormStrings.table(for: language)
        let lines = [
            strings.textHints, strings.areaHints, strings.timeHints, strings.dueHints,
            [strings.hotkeyPicks, strings.typeahead, strings.pick, strings.clearChoice],
            [strings.hotkeyToggles, strings.typeahead, strings.toggle],
            [strings.filteringRule, strings.toggle, strings.clearFilter],
        ]
        for hints in lines {
            let line = hints.map(\.text).joined(separator: FormStrings.hintSeparator)
            #expect(DisplayWidth.of(line) <= 80, "\(line)")
        }
    }

    /// A tall list or a scrolled form must not spill over whatever the console drew around it.
    @Test(arguments: [(FieldID.title, 24), (.unit, 9), (.grade, 6), (.detail, 5)])
    func drawsOnlyInsideItsRectangle(focus: FieldID, height: Int) {
        var grid = Grid(width: 100, height: 30)
        for row in 0..<30 { grid.put(String(repeating: "#", count: 100), x: 0, y: row, role: .muted) }
        var form = FormTests.focused(on: focus, title: "城关镇")
        form.reject(.title, message: "太短")
        let cursor = form.render(into: &grid, x: 10, y: 3, width: 80, height: height, now: F.now, timeZone: F.zone,
                                 language: .chinese)
        for row in 0..<30 {
            for column in 0..<100 where column < 10 || column >= 90 || row < 3 || row >= 3 + height {
                #expect(grid[column, row].text == "#" && grid[column, row].role == .muted, "\(column), \(row)")
            }
        }
        #expect(cursor.map { $0.x >= 10 && $0.x < 90 && $0.y >= 3 && $0.y < 3 + height } ?? true)
    }

    @Test(arguments: [FieldID.unit, .grade, .detail])
    func aListOrAreaTallerThanTheScreenLeavesTheHintLineAlone(focus: FieldID) {
        let form = FormTests.focused(on: focus)
        let tall = F.render(form).grid
        let short = F.render(form, height: 9).grid
        for (shortRow, tallRow) in [(8, 23)] {
            #expect(short.text(row: shortRow) == tall.text(row: tallRow))
            for column in 0..<80 { #expect(short[column, shortRow].role == tall[column, tallRow].role) }
        }
    }

    @Test func tinyRectanglesDoNotCrash() {
        for (width, height) in [(0, 0), (1, 1), (10, 3), (20, 5), (80, 2)] {
            var form = FormTests.focused(on: .grade)
            F.type("县", into: &form)
            _ = F.render(form, width: width, height: height)
        }
    }

    /// Near its limit a field shows how full it is; at the limit the counter is an error.
    @Test func aCounterShowsNearTheLimit() throws {
        let below = F.render(F.form(title: String(repeating: "字", count: 79))).0
        #expect(!below.text.contains("/100"))
        let near = F.render(F.form(title: String(repeating: "字", count: 80))).0
        #expect(near.text.contains("80/100"))
        let full = F.render(F.form(title: String(repeating: "字", count: 120))).0
        let row = try #require(F.row(of: "100/100", in: full))
        let x = try #require(F.column(of: "100/100", in: full, row: row))
        #expect(full[x, row].role == .error)
    }
}
