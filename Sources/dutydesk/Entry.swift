import ArgumentParser
import DutyDeskCore
import Foundation

/// Maps failures to exit codes the way scripts expect: 2 for a bad value or usage,
/// 1 for something the desk refuses (unknown case, a future time, a damaged ledger).
@main
enum Entry {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        HelpText.language = Invocation.language(Invocation.language(in: arguments), environment: ProcessInfo.processInfo.environment)
        let invocation = Invocation(arguments, root: DutyDesk.self)
        if let word = invocation.unknownWord {
            let strings = invocation.strings(environment: ProcessInfo.processInfo.environment)
            let valid = invocation.validWords.joined(separator: strings.listSeparator)
            FileHandle.standardError.write(Data(("dutydesk: " + fill(strings.usage.unknownCommand, word, valid) + "\n").utf8))
            exit(2)
        }
        if invocation.asksForHelp, let command = invocation.path.last {
            let help = HelpText.inLanguage(DutyDesk.helpMessage(for: command)) + "\n" + EnvironmentHelp.section(for: command)
            print(HelpText.language == .chinese ? HelpText.fitted(help, width: HelpText.terminalWidth) : help, terminator: "")
            exit(0)
        }
        do {
            var command = try DutyDesk.parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            StandardError.write("dutydesk: " + failure.message)
            exit(failure.exitCode)
        } catch {
            let code = DutyDesk.exitCode(for: error)
            guard code == .validationFailure else { DutyDesk.exit(withError: error) }
            let strings = invocation.strings(environment: ProcessInfo.processInfo.environment)
            // The parser's usual refusals are said again in the operator's language, pointing at the
            // help; its own full message quotes help text that mixes the two languages.
            let command = (["dutydesk"] + invocation.path.dropFirst().map { $0._commandName }).joined(separator: " ")
            if let said = ParserRefusal.said(DutyDesk.message(for: error), command: command, in: strings) {
                StandardError.write("dutydesk: " + said)
            } else {
                StandardError.write(HelpText.inLanguage(DutyDesk.fullMessage(for: error)))
            }
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
