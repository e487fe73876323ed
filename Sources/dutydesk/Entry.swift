import ArgumentParser
import DutyDeskCore
import Foundation

/// Maps failures to exit codes the way scripts expect: 2 for a bad value or usage,
/// 1 for something the desk refuses (unknown case, a future time, a damaged ledger).
@main
enum Entry {
    static func main() {
        let invocation = Invocation(Array(CommandLine.arguments.dropFirst()), root: DutyDesk.self)
        if let word = invocation.unknownWord {
            let strings = invocation.strings(environment: ProcessInfo.processInfo.environment)
            let valid = invocation.validWords.joined(separator: strings.listSeparator)
            FileHandle.standardError.write(Data(("dutydesk: " + fill(strings.usage.unknownCommand, word, valid) + "\n").utf8))
            exit(2)
        }
        if invocation.asksForHelp, let command = invocation.path.last {
            print(DutyDesk.helpMessage(for: command) + "\n" + EnvironmentHelp.section(for: command), terminator: "")
            exit(0)
        }
        do {
            var command = try DutyDesk.parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            FileHandle.standardError.write(Data(("dutydesk: " + failure.message + "\n").utf8))
            exit(failure.exitCode)
        } catch {
            let code = DutyDesk.exitCode(for: error)
            guard code == .validationFailure else { DutyDesk.exit(withError: error) }
            FileHandle.standardError.write(Data((DutyDesk.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}

/// A failure with a message already in the operator's language.
struct CLIFailure: Error {
    let message: String
    let exitCode: Int32

    static func usage(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: 2) }
    static func refused(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: 1) }
}
