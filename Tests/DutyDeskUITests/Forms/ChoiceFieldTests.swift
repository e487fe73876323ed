import DutyDeskGrid
import Testing
@testable import DutyDeskUI

@Suite struct ChoiceFieldTests {
    static func grade(selected: String? = nil, allowsNone: Bool = false) -> ChoiceField {
        ChoiceField(options: FormFixture.grades, selected: selected, allowsNone: allowsNone)
    }

    static func units() -> ChoiceField {
        ChoiceField(options: FormFixture.units, selected: nil, allowsNone: true)
    }

    static func type(_ text: String, into field: inout ChoiceField) {
        for character in text { #expect(field.handle(.character(character)) == .edited) }
    }

    @Test func hotkeysAreAssignedDigitsThenLettersAroundTheOnesGiven() {
        let options = (1...12).map { ChoiceOption(code: "c\($0)", label: "单位\($0)", hotkey: $0 == 3 ? "a" : nil) }
        let field = ChoiceField(options: options, selected: nil, allowsNone: false)
        #expect(field.options.compactMap(\.hotkey) == Array("12a3456789bc"))
        let many = (1...40).map { ChoiceOption(code: "c\($0)", label: "\($0)") }
        let crowded = ChoiceField(options: many, selected: nil, allowsNone: false)
        #expect(crowded.options[34].hotkey == "z" && crowded.options[35].hotkey == nil)
        let clash = [ChoiceOption(code: "a", label: "甲", hotkey: "x"), ChoiceOption(code: "b", label: "乙", hotkey: "X")]
        #expect(ChoiceField(options: clash, selected: nil, allowsNone: false).options.map(\.hotkey) == ["x", "1"])
    }

    /// Either of two ways: the first picked, 2 picks the second, and nothing clears the pick.
    @Test func eitherOfTwoStartsOnTheFirstAndTwoPicksTheSecond() {
        var field = ChoiceField.either(("agree", "同意"), or: ("object", "有异议"))
        #expect(field.selected == "agree" && field.options.map(\.hotkey) == ["1", "2"])
        #expect(field.handle(.character("2")) == .picked)
        #expect(field.selected == "object" && field.selectedLabel == "有异议")
        _ = field.handle(.delete)
        #expect(field.selected == "object", "a decision cannot be left empty")
    }

    @Test func aHotkeyPicks() {
        var field = Self.grade()
        #expect(field.handle(.character("2")) == .picked)
        #expect(field.selected == "major" && field.selectedLabel == "重大")
        #expect(field.handle(.character("4")) == .picked)
        #expect(field.selected == "general")
        var lettered = ChoiceField(options: [ChoiceOption(code: "weibo", label: "微博", hotkey: "w")], selected: nil,
                                   allowsNone: false)
        #expect(lettered.handle(.character("W")) == .picked, "Caps Lock does not matter")
        #expect(lettered.selected == "weibo")
    }

    @Test func aChineseSubstringFiltersThenEnterPicksTheFirstMatch() {
        var field = Self.units()
        Self.type("城关", into: &field)
        #expect(field.isFiltering && field.filter == "城关")
        #expect(field.matches.map(\.code) == ["chengguan", "station"])
        #expect(field.handle(.enter) == .picked)
        #expect(field.selected == "chengguan")
        #expect(!field.isFiltering && field.matches.count == 6, "the whole list shows again")
    }

    @Test func downMovesTheHighlightAmongMatches() {
        var field = Self.units()
        Self.type("县", into: &field)
        #expect(field.matches.map(\.code) == ["gov", "police", "emergency", "water"])
        #expect(field.handle(.down) == .edited)
        #expect(field.handle(.down) == .edited)
        #expect(field.highlighted?.code == "emergency")
        #expect(field.handle(.up) == .edited)
        #expect(field.highlighted?.code == "police")
        for _ in 0..<9 { #expect(field.handle(.down) == .edited) }
        #expect(field.highlighted?.code == "water", "the highlight stops at the last match")
        #expect(field.handle(.enter) == .picked)
        #expect(field.selected == "water")
    }

    @Test func upAndDownWithoutAFilterThenEnter() {
        var field = Self.grade(selected: "significant")
        #expect(field.highlighted?.code == "significant", "the highlight starts on the pick")
        #expect(field.handle(.up) == .edited)
        #expect(field.handle(.enter) == .picked)
        #expect(field.selected == "major")
    }

    @Test func asciiFilteringIgnoresCase() {
        let channels = [
            ChoiceOption(code: "weibo", label: "Weibo"), ChoiceOption(code: "wechat", label: "WeChat"),
            ChoiceOption(code: "hotline", label: "12345 hotline"),
        ]
        var field = ChoiceField(options: channels, selected: nil, allowsNone: false)
        Self.type("WE", into: &field)
        #expect(field.matches.map(\.code) == ["weibo", "wechat"])
        Self.type("c", into: &field)
        #expect(field.matches.map(\.code) == ["wechat"])
    }

    @Test func onceAFilterIsTypedAHotkeyExtendsIt() {
        var field = Self.units()
        Self.type("县", into: &field)
        #expect(field.handle(.character("1")) == .edited, "not a pick: the filter is being typed")
        #expect(field.filter == "县1" && field.matches.isEmpty && field.selected == nil)
        #expect(field.handle(.enter) == .edited, "nothing to pick")
        #expect(field.handle(.backspace) == .edited)
        #expect(field.filter == "县" && field.matches.count == 4)
    }

    @Test func slashStartsAFilterSoHotkeyCharactersCanFilter() {
        let channels = [
            ChoiceOption(code: "phone", label: "值班电话"), ChoiceOption(code: "hotline", label: "12345热线"),
        ]
        var field = ChoiceField(options: channels, selected: nil, allowsNone: false)
        #expect(field.handle(.character("/")) == .edited)
        #expect(field.isFiltering && field.filter.isEmpty)
        Self.type("123", into: &field)
        #expect(field.matches.map(\.code) == ["hotline"])
        #expect(field.handle(.enter) == .picked)
        #expect(field.selected == "hotline")
    }

    @Test func backspaceAndEscEndTheFilter() {
        var field = Self.units()
        Self.type("公安", into: &field)
        #expect(field.handle(.escape) == .edited)
        #expect(!field.isFiltering && field.filter.isEmpty)
        #expect(field.handle(.escape) == .ignored, "with no filter Esc is the form's")
        Self.type("公", into: &field)
        #expect(field.handle(.backspace) == .edited)
        #expect(field.isFiltering && field.filter.isEmpty)
        #expect(field.handle(.backspace) == .edited)
        #expect(!field.isFiltering)
        #expect(field.handle(.character("1")) == .picked, "hotkeys pick again")
    }

    @Test func clearingAPickOnlyWhenNoneIsAllowed() {
        var optional = Self.grade(selected: "major", allowsNone: true)
        #expect(optional.handle(.delete) == .edited)
        #expect(optional.selected == nil)
        var required = Self.grade(selected: "major")
        #expect(required.handle(.delete) == .ignored)
        #expect(required.handle(.backspace) == .ignored)
        #expect(required.selected == "major")
    }

    @Test(arguments: [Key.tab, .backTab, .control("s"), .function(10), .left, .character("\u{1B}")])
    func otherKeysAreLeftForTheForm(key: Key) {
        var field = Self.grade(selected: "major")
        #expect(field.handle(key) == .ignored)
        #expect(field == Self.grade(selected: "major"))
    }

    @Test func multipleChoiceTogglesAndKeepsTheOptionsOrder() {
        var field = MultiChoiceField(options: FormFixture.units, selected: ["water"])
        #expect(field.handle(.character("2")) == .edited)
        Self.typeMulti("派出所", into: &field)
        #expect(field.handle(.enter) == .edited)
        #expect(field.selected == ["police", "water", "station"])
        #expect(field.selectedLabels == ["县公安局", "县水务局", "城关派出所"])
        #expect(field.handle(.character("4")) == .edited)
        #expect(field.selected == ["police", "station"])
    }

    static func typeMulti(_ text: String, into field: inout MultiChoiceField) {
        for character in text { #expect(field.handle(.character(character)) == .edited) }
    }
}

@Suite struct ChoiceFieldNewValueTests {
    @Test func enterOnAnUnmatchedFilterTakesTheTypedTextWhenAllowed() {
        var field = ChoiceField(options: [ChoiceOption(code: "城关镇", label: "城关镇")], selected: nil, allowsNone: false,
                                allowsNew: true)
        for character in "新区" { _ = field.handle(.character(character)) }
        #expect(field.handle(.enter) == .picked)
        #expect(field.selected == "新区" && field.options.map(\.code) == ["城关镇", "新区"])
        var strict = ChoiceField(options: [ChoiceOption(code: "城关镇", label: "城关镇")], selected: nil, allowsNone: false)
        for character in "新区" { _ = strict.handle(.character(character)) }
        #expect(strict.handle(.enter) != .picked && strict.selected == nil)
    }

    /// Leaving takes what Enter would when it is beyond doubt: the typed new value, an option
    /// labelled exactly so, or the only match; never a guess among several, never an unknown name.
    @Test func leavingTakesWhatTheFilterNames() {
        let localities = ["城关镇", "城关镇东村", "城南街道"].map { ChoiceOption(code: $0, label: $0) }
        func left(_ typed: String, allowsNew: Bool = true) -> ChoiceField {
            var field = ChoiceField(options: localities, selected: nil, allowsNone: false, allowsNew: allowsNew)
            for character in typed { _ = field.handle(.character(character)) }
            field.leave()
            #expect(!field.isFiltering, "\(typed)")
            return field
        }
        #expect(left("东村").selected == "城关镇东村", "the only match")
        #expect(left("城关镇").selected == "城关镇", "the whole label, though 城关镇东村 holds it too")
        #expect(left("城关").selected == nil, "two match: no guess")
        #expect(left("新区").selected == "新区", "a new locality, as Enter takes it")
        #expect(left("新区", allowsNew: false).selected == nil)
        var untouched = ChoiceField(options: localities, selected: "城南街道", allowsNone: false)
        untouched.leave()
        #expect(untouched.selected == "城南街道", "no filter, no change")
    }
}
