import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

extension DetailScreen {
    /// The case's press conferences with who attended, each marked as counting or not (001: 负责人或
    /// 新闻发言人应当出席); only when one has its attendance recorded or did not count.
    static func attendanceLines(_ subject: Case, state: ConsoleState) -> [Line] {
        let domain = state.strings.domain
        let words = domain.speakers
        let held = (subject.pressConferences + subject.uncountedConferences.map(\.conference)).sorted { $0.at < $1.at }
        guard held.contains(where: { $0.attendees != nil }) else { return [] }
        var lines: [Line] = [[Segment(text: "■ " + words.attendanceTitle, role: .helpTitle)]]
        for press in held {
            let attendance = press.attendees.map(domain.attendance) ?? words.notRecorded
            lines.append([Segment(text: (press.meetsAttendance ? "✓ " : "✗ ") + DisplayTime.minutes(press.at, in: state.timeZone) + "  ",
                                  role: press.meetsAttendance ? .muted : .clockWarning),
                          Segment(text: SafeText.singleLine(attendance), role: .value)])
            if !press.meetsAttendance {
                lines.append([Segment(text: "  " + words.uncounted, role: .clockWarning)])
            }
        }
        lines.append([])
        return lines
    }
}
