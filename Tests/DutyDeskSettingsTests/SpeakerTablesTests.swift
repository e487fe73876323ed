import DutyDeskCore
import Testing
@testable import DutyDeskSettings

/// `[[spokespersons]]` and `[[experts]]`, and `[desk] open-affairs-office`: read, and refused with the line.
@Suite struct SpeakerTablesTests {
    static let roster = """
        [desk]
        open-affairs-office = "西林县政务公开办"

        [[spokespersons]]
        unit = "县卫健委"
        name = "林峰"
        title = "新闻发言人"

        [[spokespersons]]
        unit = "县应急管理局"
        name = "何伟"

        [[experts]]
        name = "周建"
        field = "地质灾害"
        institution = "省地质调查院"
        """

    @Test func theRosterIsRead() throws {
        let settings = try SettingsParser.parse(text: Self.roster, fileName: "config.toml")
        #expect(settings.spokespersons == [DeskSettings.Spokesperson(unit: "县卫健委", name: "林峰", title: "新闻发言人"),
                                           DeskSettings.Spokesperson(unit: "县应急管理局", name: "何伟")])
        #expect(settings.experts == [DeskSettings.Expert(name: "周建", field: "地质灾害", institution: "省地质调查院")])
        #expect(settings.openAffairsOffice == "西林县政务公开办")
        #expect(try SettingsParser.parse(text: "", fileName: "c.toml").openAffairsOffice == "县政务公开办")
    }

    @Test(arguments: [
        ("[[spokespersons]]\nname = \"林峰\"\n", 1, "each [[spokespersons]] needs unit"),
        ("[[spokespersons]]\nunit = \"县卫健委\"\nname = \"林峰\"\nphone = \"1\"\n", 4, "unknown key \"phone\" in [[spokespersons]]"),
        ("[[experts]]\nname = \"周建\"\n", 1, "each [[experts]] needs field"),
        ("[[experts]]\nname = \"周建\"\nfield = 3\n", 3, "experts.field must be text"),
        ("[[experts]]\nname = \"周建\"\nfield = \"a\"\n\n[[experts]]\nname = \"周建\"\nfield = \"b\"\n", 6,
         "\"周建\" is listed twice in [[experts]]"),
        ("spokespersons = \"林峰\"\n", 1, "spokespersons must be [[spokespersons]] tables"),
        ("[desk]\nopen-affairs-office = \"\"\n", 2, "desk.open-affairs-office must be text"),
    ])
    func badRosterNamesTheLine(text: String, line: Int, message: String) {
        guard let error = refusal(of: text, fileName: "config.toml") else { return }
        #expect(error.line == line, "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    @Test func aRosterProblemIsSaidInChinese() {
        guard let error = refusal(of: "[[experts]]\nname = \"周建\"\n", fileName: "c.toml", language: .chinese) else { return }
        #expect(error.description == "c.toml:1: 每个 [[experts]] 都需要 field", "\(error)")
    }
}
