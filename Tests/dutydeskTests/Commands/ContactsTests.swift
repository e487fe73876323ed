import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// The contact directory from the settings, searched in Chinese, with who is on call now.
@Suite struct ContactsTests {
    @Test func everyUnitsPeopleAndWhoIsOnCallNow() throws {
        let scratch = try Scratch("contacts")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let zone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        func local(_ date: Date) -> String {
            let time = CivilTime(date, in: zone)
            return String(format: "%04d-%02d-%02d %02d:%02d", time.year, time.month, time.day, time.hour, time.minute)
        }
        let config = """
            [[units]]
            name = "县水务局"
            head = "张建国"
            liaison = "李敏"
            phone = "0000-8000005"
            leader = "刘副县长"
            leader-phone = "0000-8000105"

            [[units]]
            name = "县卫健委"
            head = "黄蓉"

            [[on-call]]
            name = "王芳"
            unit = "县政府办"
            phone = "13800000000"
            from = "\(local(Date().addingTimeInterval(-3600)))"
            to = "\(local(Date().addingTimeInterval(3600)))"

            [[on-call]]
            name = "李娜"
            from = "\(local(Date().addingTimeInterval(7200)))"
            to = "\(local(Date().addingTimeInterval(10800)))"
            """
        try config.write(toFile: scratch.file("config.toml"), atomically: true, encoding: .utf8)
        let all = try DeskBinary.run(["contacts"], log: log)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("刘副县长 0000-8000105") && all.stdout.contains("县卫健委"), "\(all.stdout)")
        #expect(all.stdout.contains("王芳") && !all.stdout.contains("李娜"), "only who is on call now\n\(all.stdout)")
        let water = try DeskBinary.run(["contacts", "水务"], log: log)
        #expect(water.stdout.contains("县水务局") && !water.stdout.contains("县卫健委"), "\(water.stdout)")
        let json = try JSONParser.parse(try DeskBinary.run(["contacts", "--json"], log: log).stdout).objectValue
        #expect(json?["units"]?.arrayValue?.count == 2 && json?["onCall"]?.arrayValue?.count == 1)
        try "[[on-call]]\nname = \"王芳\"\nfrom = \"明天\"\nto = \"x\"\n".write(toFile: scratch.file("config.toml"),
                                                                               atomically: true, encoding: .utf8)
        let bad = try DeskBinary.run(["contacts"], log: log)
        #expect(bad.status == 2 && bad.stderr.contains("config.toml:3: from"), "\(bad.stderr)")
    }
}
