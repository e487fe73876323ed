import DutyDeskCore
import DutyDeskText
import DutyDeskUI

extension DeskContext {
    /// 已记录 YQ-…：续报一（政务微博）：… — the step in the timeline's own words, numbered as it
    /// counts; what the desk console and the city view say after recording on a case.
    func recordedNotice(_ subject: Case, _ event: Event) -> String {
        let summary = subject.timeline.first { $0.seq == event.seq }
            .map { strings.summary(of: $0, in: subject, timeZone: timeZone) } ?? ""
        return fill(WorkflowStrings.table(for: strings.language).recorded, subject.code, SafeText.singleLine(summary))
    }
}
