import ArgumentParser
import DutyDeskCore
import DutyDeskLedger
import DutyDeskText
import Foundation

/// `dutydesk report KIND`: the desk's documents, from the same ledger as everything else.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.pick(zh: "报表：daily（舆情日志）、case（舆情专报）、handover（交接班记录）、stats（考核统计）、overdue（通报）等。", en: "Reports: daily log, case brief, handover, stats, overdue notice and more."),
        subcommands: [DailyReportCommand.self, CaseReportCommand.self, HandoverReportCommand.self,
                      StatsReportCommand.self, OverdueReportCommand.self, AccountabilityReportCommand.self,
                      AnalysisReportCommand.self])
}

/// Where and how a report is written.
struct ReportOutput: ParsableArguments {
    @Option(help: ArgumentHelp(HelpText.pick(zh: "md、csv 或 json（默认 md）。CSV 为带字节序标记的 UTF-8。", en: "md, csv or json (default md). CSV is UTF-8 with a byte-order mark."))) var format = "md"
    @Option(help: ArgumentHelp(HelpText.pick(zh: "写入此文件（权限 0640），而不是标准输出。", en: "Write to this file (mode 0640) instead of standard output."), valueName: "file"))
    var out: String?

    func resolvedFormat(_ desk: DeskContext) throws -> ReportFormat {
        guard let resolved = ReportFormat(rawValue: format) else {
            throw CLIFailure.usage(fill(desk.strings.usage.unknownValue, "--format", format,
                                        ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return resolved
    }

    func write(_ document: ReportDocument, as format: ReportFormat, strings: Strings) throws {
        let text = format.render(document)
        guard let out else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try SideFile.replace(out, with: Array(text.utf8), mode: 0o640)
        } catch {
            throw CLIFailure.refused(fill(strings.usage.outUnwritable, out, SystemFailure.text(error, in: strings.language)))
        }
    }
}

/// A report subcommand: the global options, the output options, and the document it builds.
protocol ReportSubcommand: DeskCommand {
    var output: ReportOutput { get }
    func document(_ desk: DeskContext) throws -> ReportDocument
}

extension ReportSubcommand {
    func run() throws {
        let desk = try context()
        // The format is checked before any work, so a typo costs nothing.
        let format = try output.resolvedFormat(desk)
        try output.write(try document(desk), as: format, strings: desk.strings)
    }
}

struct DailyReportCommand: ReportSubcommand {
    static let configuration = CommandConfiguration(commandName: "daily",
                                                    abstract: HelpText.pick(zh: "舆情日志：某一天发现或处置的事件。", en: "Daily log: cases discovered or handled on one day."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var output: ReportOutput
    @Option(help: ArgumentHelp(HelpText.pick(zh: "日期：2026-11-23、今天、昨天（默认今天）。", en: "The day: 2026-11-23, today, yesterday (default today)."), valueName: "day"))
    var date: String?

    func document(_ desk: DeskContext) throws -> ReportDocument {
        let day = try desk.day(date, option: "--date") ?? desk.today
        // The day as it stood at its end, or now if it has not ended.
        let end = min(desk.now, day.addingDays(1).date(in: desk.timeZone))
        let state = try desk.pastState(at: end)
        return DailyReport.document(state, day: day, context: desk.reportContext(state, at: end),
                                    patrolHours: desk.settings.patrolHours)
    }
}

struct CaseReportCommand: ReportSubcommand {
    static let configuration = CommandConfiguration(commandName: "case", abstract: HelpText.pick(zh: "舆情专报：为领导撰写的单个事件材料。", en: "Case brief: one case written up for leaders."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var output: ReportOutput
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String

    func document(_ desk: DeskContext) throws -> ReportDocument {
        let state = try desk.readState()
        let subject = try desk.subject(code, in: state)
        return CaseBrief.document(subject, context: desk.reportContext(state),
                                  assessment: state.findAssessment(code: subject.report.assessment))
    }
}

struct HandoverReportCommand: ReportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: HelpText.pick(zh: "交接班记录：按剩余时间排列的未结事件、下一班到期事项、未结督办事项、台账锚点。", en: "Handover: open cases by time left, what falls due in the coming shift, open supervised items, the ledger's anchor."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var output: ReportOutput

    func document(_ desk: DeskContext) throws -> ReportDocument {
        let (state, anchor) = try desk.readStateWithAnchor()
        return HandoverReport.document(state, context: desk.reportContext(state), operatorName: desk.operatorName,
                                       horizonHours: desk.settings.handoverHorizonHours, anchor: anchor,
                                       patrolHours: desk.settings.patrolHours)
    }
}

/// `--from` and `--to` as local days, both included; by default the report kind's period ending
/// today (this month to date).
struct ReportPeriod: ParsableArguments {
    @Option(help: ArgumentHelp(HelpText.pick(zh: "起始日（默认本月一日）。", en: "First day (default the first of this month)."), valueName: "day")) var from: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "截止日，含当天（默认今天）。", en: "Last day, included (default today)."), valueName: "day")) var to: String?

    func range(_ desk: DeskContext, kind: ReportKind) throws -> DayRange {
        let last = try desk.day(to, option: "--to") ?? desk.today
        let first = try desk.day(from, option: "--from") ?? kind.defaultPeriod(endingOn: last)?.first ?? last
        guard first <= last else {
            throw CLIFailure.usage(fill(desk.strings.usage.badPeriod, DayRange.text(first), DayRange.text(last)))
        }
        return DayRange(first: first, last: last)
    }
}

/// A report over a period of days, built from the whole ledger.
protocol PeriodReportSubcommand: ReportSubcommand {
    static var kind: ReportKind { get }
    var period: ReportPeriod { get }
    static func build(_ state: DeskState, period: DayRange, context: ReportContext) -> ReportDocument
    /// The facts that add up across desks when the report is grouped by desk (`--desks`).
    static var counts: Set<String> { get }
}

extension PeriodReportSubcommand {
    func document(_ desk: DeskContext) throws -> ReportDocument {
        let range = try period.range(desk, kind: Self.kind)
        if desk.scope.prefix != nil {
            return try desk.groupedDocument(kind: Self.kind, counts: Self.counts) { state, context in
                Self.build(state, period: range, context: context)
            }
        }
        let state = try desk.readState()
        return Self.build(state, period: range, context: desk.reportContext(state))
    }
}

struct StatsReportCommand: PeriodReportSubcommand {
    static let kind = ReportKind.stats
    static let configuration = CommandConfiguration(
        commandName: kind.rawValue,
        abstract: HelpText.pick(zh: "考核统计：按单位和等级统计期内发现的事件：按时率、中位数和 P90 用时、超时。", en: "Stats: per unit and grade, cases discovered in the period: on-time share, median and P90 times, overdue."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var output: ReportOutput
    @OptionGroup var period: ReportPeriod

    static let counts: Set<String> = ["cases", "judged", "overdue", "lateRecorded", "firstReportsMissed"]

    static func build(_ state: DeskState, period: DayRange, context: ReportContext) -> ReportDocument {
        StatsReport.document(TimelinessStats(state, period: period, policy: context.policy, now: context.now,
                                             timeZone: context.timeZone),
                             decisions: state.decisions, context: context)
    }
}

struct OverdueReportCommand: PeriodReportSubcommand {
    static let kind = ReportKind.overdue
    static let configuration = CommandConfiguration(
        commandName: kind.rawValue, abstract: HelpText.pick(zh: "通报：期内每一个错过的时限及其截止时间，按单位列出，含超时多久。", en: "Overdue notice: every deadline missed with its due time in the period, by unit, with how late."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var output: ReportOutput
    @OptionGroup var period: ReportPeriod

    static let counts: Set<String> = ["missed", "cases", "lateRecorded", "corrections"]

    static func build(_ state: DeskState, period: DayRange, context: ReportContext) -> ReportDocument {
        OverdueReport.document(state, period: period, context: context)
    }
}

struct AnalysisReportCommand: ReportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: HelpText.pick(zh: "舆情分析报告：单个事件（定性与定量），或一个时期的数量、来源、类别和时效。", en: "Analysis: one case (qualitative and quantitative), or a period's volume, sources, kinds and timeliness."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var output: ReportOutput
    @OptionGroup var period: ReportPeriod
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号；不写则分析整个时期。", en: "A case code; without one, the period."))) var code: String?

    func document(_ desk: DeskContext) throws -> ReportDocument {
        let range = try period.range(desk, kind: .analysis)
        if desk.scope.prefix != nil {
            guard code == nil else { throw CLIFailure.usage(desk.strings.desks.analysisOfOneCase) }
            return try desk.groupedDocument(kind: .analysis, counts: ["cases", "judged"]) { state, context in
                AnalysisReport.document(state, period: range, context: context)
            }
        }
        let state = try desk.readState()
        guard let code else { return AnalysisReport.document(state, period: range, context: desk.reportContext(state)) }
        return AnalysisReport.document(try desk.subject(code, in: state), context: desk.reportContext(state))
    }
}

struct AccountabilityReportCommand: PeriodReportSubcommand {
    static let kind = ReportKind.accountability
    static let configuration = CommandConfiguration(
        commandName: kind.rawValue, abstract: HelpText.pick(zh: "期内决定的表彰、约谈、通报批评、问责（按单位）以及给予的容错。", en: "Commendations, interviews, criticism and accountability decided in the period, by unit, and tolerance granted."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @OptionGroup var output: ReportOutput
    @OptionGroup var period: ReportPeriod

    static let counts: Set<String> = ["decisions", "tolerated"]

    static func build(_ state: DeskState, period: DayRange, context: ReportContext) -> ReportDocument {
        AccountabilityReport.document(state, period: period, context: context)
    }
}

extension DeskContext {
    /// The case with this code, or the refusal that names it (exit 1).
    func subject(_ code: String, in state: DeskState) throws -> Case {
        guard let subject = state.findCase(code: code) else {
            throw CLIFailure.refused(strings.recordingError(.unknownCase(code: code), timeZone: timeZone))
        }
        return subject
    }

    var today: CivilTime {
        let moment = CivilTime(now, in: timeZone)
        return CivilTime(year: moment.year, month: moment.month, day: moment.day)
    }

    func day(_ text: String?, option: String) throws -> CivilTime? {
        guard let text else { return nil }
        guard let day = DayInput.parse(text, today: today) else {
            throw CLIFailure.usage(fill(strings.usage.badDay, option, text))
        }
        return day
    }

    func reportContext(_ state: DeskState, at moment: Date? = nil) -> ReportContext {
        ReportContext(now: moment ?? now, timeZone: timeZone, policy: policy, deskName: deskName(state),
                      language: strings.language)
    }
}

/// 交接班: the operator hands the desk to the incoming operator; `report handover` is what they read first.
struct HandOver: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover", abstract: HelpText.pick(zh: "交接班：记录值班员把值班台交给 --to 指定的人。", en: "Handover: record that the operator hands the desk over to --to."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: ArgumentHelp(HelpText.pick(zh: "接班人。", en: "The incoming operator."))) var to: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "交班人要记录在案的事项。", en: "What the outgoing operator wants on record."))) var note: String?

    func run() throws {
        let desk = try context()
        let session = try desk.openSession(writable: true)
        try desk.record(in: session) { drafter throws(DraftRefusal) in
            try drafter.handOver(from: desk.operatorName, to: to, note: note ?? "")
        }
        let line = fill(desk.strings.usage.handedOver, desk.operatorName, to.trimmingSpaces())
        StandardError.write(line)
        // Every handover is also a signed checkpoint: the token is what the supervisor keeps.
        let checkpoint = try desk.checkpoint(in: session)
        print(checkpoint.token)
        DeskContext.warn(fill(desk.strings.ledger.checkpointSigned, checkpoint.seq, checkpoint.headHash))
    }
}
