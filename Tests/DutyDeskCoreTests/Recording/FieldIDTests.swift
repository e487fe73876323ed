import Testing
@testable import DutyDeskCore

@Suite struct FieldIDTests {
    /// An intake draft is saved under these keys; a draft an earlier build left must still be offered back.
    @Test func theIntakeFieldsKeepTheirDraftKeys() {
        let intake: [FieldID] = [.title, .locality, .channel, .caller, .phone, .detail, .discovered, .level, .grade, .unit,
                                 .assessment]
        #expect(intake.map(\.rawValue) == ["title", "locality", "channel", "caller", "phone", "detail", "discovered", "level",
                                           "grade", "unit", "assessment"])
        #expect(Set(FieldID.allCases.map(\.rawValue)).count == FieldID.allCases.count)
    }

    /// Each part of a transfer's analysis has its own field, named as the part is.
    @Test func eachPartOfAnAnalysisHasItsOwnField() {
        let fields = AnalysisField.allCases.map(\.field)
        #expect(Set(fields).count == AnalysisField.allCases.count)
        for part in AnalysisField.allCases { #expect("\(part.field)" == "\(part)") }
    }
}
