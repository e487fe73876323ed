/// Everything a person can ask the console to do. Keys map to these through `Keymap` only.
public enum Action: String, CaseIterable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case nextLane, previousLane
    case open, back
    case search
    /// The `:` command line: filters (`:unit 县卫健委`) and jumping to a case by its code.
    case commandLine
    case newReport
    case triage, assign, respond, pressConference, note, close
    case acknowledge, transfer, refer, referralOutcome, reopen, correct
    case instruct, meeting, reportBack, completeItem, feedback, reportUp
    /// Meeting mode: mark cases for the agenda, then show them one per screen.
    case mark, meetingMode
    /// The shift's documents: the handover, the reports, the statistics; and recording a handover.
    case handoverScreen, reports, statistics, nextReport, previousReport, handOver
    /// Desk-level records (issue 13): 表彰·约谈·通报批评·问责, 容错 on a case, the 舆情风险评估 screen with
    /// its form and a case opened from one, the contact directory, the analysis charts.
    case decide, tolerate, assessments, newAssessment, caseFromAssessment, directory, analysis
    /// In a form: save (checked first), cancel (asking when something was typed), move between
    /// fields, pick a choice by its number, and for an intake link the report to a case it repeats.
    case save, cancel, nextField, previousField, pickChoice, linkReport
    /// The draft an earlier run left: take it up again or throw it away.
    case restoreDraft, discardDraft
    /// A case that moved on while its form was open: open the form again on the new state, or save anyway.
    case reloadForm, saveAnyway
    /// A release's next step (起草, 会签, 审定, 发布: issue 14).
    case releaseStep
    /// 巡查: a quick entry on the queue (issue 14).
    case patrol
    /// 网下处置: a unit's step on the ground (issue 14).
    case offlineStep
    /// 转办分析: the analysis a unit the joint meeting transferred the case to owes (issue 14).
    case analyseTransfer
    /// 预案事项已办: tick an item of the case's response-plan checklist (issue 14).
    case tickChecklist
    /// 口径库: approve a topic's wording or withdraw one (issue 14).
    case wordings
    case help
    case redraw
    case quit
}

extension Action {
    /// Whether the action writes to a ledger: a step's form, a desk record's form, an intake, a
    /// handover. The read-only flag k9s keeps per action: a review of the past and the city's
    /// view refuse these in words and let every other key through.
    public var records: Bool {
        switch self {
        case .newReport, .triage, .assign, .respond, .pressConference, .note, .close, .acknowledge, .transfer, .refer,
             .referralOutcome, .reopen, .correct, .instruct, .meeting, .reportBack, .completeItem, .feedback, .reportUp,
             .tolerate, .releaseStep, .offlineStep, .analyseTransfer, .handOver, .decide, .newAssessment, .caseFromAssessment,
             .patrol, .tickChecklist, .wordings:
            true
        // A form's own keys act inside a form already open; opening it is what a reader refuses.
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last, .nextLane, .previousLane, .open, .back, .search,
             .commandLine, .mark, .meetingMode, .handoverScreen, .reports, .statistics, .nextReport, .previousReport,
             .assessments, .directory, .analysis, .save, .cancel, .nextField, .previousField, .pickChoice, .linkReport,
             .restoreDraft, .discardDraft, .reloadForm, .saveAnyway, .help, .redraw, .quit:
            false
        }
    }
}

/// Where an action applies; the keymap, footer and help are drawn per context.
public enum Context: String, CaseIterable, Sendable {
    case queue, detail, help
    /// The joint meeting's agenda, one case per screen: read-only but for the meeting form.
    case meeting
    /// A report on screen (handover, daily, statistics tables …), and the charts.
    case report, statistics
    /// The 舆情风险评估 list, the contact directory, the analysis charts.
    case assessments, directory, analysis
    /// A form is open, its focus on a text field (keys the table does not claim are typed), or on a
    /// choice field (the number keys pick).
    case form, choice
    /// The start-up question whether to take up an intake draft an earlier run left.
    case draftOffer
    /// A form's case moved on while it was open: reload, save anyway, or back to the form.
    case conflict
    /// The city's view over many desks (`--desks`): it reads only.
    case city
}
