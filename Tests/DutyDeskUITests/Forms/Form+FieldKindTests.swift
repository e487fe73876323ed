import DutyDeskGrid
import Testing
@testable import DutyDeskUI

/// What a field holds and how it took a key, the same for every kind of field.
@Suite struct FormFieldKindTests {
    typealias F = FormFixture

    static let choice = Form.FieldKind.choice(ChoiceField(options: F.grades, selected: nil, allowsNone: true))
    static let choices = Form.FieldKind.multiChoice(MultiChoiceField(options: F.units, selected: []))

    /// Spaces alone are nothing to a required field; so is a choice not made.
    @Test func blankIsNothingEnteredWhateverTheKind() {
        #expect(Form.FieldKind.text(TextBuffer("  ")).isBlank)
        #expect(!Form.FieldKind.text(TextBuffer(" 城关镇")).isBlank)
        #expect(Form.FieldKind.area(TextArea("\n ")).isBlank)
        #expect(Self.choice.isBlank)
        #expect(!Form.FieldKind.choice(ChoiceField(options: F.grades, selected: "major", allowsNone: false)).isBlank)
        #expect(Self.choices.isBlank)
        #expect(!Form.FieldKind.multiChoice(MultiChoiceField(options: F.units, selected: ["water"])).isBlank)
    }

    @Test func theValueIsWhatTheFieldHolds() {
        #expect(Form.FieldKind.text(TextBuffer("事由")).value == .text("事由"))
        #expect(Form.FieldKind.choice(ChoiceField(options: F.grades, selected: "major", allowsNone: false)).value == .choice("major"))
        #expect(Form.FieldKind.multiChoice(MultiChoiceField(options: F.units, selected: ["water", "police"])).value
            == .choices(MultiChoiceField(options: F.units, selected: ["water", "police"]).selected))
    }

    /// A typed character changes a text field; a key it has no use for does not.
    @Test func aTextFieldSaysWhetherAKeyChangedIt() {
        var field = Form.FieldKind.text(TextBuffer("城关"))
        #expect(field.handle(.character("镇")) == .used)
        #expect(field.value == .text("城关镇"))
        #expect(field.handle(.function(5)) == .unused)
        #expect(field.value == .text("城关镇"))
    }

    /// A choice made moves the form on; clearing an optional choice is an edit, not a pick.
    @Test func aChoiceSaysWhenItWasPicked() {
        var field = Form.FieldKind.choice(ChoiceField(options: F.grades, selected: "major", allowsNone: true))
        #expect(field.handle(.backspace) == .used)
        #expect(field.value == .choice(nil))
        #expect(field.handle(.enter) == .picked)
        #expect(field.value != .choice(nil))
    }

    @Test func onlyTextCountsItsCharactersAndOnlyChoicesHaveAList() {
        let text = Form.FieldKind.text(TextBuffer("事由", limit: 30))
        #expect(text.filling?.count == 2 && text.filling?.limit == 30)
        #expect(Self.choice.filling == nil && Self.choices.filling == nil)
        #expect(text.list == nil)
        #expect(Self.choice.list != nil && Self.choices.list != nil)
    }

    /// Leaving a choice forgets what was typed to filter it, so the list is whole the next time.
    @Test func leavingAChoiceClearsItsFilter() {
        var field = Self.choice
        _ = field.handle(.character("重"))
        #expect(field.list?.filter == "重")
        field.leave()
        #expect(field.list?.filter == "")
    }
}
