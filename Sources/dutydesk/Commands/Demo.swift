import ArgumentParser
import DutyDeskCore
import Foundation

/// The built-in demo: a fresh ledger with a fictional shift in every clock state.
struct Demo: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: HelpText.pick(zh: "在一本新的演示台账上打开值班台：二十一个虚构事件，涵盖各种时限状态。", en: "Open the console on a fresh demo ledger: twenty-one fictional cases in every clock state."),
        discussion: HelpText.pick(zh: "标准输出不是终端时，改为打印事件列表。", en: "When stdout is not a terminal, prints the queue instead."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var look: LookOptions
    @Option(help: ArgumentHelp(HelpText.pick(zh: "演示台账写在哪里（默认一个新的临时目录）。", en: "Where to write the demo ledger (default: a new temporary folder)."), valueName: "path"))
    var into: String?

    func run() throws {
        var options = options.overriding(root.options)
        let path = try into ?? Self.temporaryLedger()
        guard !FileManager.default.fileExists(atPath: path) else {
            let language = try DeskContext(options).strings
            throw CLIFailure.usage(fill(language.usage.demoExists, path))
        }
        options.log = path
        // The demo's console is worked by the shift's on-duty operator, not by a login name that
        // means nothing on the demo's desk (none at all, in a container).
        if options.operatorName == nil, ProcessInfo.processInfo.environment["DUTYDESK_OPERATOR"] == nil {
            options.operatorName = DemoSeeder.onDuty
        }
        // Always a new file, whatever DUTYDESK_STORE names.
        options.store = path
        let folder = (path as NSString).deletingLastPathComponent
        // --into may name a folder that is not there yet; the demo makes it (0750, like the ledger's own folder).
        try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o750])
        let settings = (folder as NSString).appendingPathComponent("config.toml")
        try DemoSettings.text(now: WallClock.now()).write(toFile: settings, atomically: true, encoding: .utf8)
        let desk = try DeskContext(options)
        let count = try DemoSeeder(path: path, timeZone: desk.timeZone, start: desk.now,
                                   responsePlans: desk.settings.responsePlans).seed()
        // Said after the console has given the screen back, so the operator can go on with it.
        let whereItIs = fill(desk.strings.usage.demoLedger, count, path, path)
        if isatty(STDOUT_FILENO) == 1 {
            let theme = try look.resolvedTheme(desk.strings)
            try MainActor.assumeIsolated { try ConsoleRunner(desk: desk, theme: theme, clock: WallClock.now).run() }
            FileHandle.standardError.write(Data((whereItIs + "\n").utf8))
            return
        }
        let state = try desk.readState()
        print(CaseText(timeZone: desk.timeZone, strings: desk.strings)
            .table(CaseQueries.queue(state, policy: desk.policy, now: desk.now, includeClosed: true)))
        print("\n" + whereItIs)
    }

    private static func temporaryLedger() throws -> String {
        let folder = NSTemporaryDirectory() + "dutydesk-demo-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o750])
        return folder + "/ledger.jsonl"
    }
}
