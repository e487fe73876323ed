import ArgumentParser
import DutyDeskCore
import DutyDeskGrid
import DutyDeskUI
import Foundation

/// `dutydesk` with no subcommand: the full-screen duty console on the chosen ledger.
struct Console: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: HelpText.pick(zh: "全屏值班台（不带子命令时默认进入）。", en: "The full-screen duty console (the default when no subcommand is given)."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var look: LookOptions

    func run() throws {
        let desk = try context()
        let theme = try look.resolvedTheme(desk.strings)
        try MainActor.assumeIsolated {
            if desk.scope.prefix != nil { return try CityConsoleRunner(desk: desk, theme: theme, clock: WallClock.now).run() }
            try ConsoleRunner(desk: desk, theme: theme, clock: WallClock.now).run()
        }
    }
}

/// How the console looks: `--theme NAME|PATH`.
struct LookOptions: ParsableArguments {
    @Option(help: ArgumentHelp(HelpText.pick(zh: "主题名（default、light、high-contrast、monochrome，或 $XDG_CONFIG_HOME/dutydesk/themes 中的主题）或 .toml 文件路径。", en: "Theme name (default, light, high-contrast, monochrome, or one in $XDG_CONFIG_HOME/dutydesk/themes) or a .toml path."),
                               valueName: "name|path"))
    var theme: String?

    func resolvedTheme(_ strings: Strings) throws -> Theme {
        do {
            return try ThemeCatalog().theme(for: theme)
        } catch {
            throw CLIFailure.usage("--theme: " + error.message(in: strings.language))
        }
    }
}
