import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// The press conference form offers the settings' people and takes others typed; the response form
/// offers the experts.
@Suite struct SpeakerFieldsTests {
    typealias F = ConsoleFixture

    static var settings: DeskSettings {
        var settings = DeskSettings()
        var unit = DeskSettings.MemberUnit(name: "县水务局")
        unit.head = "张建国"
        settings.units = [unit]
        settings.spokespersons = [DeskSettings.Spokesperson(unit: "县水务局", name: "赵强")]
        settings.experts = [DeskSettings.Expert(name: "周建", field: "地质灾害", institution: "省地质调查院")]
        return settings
    }

    static var water: Case { F.desk.cases.first { $0.report.unit == "县水务局" }! }

    @Test func theSettingsPeopleAreOfferedAndOthersTyped() throws {
        let fields = SpeakerFields.attendees(for: Self.water, settings: Self.settings, language: .chinese)
        guard case .multiChoice(let offered) = fields[0].kind else { Issue.record("not a multiple choice"); return }
        #expect(offered.options.map(\.label) == ["赵强（新闻发言人）", "张建国（负责人）"])
        var form = Form(title: "", fields: fields)
        form.fields[0].kind = .multiChoice(MultiChoiceField(options: offered.options, selected: ["赵强:spokesperson"]))
        form.fields[1].kind = .text(TextBuffer("何静、 李华:负责人"))
        #expect(SpeakerFields.attendees(form) == [ConferenceAttendee(name: "赵强", role: .spokesperson),
                                                  ConferenceAttendee(name: "何静", role: .other),
                                                  ConferenceAttendee(name: "李华", role: .head)])
        #expect(SpeakerFields.check(&form, language: .chinese))
        form.fields[1].kind = .text(TextBuffer("何静:记者"))
        #expect(!SpeakerFields.check(&form, language: .chinese))
    }

    @Test func thePressConferenceFormGivesItsAttendees() {
        var form = CaseActionForms.make(.pressConference, for: Self.water, desk: F.desk, settings: Self.settings,
                                        language: .chinese, openedAt: F.now)
        let index = form.fields.firstIndex { $0.id == .others }!
        form.fields[index].kind = .text(TextBuffer("何静"))
        #expect(CaseActionForms.action(.pressConference, from: form, now: F.now, timeZone: F.zone)
                == .pressConference(at: F.now, speaker: "", venue: "", attendees: [ConferenceAttendee(name: "何静", role: .other)]))
    }

    @Test func theResponseFormOffersTheExperts() {
        let field = SpeakerFields.expert(settings: Self.settings, language: .english)
        guard case .choice(let choice) = field.kind else { Issue.record("not a choice"); return }
        #expect(choice.options.map(\.label) == ["周建 (地质灾害, 省地质调查院)"])
        #expect(choice.allowsNew)
    }

    /// `p` at 80×24 on the water bureau's case, the attendees' list open: the settings' spokesperson and
    /// head first, in both languages.
    @Test(arguments: [Language.chinese, .english])
    func thePressConferenceFormAt80x24(language: Language) throws {
        var state = F.state(language, settings: Self.settings)
        state.select(code: Self.water.code)
        state.handle(.character("p"), now: F.now, size: (80, 24))
        state.handle(.tab, now: F.now, size: (80, 24))
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "press-attendance-form-80x24-\(language.rawValue)")
    }
}
