import ArgumentParser

struct DutyDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dutydesk",
        abstract: HelpText.pick(zh: "舆情值班台：网络舆情值班及其台账。", en: "DutyDesk: the public-opinion duty desk and its ledger."),
        discussion: HelpText.pick(zh: "每一个操作在台账（每行一条 JSON、以 SHA-256 链接的文件）上追加一条记录。全局选项可写在子命令之前或之后。", en: "Every action appends one event to the ledger (a JSON Lines file with a SHA-256 chain). Global options may come before or after the subcommand."),
        version: DeskVersion.current,
        subcommands: [Console.self, Add.self, Import.self, Link.self, TriageCommand.self, Regrade.self, Assign.self, Respond.self, ReleaseCommand.self, WordingCommand.self, PatrolCommand.self, Press.self, Note.self,
                      Close.self, Acknowledge.self, Transfer.self, Feedback.self, ReportUp.self, Decide.self, Tolerate.self, Contacts.self, Assess.self, Assessments.self, Refer.self, ReferralOutcomeCommand.self, Reopen.self,
                      Correct.self, Instruct.self, Meeting.self, ReportBackCommand.self, CompleteItem.self, HandOver.self, List.self, Show.self, ReportCommand.self, Verify.self, Demo.self,
                      CheckpointCommand.self, KeyCommand.self, StoreCommand.self, OfflineCommand.self, AnalyseCommand.self, ChecklistCommand.self,
                      SnapshotCommand.self],
        defaultSubcommand: Console.self
    )

    @OptionGroup var options: DeskOptions
}

/// A subcommand that reads the global options wherever they were typed.
protocol DeskCommand: ParsableCommand {
    var root: DutyDesk { get }
    var options: DeskOptions { get }
}

extension DeskCommand {
    func context() throws -> DeskContext { try DeskContext(options.overriding(root.options)) }
}
