import DutyDeskCore
import DutyDeskGrid
import DutyDeskText

/// The text and role of each cell of a queue row, and each column's name: what the screen
/// draws and the index measures (`QueueIndex`), so the two never disagree.
enum QueueCells {
    static func columnNames(_ strings: ConsoleStrings) -> [QueueLayout.Column: String] {
        [.desk: strings.city.deskColumn, .code: strings.columns.code, .grade: strings.columns.grade, .title: strings.columns.title,
         .locality: strings.columns.locality, .unit: strings.columns.unit, .status: strings.columns.status,
         .clock: strings.columns.clock]
    }

    /// Every cell but the clock, which changes with the moment (`clock`).
    static func text(_ column: QueueLayout.Column, of subject: Case, strings: ConsoleStrings) -> String {
        switch column {
        case .code: subject.code
        case .grade: strings.gradeColumn(subject)
        case .title: SafeText.singleLine(subject.title)
        case .locality: SafeText.singleLine(subject.report.locality)
        case .unit: SafeText.singleLine(subject.answerableUnit ?? "")
        // A release waiting for its agreement or sign-off is where the case waits (待会签, 待审定).
        case .status: strings.statusColumn(subject)
        // The desk is the row's, not the case's: the city's queue puts it in (`CityScreen`).
        case .clock, .desk: ""
        }
    }

    /// The same cells of a closed case a snapshot archived, from its summary (`CaseList.Summary.Row`),
    /// so a lane's columns are measured without decoding it; nil when only the case can say (a
    /// pending draft names its stage in the status cell).
    static func text(_ column: QueueLayout.Column, of summary: CaseList.Summary, strings: ConsoleStrings) -> String? {
        let row = summary.row
        switch column {
        case .code: return summary.code
        case .grade: return strings.gradeColumn(grade: row.grade, level: row.level)
        case .title: return nil
        case .locality: return SafeText.singleLine(row.locality)
        case .unit: return SafeText.singleLine(row.answerableUnit ?? "")
        case .status: return row.hasPendingDraft ? nil : strings.status(.closed)
        case .clock, .desk: return ""
        }
    }

    /// Compact (no seconds above a day, English's short words), so a 督 row more than a day overdue
    /// keeps its 16 title characters; the preview under the list shows the selected case's clock
    /// to the second in full words.
    static func clock(_ standing: CaseStanding, strings: ConsoleStrings) -> String {
        strings.domain.urgentClock(standing, compact: true)
    }

    /// `codeHead` leading characters of the code are left out: what every row of the queue shares
    /// (`QueueIndex.sharedCodeHead`); the city's queue, whose desks' codes differ, keeps them.
    static func cells(_ standing: CaseStanding, strings: ConsoleStrings, codeHead: Int = 0)
        -> [QueueLayout.Column: (text: String, role: StyleRole)] {
        let subject = standing.subject
        var cells: [QueueLayout.Column: (text: String, role: StyleRole)] = [:]
        for column in QueueLayout.deskColumns where column != .clock {
            cells[column] = (text(column, of: subject, strings: strings), column == .grade ? Roles.queueGrade(subject) : .row)
        }
        cells[.code]?.text = String(subject.code.dropFirst(codeHead))
        cells[.clock] = (clock(standing, strings: strings), Roles.clock(standing.mostUrgent?.band))
        return cells
    }
}
