import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// The city view drawn from the console's own pieces, at 80×24 in both languages: the queue with
/// its 值班台 column and the desks in the tab bar, one desk shown, the instruction form, the `?`
/// help listing the city's keys from the keymap table.
@Suite struct CityScreenTests {
    static let now = ConsoleFixture.now

    @Test(arguments: [Language.chinese, .english])
    func theCityViewAt80x24(language: Language) throws {
        var view = CityViewTests.view(language)
        view.handle(.down, now: Self.now)
        let grid = CityScreen.render(view, width: 80, height: 24, now: Self.now)
        try Snapshot.assert(Snapshot.text(grid), named: "city-80x24-\(language.rawValue)")
        view.handle(.tab, now: Self.now)
        view.handle(.tab, now: Self.now)
        try Snapshot.assert(Snapshot.text(CityScreen.render(view, width: 80, height: 24, now: Self.now)),
                            named: "city-one-desk-80x24-\(language.rawValue)")
    }

    @Test(arguments: [Language.chinese, .english])
    func theInstructionFormAt80x24(language: Language) throws {
        var view = CityViewTests.view(language)
        view.handle(.character("i"), now: Self.now)
        let frame = CityScreen.frame(view, width: 80, height: 24, now: Self.now)
        #expect(frame.cursor != nil, "the cursor stands in the form")
        try Snapshot.assert(Snapshot.text(frame.grid), named: "city-instruction-80x24-\(language.rawValue)")
    }

    @Test(arguments: [Language.chinese, .english])
    func theHelpListsTheCitysKeysFromTheKeymapAt80x24(language: Language) throws {
        var view = CityViewTests.view(language)
        view.handle(.character("?"), now: Self.now)
        let text = Snapshot.text(CityScreen.render(view, width: 80, height: 24, now: Self.now))
        for binding in Keymap.help(for: .city) {
            #expect(text.contains(view.strings.action(binding.action)), "\(binding.label) is in the help")
        }
        try Snapshot.assert(text, named: "city-help-80x24-\(language.rawValue)")
    }

    /// The footer's hints are the keymap's for the city, as the desk console's are for its screens.
    @Test func theFooterHintsComeFromTheKeymap() {
        let view = CityViewTests.view(.english)
        let grid = CityScreen.render(view, width: 120, height: 30, now: Self.now)
        let footer = Snapshot.text(grid).split(separator: "\n").last.map(String.init) ?? ""
        for binding in Keymap.footer(for: .city) {
            #expect(footer.contains("\(binding.label) \(view.strings.action(binding.action))"), "\(footer)")
        }
    }

    @Test func aScreenTooSmallSaysSoAsTheConsoleDoes() {
        let view = CityViewTests.view(.english)
        let text = Snapshot.text(CityScreen.render(view, width: 60, height: 20, now: Self.now))
        #expect(text.contains(fill(view.strings.tooSmall, 60, 20).prefix(10)))
    }
}
