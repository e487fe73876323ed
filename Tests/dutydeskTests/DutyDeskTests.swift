import ArgumentParser
import Testing
@testable import dutydesk

/// The command tree itself.
@Suite struct DutyDeskTests {
    /// Every command writes its name down. Without it ArgumentParser derives the name from the
    /// type (`String(describing:)`), a search of the runtime's conformance records per command
    /// while it looks for the one typed: 17 % of a whole `dutydesk add` measured with perf.
    @Test func everyCommandNamesItself() {
        func unnamed(_ command: ParsableCommand.Type) -> [String] {
            let configuration = command.configuration
            let own = configuration.commandName == nil ? ["\(command)"] : []
            return own + configuration.subcommands.flatMap(unnamed)
        }
        #expect(unnamed(DutyDesk.self) == [])
    }
}
