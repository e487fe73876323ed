import DutyDeskTestSupport
import Foundation
import Testing

/// 上级交办 on a real cluster: the city desk (330100) adds an instruction to a county's case with
/// `--desk 330102`; it lands on the county's chain with the city operator named, and the county's
/// console and reports see it. Anything else recorded on another desk's case is refused.
@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct DeskScopeTests {
    @Test func theCityInstructsACountyCaseAndNothingElse() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cluster = try PostgresCluster(in: scratch)
        defer { cluster.stop() }
        let log = scratch.file("unused.jsonl")
        let county = ["DUTYDESK_STORE": cluster.address(desk: "330102"), "DUTYDESK_OPERATOR": "县值班员"]
        let city = ["DUTYDESK_STORE": cluster.address(desk: "330100"), "DUTYDESK_OPERATOR": "市值班员"]
        #expect(try DeskBinary.run(["store", "init"], log: log, extra: county).status == 0)
        let added = try DeskBinary.run(["add", "--title", "网传自来水发黄", "--locality", "城关镇"], log: log, extra: county)
        #expect(added.status == 0, "\(added.stderr)")
        let code = try #require(try DeskBinary.run(["list", "--json"], log: log, extra: county).stdout
            .firstMatch(of: /YQ-\d{8}-\d{3}/)).output
        #expect(try DeskBinary.run(["list"], log: log, extra: city).status == 0, "the city's own desk starts empty")

        let instructed = try DeskBinary.run(["instruct", String(code), "--desk", "330102", "--leader", "王市长",
                                             "--text", "今日内回应", "--due", "+4h"], log: log, extra: city)
        #expect(instructed.status == 0, "\(instructed.stderr)")
        let exported = try DeskBinary.run(["store", "export", "--desk", "330102"], log: log, extra: county).stdout
        let last = try #require(exported.split(separator: "\n").last)
        #expect(last.contains("\"op\":\"市值班员@330100\"") && last.contains("\"type\":\"instruction.issued\""), "\(last)")
        let shown = try DeskBinary.run(["show", String(code)], log: log, extra: county)
        #expect(shown.stdout.contains("王市长") && shown.stdout.contains("市值班员@330100"), "\(shown.stdout)")
        #expect(!(try DeskBinary.run(["store", "export", "--desk", "330100"], log: log, extra: city).stdout.contains("王市长")),
                "nothing of it lands on the city's own chain")
        let verified = try DeskBinary.run(["verify"], log: log, extra: county)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")

        // The city reads the county's case; it records nothing else there.
        #expect(try DeskBinary.run(["show", String(code), "--desk", "330102"], log: log, extra: city).stdout.contains("王市长"))
        for step in [["note", String(code), "已回应"], ["close", String(code)], ["press", String(code)],
                     ["add", "--title", "另一事件", "--locality", "城关镇"], ["report-back", String(code), "已办"]] {
            let refused = try DeskBinary.run(step + ["--desk", "330102"], log: log, extra: city)
            #expect(refused.status == 1, "\(step): \(refused.stderr)")
            #expect(refused.stderr.contains("值班台 330102 的事件由该台自己登记"), "\(step): \(refused.stderr)")
        }
        let english = try DeskBinary.run(["note", String(code), "x", "--desk", "330102", "--lang", "en"], log: log, extra: city)
        #expect(english.status == 1 && english.stderr.contains("another desk may only add an instruction"), "\(english.stderr)")
        #expect(try DeskBinary.run(["store", "export", "--desk", "330102"], log: log, extra: county).stdout == exported,
                "a refusal appends nothing")

        let unknown = try DeskBinary.run(["instruct", String(code), "--desk", "330199", "--leader", "王市长", "--text", "x",
                                          "--due", "+4h"], log: log, extra: city)
        #expect(unknown.status == 1 && unknown.stderr.contains("数据库中没有值班台 330199"), "\(unknown.stderr)")
        #expect(!(try cluster.psql("SELECT desk_id FROM desk_head")).contains("330199"), "no stream is started for it")
        let onAFile = try DeskBinary.run(["instruct", String(code), "--desk", "330102", "--leader", "王市长", "--text", "x",
                                          "--due", "+4h"], log: scratch.file("ledger.jsonl"))
        #expect(onAFile.status == 2 && onAFile.stderr.contains("只用于数据库台账"), "\(onAFile.stderr)")
    }
}
