import DutyDeskCore
import DutyDeskText
import Foundation

/// The fields that name who speaks for the government: a press conference's attendees (the settings'
/// spokespersons and unit heads offered, others typed) and a 专家解读's expert (the settings' experts
/// offered, any name typed).
enum SpeakerFields {
    static func attendees(for subject: Case, settings: DeskSettings, language: Language) -> [Form.Field] {
        let words = SpeakerFormWords.table(for: language)
        let options = settings.likelyAttendees(for: subject.unitsWithRole).map { attendee in
            ChoiceOption(code: attendee.typed, label: fill(words.option, attendee.name, attendee.role.name(in: language)))
        }
        return [
            Form.Field(id: .attendees, label: words.attendees, kind: .multiChoice(MultiChoiceField(options: options, selected: []))),
            Form.Field(id: .others, label: words.others, kind: .text(TextBuffer())),
        ]
    }

    static func expert(settings: DeskSettings, language: Language) -> Form.Field {
        let words = SpeakerFormWords.table(for: language)
        let options = settings.experts.map { expert in
            ChoiceOption(code: expert.name, label: fill(words.expertOption, expert.name,
                                                        [expert.field, expert.institution].filter { !$0.isEmpty }
                                                            .joined(separator: words.separator)))
        }
        return Form.Field(id: .expert, label: words.expert,
                          kind: .choice(ChoiceField(options: options, selected: nil, allowsNone: true, allowsNew: true)))
    }

    /// The attendees picked and typed; the typed ones are `姓名` (其他) or `姓名:身份`, separated by 、，, ;
    /// nil names an entry that does not read (`check` says so beside the field).
    static func attendees(_ form: Form) -> [ConferenceAttendee?] {
        let picked = form.choices(.attendees).map { typed in
            ConferenceAttendee.parse(typed).map { ConferenceAttendee(name: $0.name, role: $0.role ?? .other) }
        }
        let typed = typedOthers(form).map { entry in
            ConferenceAttendee.parse(entry).map { ConferenceAttendee(name: $0.name, role: $0.role ?? .other) }
        }
        return picked + typed
    }

    static func typedOthers(_ form: Form) -> [String] {
        form.text(.others).split(whereSeparator: { "、，,;；".contains($0) })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// An entry of the typed attendees whose capacity is none of the valid ones goes back beside the field.
    static func check(_ form: inout Form, language: Language) -> Bool {
        guard let bad = typedOthers(form).first(where: { ConferenceAttendee.parse($0) == nil }) else { return true }
        form.reject(.others, message: fill(SpeakerFormWords.table(for: language).unreadable, bad,
                                            AttendeeRole.validValues(in: language)))
        return false
    }
}

/// The labels of `SpeakerFields`, one table per language.
struct SpeakerFormWords: Sendable {
    let attendees, others, option, expert, expertOption, separator, unreadable: String

    static func table(for language: Language) -> SpeakerFormWords { language == .chinese ? .chinese : .english }

    static let chinese = SpeakerFormWords(
        attendees: "出席（名单）", others: "其他出席（姓名:身份）", option: "{}（{}）", expert: "解读专家",
        expertOption: "{}（{}）", separator: "·", unreadable: "「{}」读不出身份；身份：{}")

    static let english = SpeakerFormWords(
        attendees: "Attended (roster)", others: "Others (name:capacity)", option: "{} ({})", expert: "Expert",
        expertOption: "{} ({})", separator: ", ", unreadable: "\"{}\" has no capacity the desk knows; capacities: {}")
}
