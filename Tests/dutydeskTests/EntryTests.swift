import DutyDeskTestSupport
import Foundation
import Testing

/// What the binary's entry point does before and after a command runs: the exit codes scripts read,
/// and every word in one language.
@Suite struct EntryTests {
    static func run(_ arguments: [String], lang: String = "zh") throws -> DeskBinary.Output {
        let scratch = try Scratch("entry-\(arguments.joined(separator: "-").prefix(24))-\(lang)")
        defer { scratch.remove() }
        return try DeskBinary.run(arguments, log: scratch.file("ledger.jsonl"), extra: ["DUTYDESK_LANG": lang])
    }

    /// An unknown subcommand names the valid ones and is bad usage, before any ledger is opened.
    @Test func anUnknownSubcommandNamesTheValidOnes() throws {
        let output = try Self.run(["lsit"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("dutydesk: ") && output.stderr.contains("lsit"))
        #expect(output.stderr.contains("list") && output.stderr.contains("report"))
    }

    /// `--help` ends with the ENVIRONMENT section, in the language asked for, and exits 0.
    @Test(arguments: [("zh", "环境变量："), ("en", "ENVIRONMENT:")])
    func helpEndsWithTheEnvironment(lang: String, heading: String) throws {
        let output = try Self.run(["list", "--help"], lang: lang)
        #expect(output.status == 0)
        #expect(output.stdout.contains(heading) && output.stdout.contains("DUTYDESK_LOG"))
    }

    /// What the desk refuses given the ledger is 1, said after the program's name.
    @Test func aRefusalIsOneAndNamed() throws {
        let output = try Self.run(["show", "YQ-20990101-001"])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("dutydesk: "))
    }
}
