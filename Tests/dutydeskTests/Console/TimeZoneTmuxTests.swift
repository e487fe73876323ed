import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// A desk on a server kept in UTC, set to Asia/Shanghai: at 20:00 UTC on 1 December it is 04:00
/// on 2 December in Beijing, and the case typed then is dated by Beijing's day.
@Suite(.serialized) struct TimeZoneTmuxTests {
    @Test func theDeskDatesItsCasesByItsOwnZone() throws {
        let console = try ConsoleInTmux("timezone", environment: ["TZ": "UTC"])
        defer { console.scratch.remove() }
        try """
            [desk]
            timezone = "Asia/Shanghai"
            localities = ["城关镇"]
            """.write(toFile: console.scratch.file("config.toml"), atomically: true, encoding: .utf8)
        // libfaketime starts the clock at that moment and lets it run.
        try console.tmux.type("faketime -f '@2026-12-01 20:00:00' \(DeskBinary.path)", enter: true)
        try console.expectScreen("the console, its clock in Beijing time") {
            $0.contains("舆情值班台") && $0.contains("2026-12-02 04:0") && $0.contains("UTC+8")
        }
        try console.tmux.type("n")
        try console.expectScreen("the intake form") { $0.contains("一句话事由") }
        try console.tmux.type("凌晨城关镇停电")
        try console.tmux.press("Tab")
        try console.expectScreen("the locality list") { $0.contains("1 城关镇") }
        try console.tmux.type("1")
        try console.tmux.press("C-s")
        try console.expectScreen("the code dated 2 December") { $0.contains("已登记 YQ-20261202-001") }
        try console.tmux.type("q")
        let listed = try DeskBinary.run(["list", "--json"], log: console.log, extra: ["TZ": "UTC"])
        let row = try #require(try JSONParser.parse(listed.stdout).arrayValue?.first?.objectValue)
        #expect(row["code"]?.stringValue == "YQ-20261202-001")
        #expect(row["discoveredAt"]?.stringValue?.hasPrefix("2026-12-02T04:0") == true, "\(row)")
        #expect(row["discoveredAt"]?.stringValue?.hasSuffix("+08:00") == true, "\(row)")
    }
}
