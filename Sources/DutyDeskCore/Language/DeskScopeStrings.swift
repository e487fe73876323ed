/// What the command line says about working across desks on one database (`--desk`, `--desks`).
public struct DeskScopeMessages: Sendable {
    public let needsDatabase, badCode, noDesks, noSuchDesk, instructionOnly, notForThisCommand, analysisOfOneCase: String

    public static func table(for language: Language) -> DeskScopeMessages { language == .chinese ? .chinese : .english }

    public static let chinese = DeskScopeMessages(
        needsDatabase: "--desk 和 --desks 只用于数据库台账（--store postgres://…）",
        badCode: "{}：值班台代码应由数字组成，收到「{}」",
        noDesks: "数据库中没有代码以 {} 开头的值班台",
        noSuchDesk: "数据库中没有值班台 {}；现有值班台：{}",
        instructionOnly: "值班台 {} 的事件由该台自己登记；其他值班台只能批示（dutydesk instruct --desk {} …）",
        notForThisCommand: "--desks 只用于控制台和 report stats、overdue、analysis、accountability；查看单个值班台请用 --desk",
        analysisOfOneCase: "report analysis 加 --desks 时统计一段时间；单个事件请用 --desk 指明值班台")

    public static let english = DeskScopeMessages(
        needsDatabase: "--desk and --desks work on a database store only (--store postgres://…)",
        badCode: "{}: a desk code is digits, not \"{}\"",
        noDesks: "the database has no desk whose code starts with {}",
        noSuchDesk: "the database has no desk {}; its desks: {}",
        instructionOnly: "desk {} records its own cases; another desk may only add an instruction (dutydesk instruct --desk {} …)",
        notForThisCommand: "--desks is for the console and report stats, overdue, analysis and accountability; for one desk use --desk",
        analysisOfOneCase: "report analysis with --desks covers a period; for one case name its desk with --desk")
}

extension Strings {
    public var desks: DeskScopeMessages { DeskScopeMessages.table(for: language) }
}
