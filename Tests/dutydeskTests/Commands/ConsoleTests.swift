import DutyDeskCore
import Testing
@testable import dutydesk

/// The console command's own options, before any terminal is opened.
@Suite struct ConsoleTests {
    /// A theme that cannot be had is bad usage, named with its option, in the operator's language.
    @Test(arguments: [(Language.chinese, "没有名为「nosuch-theme」的主题"), (.english, "no theme named \"nosuch-theme\"")])
    func anUnknownThemeIsBadUsageNamedWithItsOption(language: Language, said: String) throws {
        let look = try LookOptions.parse(["--theme", "nosuch-theme"])
        do {
            _ = try look.resolvedTheme(Strings.table(for: language))
            Issue.record("an unknown theme was loaded")
        } catch let failure as CLIFailure {
            #expect(failure.exitCode == 2)
            #expect(failure.message.hasPrefix("--theme: " + said), "\(failure.message)")
        }
    }

    @Test func noThemeAskedIsTheDefault() throws {
        #expect(try LookOptions.parse([]).resolvedTheme(.chinese).name.isEmpty == false)
    }
}
