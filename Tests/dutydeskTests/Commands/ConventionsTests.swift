import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// What every command line tool owes a script: a version, usage errors that help, README's exit
/// codes, XDG paths with $HOME honoured, and help that names the environment it reads.
@Suite struct ConventionsTests {
    let scratch: Scratch
    let log: String

    init() throws {
        scratch = try Scratch("conventions")
        log = scratch.file("ledger.jsonl")
    }

    func desk(_ arguments: String..., extra: [String: String] = [:]) throws -> DeskBinary.Output {
        try DeskBinary.run(arguments, log: log, extra: extra)
    }

    @Test func versionIsTheOneInTheSource() throws {
        defer { scratch.remove() }
        let result = try desk("--version")
        #expect(result.status == 0)
        #expect(result.stdout == DeskVersion.current + "\n")
    }

    @Test func anUnknownSubcommandNamesTheValidOnesAndExits2() throws {
        defer { scratch.remove() }
        let result = try desk("bogus")
        #expect(result.status == 2)
        #expect(result.stderr.contains("没有子命令「bogus」") && result.stderr.contains("add；import"), "\(result.stderr)")
        let english = try desk("report", "weekly", "--lang", "en")
        #expect(english.status == 2)
        #expect(english.stderr.contains("no subcommand \"weekly\"; the subcommands are: daily; case; handover"),
                "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: log))
    }

    @Test(arguments: [
        ["add", "--title", "", "--locality", "城关镇"],
        ["add", "--title", "t", "--locality", "  "],
        ["add", "--title", "t"],
        ["list", "--bogus"],
        ["--lang", "fr", "list"],
    ])
    func everyBadValueOrUsageExits2AndAppendsNothing(arguments: [String]) throws {
        defer { scratch.remove() }
        #expect(try desk("add", "--title", "已有事件", "--locality", "城关镇").status == 0)
        let before = try String(contentsOfFile: log, encoding: .utf8)
        let result = try DeskBinary.run(arguments, log: log)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(try String(contentsOfFile: log, encoding: .utf8) == before)
    }

    @Test func anEmptyUnitIsBadUsageToo() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "河道死鱼", "--locality", "临江镇").lines[0]
        let before = try String(contentsOfFile: log, encoding: .utf8)
        let result = try desk("assign", code, "--unit", "")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(try String(contentsOfFile: log, encoding: .utf8) == before)
    }

    /// Given HOME and no XDG variables, the ledger goes under $HOME/.local/share, not the
    /// password database's home.
    @Test func theDefaultLedgerFollowsXDGUnderHome() throws {
        defer { scratch.remove() }
        let home = scratch.file("home")
        var environment = DeskBinary.environment(log: log)
        environment["HOME"] = home
        environment.removeValue(forKey: "DUTYDESK_LOG")
        environment.removeValue(forKey: "XDG_DATA_HOME")
        let added = try DeskBinary.run(["add", "--title", "t", "--locality", "l"], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/dutydesk/ledger.jsonl"))
        environment["XDG_DATA_HOME"] = scratch.file("data")
        #expect(try DeskBinary.run(["add", "--title", "t", "--locality", "l"], environment: environment).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.file("data/dutydesk/ledger.jsonl")))
    }

    /// The root and every subcommand, nested ones included.
    static let commandPaths: [[String]] = DutyDesk.configuration.subcommands.flatMap { command in
        [[command._commandName]] + command.configuration.subcommands.map { [command._commandName, $0._commandName] }
    } + [[]]

    @Test func everyHelpListsItsEnvironment() throws {
        defer { scratch.remove() }
        for path in Self.commandPaths {
            let result = try DeskBinary.run(path + ["--help"], log: log, extra: ["DUTYDESK_LANG": "en"])
            #expect(result.status == 0, "\(path)")
            #expect(result.stdout.contains("USAGE: dutydesk"), "\(path)")
            let environment = result.stdout.components(separatedBy: "ENVIRONMENT:").last ?? ""
            for variable in ["DUTYDESK_LOG", "DUTYDESK_OPERATOR", "DUTYDESK_LANG", "DUTYDESK_CONFIG", "XDG_DATA_HOME", "HOME"] {
                #expect(environment.contains(variable), "\(path) help lacks \(variable)")
            }
            let draws = path.isEmpty || path == ["console"] || path == ["demo"]
            #expect(environment.contains("NO_COLOR") == draws, "\(path)")
        }
        #expect(try DeskBinary.run(["help", "add"], log: log).stdout.contains("--title"))
    }
}
