import Foundation

/// The words of spokespersons, attendance and experts (001: 负责人或新闻发言人应当出席; 000: 专家解读),
/// one table per language.
public struct SpeakerWords: Sendable {
    /// Field names a refusal uses.
    public let attendeesField, expertField: String
    /// "张明（新闻发言人）": one attendee with their capacity.
    public let attendee: String
    public let attendedBy, expertBy, listSeparator: String
    /// A conference that does not count, at length and in a queue cell.
    public let uncounted, uncountedShort: String
    /// The brief's and the stats' sections.
    public let attendanceTitle, uncountedTitle: String
    public let conferenceColumn, atColumn, attendeesColumn, countsColumn, unitColumn, countColumn, casesColumn: String
    public let notRecorded: String
    /// The CLI's refusal of an attendee it cannot place.
    public let unknownAttendee: String

    public static let chinese = SpeakerWords(
        attendeesField: "出席人员", expertField: "解读专家", attendee: "{}（{}）", attendedBy: "出席：{}", expertBy: "专家：{}",
        listSeparator: "、",
        uncounted: "无负责人或新闻发言人出席，不计为发布会", uncountedShort: "发布会未计",
        attendanceTitle: "新闻发布会出席情况", uncountedTitle: "未计入的新闻发布会（无负责人或新闻发言人出席）",
        conferenceColumn: "发布会", atColumn: "召开时间", attendeesColumn: "出席人员", countsColumn: "计入时限",
        unitColumn: "责任单位", countColumn: "场次", casesColumn: "事件",
        notRecorded: "未记录（旧台账，照旧计入）",
        unknownAttendee: "出席人员「{}」：请写成 姓名:身份（身份：{}），或在设置的「[[spokespersons]]」「[[units]]」中登记")

    public static let english = SpeakerWords(
        attendeesField: "Attendees", expertField: "Expert", attendee: "{} ({})", attendedBy: "attended by {}", expertBy: "expert: {}",
        listSeparator: ", ",
        uncounted: "no unit head or spokesperson attended: not counted as a press conference", uncountedShort: "conf. not counted",
        attendanceTitle: "Press conference attendance", uncountedTitle: "Press conferences not counted (no unit head or spokesperson)",
        conferenceColumn: "Conference", atColumn: "Held", attendeesColumn: "Attendees", countsColumn: "Counts",
        unitColumn: "Unit", countColumn: "Conferences", casesColumn: "Cases",
        notRecorded: "not recorded (older ledger, counts as before)",
        unknownAttendee: "attendee \"{}\": write name:capacity (capacity: {}), or list them under [[spokespersons]] or [[units]] in the settings")
}

extension Strings {
    public var speakers: SpeakerWords { language == .chinese ? .chinese : .english }

    /// "张明（新闻发言人）、李华（其他）".
    public func attendance(_ attendees: [ConferenceAttendee]) -> String {
        let words = speakers
        return attendees.map { fill(words.attendee, $0.name, $0.role.name(in: language)) }.joined(separator: words.listSeparator)
    }

    /// "发布会未计" while an open case's conferences include one that did not count and none that did.
    public func conferenceFlag(of subject: Case) -> String? {
        guard subject.closure == nil, !subject.uncountedConferences.isEmpty, subject.firstPressConferenceAt == nil else { return nil }
        return speakers.uncountedShort
    }

    /// What a conference's timeline line adds: who attended, and that it does not count when neither a
    /// 负责人 nor a 新闻发言人 did.
    func attendanceSuffix(_ press: PressConference) -> String {
        guard let attendees = press.attendees else { return "" }
        let separator = language == .chinese ? "；" : "; "
        return separator + fill(speakers.attendedBy, attendance(attendees))
            + (press.meetsAttendance ? "" : separator + speakers.uncounted)
    }
}
