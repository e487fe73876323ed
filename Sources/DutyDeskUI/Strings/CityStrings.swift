import DutyDeskCore

/// The city view's own words (`--desks`), one table per language.
public struct CityStrings: Sendable {
    public let all, deskColumn, desks, readOnly, unknownDesk, commands, noOpenCases, instructionFor: String

    public static let chinese = CityStrings(
        all: "全部", deskColumn: "值班台", desks: "{} 个值班台",
        readOnly: "市级视图只读，只可批示（i）；该事件由值班台 {} 办理",
        unknownDesk: "没有值班台 {}", commands: "可用命令：desk 代码（只看该值班台）、clear（全部）",
        noOpenCases: "没有在办事件", instructionFor: "批示 → 值班台 {} · {} {}")

    public static let english = CityStrings(
        all: "All", deskColumn: "Desk", desks: "{} desks",
        readOnly: "The city view reads only but for instructions (i); desk {} handles this case",
        unknownDesk: "no desk {}", commands: "commands: desk CODE (that desk only), clear (every desk)",
        noOpenCases: "no open cases", instructionFor: "Instruction → desk {} · {} {}")
}

extension ConsoleStrings {
    public var city: CityStrings { domain.language == .chinese ? .chinese : .english }
}
