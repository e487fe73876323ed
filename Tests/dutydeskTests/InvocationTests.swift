import DutyDeskCore
import Testing
@testable import dutydesk

/// Reading the command line for a subcommand before ArgumentParser does.
@Suite struct InvocationTests {
    func read(_ words: String...) -> Invocation { Invocation(words, root: DutyDesk.self) }

    @Test func subcommandsAreFoundPastGlobalOptionsAndTheirValues() {
        let invocation = read("--log", "list", "--lang=en", "--theme", "light", "report", "daily", "--date", "昨天")
        #expect(invocation.path.map { $0._commandName } == ["dutydesk", "report", "daily"])
        #expect(invocation.unknownWord == nil)
        #expect(invocation.language == "en")
        #expect(!invocation.asksForHelp)
    }

    /// The help is built in the language asked for, so it is read before any command is.
    @Test func theLanguageIsReadBeforeAnyCommandIs() {
        #expect(Invocation.language(in: ["add", "--lang", "en", "--help"]) == "en")
        #expect(Invocation.language(in: ["--lang=en", "list"]) == "en")
        #expect(Invocation.language(in: ["note", "--", "--lang", "en"]) == nil, "a word after -- is the note's")
        #expect(Invocation.language(in: ["--operator", "--lang", "list"]) == nil, "an option's value is not an option")
        #expect(Invocation.language(nil, environment: ["DUTYDESK_LANG": "en"]) == .english)
        #expect(Invocation.language("en", environment: ["DUTYDESK_LANG": "zh"]) == .english)
        #expect(Invocation.language(nil, environment: [:]) == .chinese)
    }

    @Test func theCompletionScriptsShellIsAValue() {
        #expect(read("--generate-completion-script", "bash").unknownWord == nil)
    }

    /// Every option the root's help shows with a value (`--lock-timeout <seconds>`) is one whose
    /// next word is skipped: `--lock-timeout 5 list` once read "5" as an unknown subcommand.
    @Test func everyValueOptionOfTheRootIsKnown() throws {
        let help = DutyDesk.helpMessage(columns: 400)
        let named = try Regex(#"(--[a-z-]+) <"#)
        let taking = Set(help.matches(of: named).map { String($0.output[1].substring!) })
        #expect(taking.count >= 9)
        #expect(taking.subtracting(Invocation.valueOptions).isEmpty, "\(taking.subtracting(Invocation.valueOptions))")
        #expect(read("--lock-timeout", "5", "list").path.last == List.self)
    }

    @Test func aWordThatNamesNoSubcommandIsUnknown() {
        let root = read("--lang", "en", "bogus")
        #expect(root.unknownWord == "bogus")
        #expect(root.language == "en")
        #expect(root.validWords.contains("add") && root.validWords.contains("demo") && root.validWords.contains("console"))
        #expect(read("bogus", "--lang", "en").language == "en", "the language is read past the unknown word")
        let report = read("report", "weekly")
        #expect(report.unknownWord == "weekly")
        #expect(report.validWords == ["daily", "case", "handover", "stats", "overdue", "accountability", "analysis"])
    }

    /// A leaf's own words (a case code, a note's text) are never taken for subcommands.
    @Test func wordsAfterALeafAreItsOwn() {
        let invocation = read("note", "YQ-20261123-001", "help", "bogus")
        #expect(invocation.unknownWord == nil)
        #expect(invocation.path.last == Note.self)
        #expect(!invocation.asksForHelp)
        #expect(read("add", "--", "-h").asksForHelp == false)
    }

    @Test func helpIsAskedForInEveryForm() {
        #expect(read("--help").asksForHelp && read("--help").path.count == 1)
        #expect(read("help", "add").asksForHelp && read("help", "add").path.last == Add.self)
        #expect(read("report", "stats", "-h").path.last == StatsReportCommand.self)
    }

    @Test func messagesFollowLangThenTheEnvironment() {
        #expect(read("bogus").strings(environment: [:]).language == .chinese)
        #expect(read("bogus").strings(environment: ["DUTYDESK_LANG": "en"]).language == .english)
        #expect(read("--lang", "zh", "x").strings(environment: ["DUTYDESK_LANG": "en"]).language == .chinese)
        #expect(read("--lang", "klingon", "x").strings(environment: [:]).language == .chinese)
    }
}
