import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import DutyDeskText
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct FormTests {
    typealias F = FormFixture
    static let order: [FieldID] = [.title, .grade, .discovered, .detail, .unit, .caller]

    static func focusedID(_ form: Form) -> FieldID { form.fields[form.focus].id }

    static func focused(on id: FieldID, title: String = "", details: String = "") -> Form {
        var form = F.form(title: title, details: details)
        form.focus = form.fields.firstIndex { $0.id == id }!
        return form
    }

    @Test func tabAndShiftTabGoRoundInOrder() {
        var form = F.form()
        var visited: [FieldID] = []
        for _ in 0..<7 {
            visited.append(Self.focusedID(form))
            #expect(form.handle(.tab) == .editing)
        }
        #expect(visited == Self.order + [.title])
        visited = []
        for _ in 0..<7 {
            #expect(form.handle(.backTab) == .editing)
            visited.append(Self.focusedID(form))
        }
        #expect(visited == [.title] + Self.order.reversed())
    }

    @Test func downUpAndEnterMoveOffSingleLineFieldsButStayInTheArea() {
        var form = F.form()
        #expect(form.handle(.down) == .editing)
        #expect(Self.focusedID(form) == .grade, "Down leaves a text field")
        #expect(form.handle(.down) == .editing)
        #expect(Self.focusedID(form) == .grade, "a choice list keeps Down for its highlight")
        form.focus = 2
        #expect(form.handle(.enter) == .editing)
        #expect(Self.focusedID(form) == .detail)
        F.type("停水", into: &form)
        #expect(form.handle(.enter) == .editing)
        #expect(form.handle(.up) == .editing)
        #expect(form.handle(.down) == .editing)
        F.type("三天", into: &form)
        #expect(Self.focusedID(form) == .detail)
        #expect(form.text(.detail) == "停水\n三天")
        form.focus = 5
        #expect(form.handle(.up) == .editing)
        #expect(Self.focusedID(form) == .unit)
        form.focus = 5
        #expect(form.handle(.enter) == .editing && Self.focusedID(form) == .caller, "the last field does not wrap")
    }

    @Test func pickingAChoiceMovesOn() {
        var form = Self.focused(on: .grade)
        #expect(form.handle(.character("2")) == .editing)
        #expect(form.choice(.grade) == "major")
        #expect(Self.focusedID(form) == .discovered)
    }

    /// F10 means leaving, as on every screen: a clean form closes, a dirty one asks first.
    @Test func f10LeavesTheFormFromEveryField() {
        for index in Self.order.indices {
            var clean = F.form()
            clean.focus = index
            #expect(clean.handle(.function(10)) == .cancelled, "\(Self.order[index])")
            var dirty = F.form()
            F.type("x", into: &dirty)
            dirty.focus = index
            #expect(dirty.handle(.function(10)) == .cancelRequested, "\(Self.order[index])")
            #expect(dirty.handle(.character("y")) == .cancelled)
        }
    }

    @Test func ctrlSSubmitsFromEveryField() {
        for index in Self.order.indices {
            var form = F.form(details: "第一行")
            form.focus = index
            F.type("x", into: &form)
            #expect(form.handle(.control("s")) == .submit, "\(Self.order[index])")
        }
        var filtering = Self.focused(on: .unit)
        F.type("县", into: &filtering)
        #expect(filtering.handle(.control("s")) == .submit, "even while a choice filter is typed")
    }

    @Test func escOnACleanFormCancels() {
        var form = F.form(title: "已有标题")
        #expect(!form.isDirty)
        F.type("x", into: &form)
        _ = form.handle(.backspace)
        #expect(!form.isDirty, "typed and deleted again: nothing to lose")
        #expect(form.handle(.escape) == .cancelled)
    }

    @Test func escOnADirtyFormAsksAndNGoesBack() throws {
        var form = F.form()
        F.type("城关镇停水", into: &form)
        #expect(form.isDirty)
        #expect(form.handle(.escape) == .cancelRequested)
        #expect(form.isConfirmingCancel)
        let (grid, cursor) = F.render(form)
        #expect(grid.text(row: 23).hasPrefix("放弃已填写的内容？ y/n"))
        #expect(grid[0, 23].role == .error)
        #expect(try #require(cursor).y == 23)
        #expect(form.handle(.character("x")) == .cancelRequested, "other keys wait for an answer")
        #expect(form.handle(.control("s")) == .cancelRequested)
        #expect(form.handle(.character("n")) == .editing)
        #expect(!form.isConfirmingCancel && form.text(.title) == "城关镇停水")
        #expect(form.handle(.escape) == .cancelRequested)
        #expect(form.handle(.escape) == .editing, "Esc answers no")
        #expect(form.handle(.escape) == .cancelRequested)
        #expect(form.handle(.character("y")) == .cancelled)
    }

    @Test func escFirstClearsAChoiceFilter() {
        var form = Self.focused(on: .grade)
        F.type("重", into: &form)
        #expect(form.handle(.escape) == .editing)
        #expect(form.handle(.escape) == .cancelled)
    }

    @Test func aFilterThatLeavesAChoiceIsDroppedWhenTheFocusLeaves() {
        var form = Self.focused(on: .unit)
        F.type("县", into: &form)
        #expect(form.handle(.tab) == .editing)
        #expect(form.handle(.backTab) == .editing)
        guard case .multiChoice(let units) = form.fields[4].kind else { return }
        #expect(!units.isFiltering)
        #expect(form.choices(.unit).isEmpty, "four units hold 县: none is picked")
    }

    /// Typing a name into a choice and moving on picks it, as Enter would: 特别 names only 特别重大,
    /// and 重大 is an option's whole label though 特别重大 holds it too.
    @Test func tabAfterTypingANamePicksWhatItNames() {
        var form = Self.focused(on: .grade)
        F.type("特别", into: &form)
        #expect(form.handle(.tab) == .editing)
        #expect(form.choice(.grade) == "extraordinary" && Self.focusedID(form) == .discovered)
        #expect(form.handle(.backTab) == .editing)
        F.type("重大", into: &form)
        #expect(form.handle(.backTab) == .editing)
        #expect(form.choice(.grade) == "major" && Self.focusedID(form) == .title)
        var units = Self.focused(on: .unit)
        F.type("派出所", into: &units)
        #expect(units.handle(.tab) == .editing)
        #expect(units.choices(.unit) == ["station"])
        #expect(units.handle(.backTab) == .editing)
        F.type("派出所", into: &units)
        #expect(units.handle(.tab) == .editing)
        #expect(units.choices(.unit) == ["station"], "leaving adds what a filter names, never takes it away")
    }

    /// Ctrl-S with a name typed into the focused choice saves that pick: the required field is not
    /// refused as empty.
    @Test func ctrlSAfterTypingANameSavesWhatItNames() {
        var form = Self.focused(on: .grade, title: "停水")
        F.type("较", into: &form)
        #expect(form.handle(.control("s")) == .submit)
        #expect(form.choice(.grade) == "significant")
        let valid = form.validate(now: F.now, timeZone: F.zone, language: .chinese)
        #expect(valid)
        var vague = Self.focused(on: .grade, title: "停水")
        F.type("大", into: &vague)
        #expect(vague.handle(.control("s")) == .submit)
        #expect(vague.choice(.grade) == nil, "three grades hold 大: nothing is guessed")
        let vagueIsValid = vague.validate(now: F.now, timeZone: F.zone, language: .chinese)
        #expect(!vagueIsValid && vague.fields[1].message == "必填")
    }

    @Test func valuesComeBackById() throws {
        var form = F.form()
        F.type("自来水发黄", into: &form)
        _ = form.handle(.tab)
        _ = form.handle(.character("3"))
        F.type("-2h", into: &form)
        _ = form.handle(.tab)
        F.type("小区停水", into: &form)
        _ = form.handle(.tab)
        _ = form.handle(.character("2"))
        _ = form.handle(.character("5"))
        #expect(form.text(.title) == "自来水发黄")
        #expect(form.choice(.grade) == "significant")
        #expect(try form.dateTime(.discovered, now: F.now, timeZone: F.zone)?.get() == F.time(23, 8))
        #expect(form.text(.detail) == "小区停水")
        #expect(form.choices(.unit) == ["police", "chengguan"])
        #expect(form.dateTime(.title, now: F.now, timeZone: F.zone) == nil)
        #expect(form.choice(.phone) == nil && form.text(.phone).isEmpty)
    }

    @Test func rejectShowsTheMessageBesideTheFieldAndMovesTheFocusThere() throws {
        var form = F.form(title: "停水")
        form.focus = 4
        form.reject(.caller, message: "请填写来电人")
        #expect(Self.focusedID(form) == .caller)
        let (grid, cursor) = F.render(form)
        let row = try #require(F.row(of: "来电人", in: grid))
        let message = try #require(F.column(of: "请填写来电人", in: grid, row: row))
        #expect(message > 11 && grid[message, row].role == .error)
        #expect(try #require(cursor).y == row)
        F.type("李女士", into: &form)
        #expect(form.fields[5].message == nil, "editing the field clears its message")
    }

    @Test func aMessageTooLongForBesideGoesOnTheNextRow() throws {
        var form = F.form()
        let long = "来电人电话号码格式不对，应为11位手机号或带区号的固定电话"
        form.reject(.caller, message: long)
        let (grid, _) = F.render(form)
        let row = try #require(F.row(of: "来电人", in: grid))
        let column = try #require(F.column(of: long, in: grid, row: row + 1))
        #expect(grid[column, row + 1].role == .error)
        #expect(DisplayWidth.of(long) + column <= 80)
    }

    @Test func validateMarksRequiredFieldsAndBadTimesAndFocusesTheFirst() {
        var form = F.form()
        form.focus = 5
        #expect(form.validate(now: F.now, timeZone: F.zone, language: .chinese) == false)
        #expect(form.fields.map(\.message) == ["必填", "必填", nil, nil, nil, nil])
        #expect(Self.focusedID(form) == .title)
        F.type("停水", into: &form)
        _ = form.handle(.tab)
        _ = form.handle(.character("1"))
        F.type("2026-11-23 11:00", into: &form)
        #expect(form.validate(now: F.now, timeZone: F.zone, language: .english) == false)
        #expect(form.fields[2].message == "in the future: 2026-11-23 11:00")
        #expect(Self.focusedID(form) == .discovered)
        for _ in 0..<5 { _ = form.handle(.backspace) }
        F.type("09:00", into: &form)
        #expect(form.validate(now: F.now, timeZone: F.zone, language: .chinese) == true)
        #expect(form.fields.allSatisfy { $0.message == nil })
    }

    @Test func clearMessagesClearsThemAll() {
        var form = F.form()
        form.reject(.title, message: "a")
        form.reject(.caller, message: "b")
        form.clearMessages()
        #expect(form.fields.allSatisfy { $0.message == nil })
        #expect(Self.focusedID(form) == .caller)
    }
}
