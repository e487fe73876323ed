import Testing
@testable import dutydesk

@Suite struct EnvironmentHelpTests {
    /// Only the commands that draw read the terminal's variables; every command reads the desk's.
    @Test func theConsolesVariablesAreListedOnlyWhereTheConsoleDraws() {
        let deskNames = EnvironmentHelp.desk.map(\.name)
        let consoleNames = EnvironmentHelp.console.map(\.name)
        #expect(deskNames.contains("DUTYDESK_LOG") && deskNames.contains("DUTYDESK_OPERATOR"))
        #expect(EnvironmentHelp.variables(for: DutyDesk.self).map(\.name) == deskNames + consoleNames)
        #expect(EnvironmentHelp.variables(for: Console.self).map(\.name) == deskNames + consoleNames)
        #expect(EnvironmentHelp.variables(for: Demo.self).map(\.name) == deskNames + consoleNames)
        #expect(EnvironmentHelp.variables(for: Verify.self).map(\.name) == deskNames)
        #expect(Set(deskNames + consoleNames).count == deskNames.count + consoleNames.count, "each variable once")
    }

    /// The meanings start in one column, two spaces after the longest name.
    @Test func theMeaningsLineUpInOneColumn() {
        let lines = EnvironmentHelp.section(for: Console.self).split(separator: "\n").dropFirst()
        let column = EnvironmentHelp.variables(for: Console.self).map(\.name.count).max()! + 4
        for (line, variable) in zip(lines, EnvironmentHelp.variables(for: Console.self)) {
            #expect(line.hasPrefix("  " + variable.name))
            #expect(line.dropFirst(column).first != " " && line.prefix(column).hasSuffix(" "), "\(line)")
        }
    }
}
