import DutyDeskGrid
import Testing
@testable import DutyDeskUI

@Suite struct KeymapTests {
    @Test func everyActionHasAKeyAndEveryKeyOneMeaningPerContext() {
        #expect(Set(Keymap.bindings.map(\.action)) == Set(Action.allCases))
        for context in Context.allCases {
            let keys = Keymap.help(for: context).flatMap(\.keys)
            #expect(keys.count == Set(keys).count, "a key bound twice in \(context)")
        }
    }

    @Test(arguments: [ConsoleStrings.chinese, .english])
    func theFooterAndHelpAreDrawnFromTheTable(strings: ConsoleStrings) {
        var state = ConsoleFixture.state(strings.domain.language)
        let footer = ConsoleScreen.render(state, width: 120, height: 30, now: ConsoleFixture.now).text(row: 29)
        for binding in Keymap.footer(for: .queue) {
            #expect(footer.contains(binding.label) && footer.contains(strings.action(binding.action)))
        }
        state.handle(.character("?"), now: ConsoleFixture.now, size: (120, 40))
        let help = ConsoleScreen.render(state, width: 120, height: 40, now: ConsoleFixture.now).text
        for binding in Keymap.help(for: .queue) {
            #expect(help.contains(binding.label) && help.contains(strings.action(binding.action)), "\(binding.label)")
        }
    }

    @Test(arguments: [
        (Key.up, Action.moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
        (.pageUp, .pageUp), (.pageDown, .pageDown), (.character("g"), .first), (.home, .first),
        (.character("G"), .last), (.end, .last), (.tab, .nextLane), (.backTab, .previousLane), (.enter, .open),
        (.escape, .back), (.character("/"), .search), (.character("?"), .help), (.function(1), .help),
        (.control("l"), .redraw), (.character("q"), .quit), (.function(10), .quit),
    ])
    func theKeysTheIssueNames(key: Key, action: Action) {
        #expect(Keymap.action(for: key, in: .queue) == action)
    }
}

@Suite struct StepKeysTests {
    @Test func everyCaseStepHasTheActionOfTheSameName() {
        for kind in CaseActionKind.allCases {
            #expect(Action(rawValue: kind.rawValue) != nil, "\(kind) has no action, so no key")
        }
    }
}
