import DutyDeskGrid
import DutyDeskTestSupport
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

    /// In a form the footer names the form's keys, and F1 lists them over the form; `?` is typed.
    @Test(arguments: [ConsoleStrings.chinese, .english])
    func aFormsKeysAreInTheFooterAndTheHelp(strings: ConsoleStrings) {
        var state = ConsoleFixture.state(strings.domain.language)
        state.press([.character("n"), .character("?")], size: (120, 40))
        #expect(state.openForm?.form.text(.title) == "?" && state.context == .form)
        let footer = ConsoleScreen.render(state, width: 120, height: 40, now: ConsoleFixture.now).text(row: 39)
        for binding in Keymap.footer(for: .form) {
            #expect(footer.contains(binding.label) && footer.contains(strings.action(binding.action)), "\(binding.label)")
        }
        state.press([.tab], size: (120, 40))
        #expect(state.context == .choice)
        let choiceFooter = ConsoleScreen.render(state, width: 120, height: 40, now: ConsoleFixture.now).text(row: 39)
        #expect(choiceFooter.contains("1-9 " + strings.action(.pickChoice)))
        state.press([.function(1)], size: (120, 40))
        #expect(state.context == .help && state.contextUnderHelp == .choice)
        let help = ConsoleScreen.render(state, width: 120, height: 40, now: ConsoleFixture.now).text
        for binding in Keymap.help(for: .choice) {
            #expect(help.contains(binding.label) && help.contains(strings.action(binding.action)), "\(binding.label)")
        }
        // Leaving from the help over a form closes the help only: the form and its text stay.
        state.press([.character("q")], size: (120, 40))
        #expect(!state.helpVisible && !state.wantsQuit && state.openForm?.form.text(.title) == "?")
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

    @Test(arguments: [
        (Key.control("s"), Action.save), (.escape, .cancel), (.function(10), .cancel), (.tab, .nextField),
        (.backTab, .previousField), (.function(2), .linkReport), (.function(1), .help),
    ])
    func theFormKeysTheIssueNames(key: Key, action: Action) {
        #expect(Keymap.action(for: key, in: .form) == action && Keymap.action(for: key, in: .choice) == action)
        #expect(Keymap.action(for: .character("3"), in: .choice) == .pickChoice)
        #expect(Keymap.action(for: .character("3"), in: .form) == nil, "in a text field a digit is typed")
    }
}

@Suite struct StepKeysTests {
    @Test func everyCaseStepHasAKeyAndItsActionLeadsBackToIt() {
        for kind in CaseActionKind.allCases {
            #expect(Keymap.bindings.contains { $0.action == kind.action }, "\(kind) has no key")
            #expect(CaseActionKind(kind.action) == kind)
        }
        #expect(CaseActionKind(.quit) == nil && CaseActionKind(.save) == nil)
    }
}
