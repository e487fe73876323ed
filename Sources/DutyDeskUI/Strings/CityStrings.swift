import DutyDeskCore

/// The city view's own words (`--desks`), one table per language.
public struct CityStrings: Sendable {
    public let all, deskColumn, desks, readOnly, unknownDesk, commands, noOpenCases: String

    public static let chinese = CityStrings(
        all: "全部", deskColumn: "值班台", desks: "{} 个值班台",
        readOnly: "市级视图只读；批示请用 dutydesk instruct 编号 --desk {}",
        unknownDesk: "没有值班台 {}", commands: "可用命令：desk 代码（只看该值班台）、clear（全部）",
        noOpenCases: "没有在办事件")

    public static let english = CityStrings(
        all: "All", deskColumn: "Desk", desks: "{} desks",
        readOnly: "The city view reads only; to instruct: dutydesk instruct CODE --desk {}",
        unknownDesk: "no desk {}", commands: "commands: desk CODE (that desk only), clear (every desk)",
        noOpenCases: "no open cases")
}

extension ConsoleStrings {
    public var city: CityStrings { domain.language == .chinese ? .chinese : .english }
}
