import DutyDeskCore
import Testing

@Suite struct DraftRefusalTests {
    static let named: [RecordingField] = [
        .title, .locality, .discoveredAt, .unit, .text, .at, .due, .leader, .decisions, .reason, .outcome, .incoming,
        .recipient, .person, .decidedBy, .reviewedBy, .channels,
    ]

    /// Each field a refusal names has its own form field, so two refusals about different fields
    /// never land beside the same one.
    @Test func eachNamedFieldHasAFormFieldOfItsOwn() {
        let formFields = Self.named.compactMap(\.formField)
        #expect(formFields.count == Self.named.count)
        #expect(Set(formFields).count == formFields.count)
        #expect(RecordingField.discoveredAt.formField == .discovered, "the intake's field, whose id drafts are saved under")
        for field in Self.named where field != .discoveredAt {
            #expect(field.formField?.rawValue == "\(field)", "a field a refusal names is the form field of that name")
        }
    }

    /// A correction's value is typed in one field whichever report field it corrects; the
    /// command line's `--as-of` is on no form.
    @Test func aCorrectionGoesToItsValueAndAReviewToNoForm() {
        for field in CorrectableField.allCases { #expect(RecordingField.corrected(field).formField == .value) }
        #expect(RecordingField.asOf.formField == nil)
    }

    /// Intake drafts saved before the ids were typed used these keys; each still names its field.
    @Test func theDraftKeysWrittenBeforeAreStillFieldIDs() {
        let keys = ["title", "locality", "channel", "caller", "phone", "detail", "discovered", "level", "grade", "unit",
                    "assessment"]
        #expect(keys.compactMap(FieldID.init(rawValue:)).map(\.rawValue) == keys)
    }
}
