import DutyDeskCore
import DutyDeskSettings
import Testing
@testable import DutyDeskUI

/// The console's use of a parsed settings file: the directory's localities and units where the
/// operator chooses and reads them.
@Suite struct SettingsInConsoleTests {
    static let settings = """
        desk = { localities = ["城关镇", "河西街道"] }
        units = [{ name = "县水务局", head = "张建国", liaison = "李敏", phone = "0000-1234567" }]
        """

    @Test func theDirectoryComesFirstInTheIntakeChoices() throws {
        var state = ConsoleFixture.state(settings: try SettingsParser.parse(text: Self.settings, fileName: "config.toml"))
        state.handle(.character("n"), now: ConsoleFixture.now, size: (100, 30))
        guard case .choice(let locality)? = state.openForm?.form.fields.first(where: { $0.id == .locality })?.kind else {
            Issue.record("no locality field"); return
        }
        #expect(locality.options.prefix(3).map(\.code) == ["城关镇", "河西街道", "东湖新区"])
        #expect(locality.options.map(\.code).filter { $0 == "城关镇" }.count == 1)
    }
}

@Suite struct UnitContactsTests {
    @Test func theDetailShowsWhomToCallAtEachUnit() throws {
        var state = ConsoleFixture.state(settings: try SettingsParser.parse(text: SettingsInConsoleTests.settings,
                                                                             fileName: "config.toml"))
        state.select(code: "YQ-20261122-001")
        state.handle(.enter, now: ConsoleFixture.now, size: (120, 40))
        let text = ConsoleScreen.render(state, width: 120, height: 40, now: ConsoleFixture.now).text
        #expect(text.contains("县水务局") && text.contains("负责人 张建国 · 联络人 李敏 · 0000-1234567"), "\(text)")
    }
}
