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
    case help
    case redraw
    case quit
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
    /// A form or a question is open: keys go to it, not to the keymap.
    case form
    /// The city's view over many desks (`--desks`): it reads only.
    case city
}
