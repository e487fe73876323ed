import Testing
@testable import DutyDeskUI

/// `Action.records`, the flag a review of the past and the city's view refuse by.
@Suite struct ActionTests {
    @Test func everyStepOfACaseRecords() {
        for kind in CaseActionKind.allCases { #expect(kind.action.records, "\(kind)") }
    }

    @Test func theDesksOwnFormsRecordAndReadingDoesNot() {
        for action in [Action.newReport, .handOver, .decide, .newAssessment, .caseFromAssessment, .patrol] {
            #expect(action.records, "\(action)")
        }
        for action in [Action.moveDown, .open, .search, .commandLine, .mark, .meetingMode, .reports, .statistics,
                       .assessments, .directory, .help, .quit, .save, .cancel] {
            #expect(!action.records, "\(action)")
        }
    }
}
