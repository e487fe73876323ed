import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk instruct`, `meeting` and `report-back`, the real binary on a real ledger.
@Suite struct SupervisionCommandsTests {
    @Test func instructionsAndMeetingActionsAreSupervisedUntilDone() throws {
        let scratch = try Scratch("supervision")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let code = try DeskBinary.run(["add", "--title", "化工园区异味", "--locality", "临江镇"], log: log).lines[0]
        let past = try DeskBinary.run(["instruct", code, "--leader", "王县长", "--text", "x", "--due", "-1h"], log: log)
        #expect(past.status == 1 && past.stderr.contains("截止时间（") && past.stderr.contains("不晚于当前时间")
            && !past.stderr.contains("due"), "\(past.stderr)")
        #expect(try DeskBinary.run(["instruct", code, "--leader", "王县长", "--text", "今日回应", "--due", "+4h"], log: log).status == 0)
        let met = try DeskBinary.run(["meeting", code, "--attendees", "政府办、宣传部", "--decisions", "统一口径",
                                      "--action", "公布监测数据@市生态环境局县分局@明天 12:00"], log: log)
        #expect(met.status == 0, "\(met.stderr)")
        #expect(try DeskBinary.run(["report-back", code, "已约谈企业"], log: log).status == 0)
        #expect(try DeskBinary.run(["complete-item", code], log: log).status == 0)
        let shown = try JSONParser.parse(try DeskBinary.run(["show", code, "--json"], log: log).stdout).objectValue!
        let items = (shown["supervisedItems"]?.arrayValue ?? []).compactMap(\.objectValue)
        #expect(items.map { $0["text"]?.stringValue } == ["今日回应", "公布监测数据"])
        #expect(items[0]["reportsBack"]?.intValue == 1 && items[0]["completedAt"]?.isNull == false)
        #expect(items[1]["unit"]?.stringValue == "市生态环境局县分局" && items[1]["completedAt"]?.isNull == true)
    }

    /// A bare `HH:MM` an hour ago is tomorrow's, for `--due` and a meeting action alike, as the
    /// console's due field reads it; the confirmation quotes the item's own clock.
    @Test func aBareDueTimeIsTheNextOneAheadAndTheConfirmationQuotesItsClock() throws {
        let scratch = try Scratch("due-time")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let code = try DeskBinary.run(["add", "--title", "化工园区异味", "--locality", "临江镇"], log: log).lines[0]
        let anHourAgo = CivilTime(Date().addingTimeInterval(-3600), in: shanghai)
        let typed = String(format: "%02d:%02d", anHourAgo.hour, anHourAgo.minute)
        let due = CivilTime(year: anHourAgo.year, month: anHourAgo.month, day: anHourAgo.day, hour: anHourAgo.hour,
                            minute: anHourAgo.minute).addingDays(1).date(in: shanghai)

        let issued = try DeskBinary.run(["instruct", code, "--leader", "王县长", "--text", "明日回应", "--due", typed], log: log)
        #expect(issued.status == 0, "\(issued.stderr)")
        let confirmation = "已登记 \(code)，督办 截止 \(DisplayTime.minutes(due, in: shanghai))，剩余 "
        #expect(issued.stderr.contains(confirmation), "\(issued.stderr)")
        #expect(issued.stderr.contains(/剩余 (22:5\d:\d\d|23:00:00)\n/), "\(issued.stderr)")
        let met = try DeskBinary.run(["meeting", code, "--attendees", "政府办", "--decisions", "统一口径",
                                      "--action", "公布监测数据@市生态环境局县分局@\(typed)"], log: log)
        #expect(met.status == 0 && met.stderr.contains(confirmation), "\(met.stderr)")

        let listed = try JSONParser.parse(try DeskBinary.run(["list", "--json"], log: log).stdout)
        let row = try #require(listed.arrayValue?.first?.objectValue)
        let items = (row["openItems"]?.arrayValue ?? []).compactMap(\.objectValue)
        #expect(items.map { $0["text"]?.stringValue } == ["明日回应", "公布监测数据"])
        #expect(items.allSatisfy { $0["dueAt"]?.stringValue == ISO8601Timestamp.format(due, in: shanghai) })
        #expect(items.allSatisfy { (82_700...82_800).contains($0["secondsLeft"]?.intValue ?? 0) })
    }
}
