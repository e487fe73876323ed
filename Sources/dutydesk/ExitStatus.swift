import DutyDeskCore

extension DraftRefusal {
    /// README's exit codes: a value that could never be recorded (empty, not one of the valid
    /// ones) is bad usage, 2; what the desk refuses given the ledger and the clock is 1.
    var exitCode: Int32 {
        switch self {
        // An item the checklist does not have is a value typed wrong; the refusal names the valid ones.
        case .emptyField, .invalidValue, .tooLong, .unknownChecklistItem: 2
        // A topic no wording is offered for is a value typed wrong too (the message names those offered);
        // a topic taken or a wording withdrawn is the ledger's answer.
        case .wording(.unknown): 2
        case .wording: 1
        case .unknownCase, .inFuture, .beforeDiscovery, .caseClosed, .notClosed, .noOpenReferral, .notAhead,
             .noOpenItem, .unitWithoutRole, .discoveryAfterRecording, .discoveryAfterMilestone, .nothingJudged,
             .alreadyRecorded, .notASpokesperson, .unknownAssessment, .release, .unitsWithoutAnswer,
             .analysisMissing, .notTransferredTo, .alreadyTicked: 1
        }
    }
}
