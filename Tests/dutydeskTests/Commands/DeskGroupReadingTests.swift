import DutyDeskTestSupport
import Foundation
import Testing

/// `report stats|overdue|analysis|accountability --desks 3301` on a real cluster holding three
/// desks: two counties of the city (the fixture ledger, and a desk begun after its moment) and one
/// desk of another city, which must not appear. Compared with goldens at the fixture's moment.
@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct DeskGroupReadingTests {
    static let kinds: [(name: String, arguments: [String])] = [
        ("desks-stats", ["stats"] + ReportFixture.period),
        ("desks-overdue", ["overdue"] + ReportFixture.period),
        ("desks-analysis", ["analysis"] + ReportFixture.period),
        ("desks-accountability", ["accountability"] + ReportFixture.period),
    ]

    @Test func periodReportsGroupEveryDeskUnderThePrefixAndMatchTheirGoldens() throws {
        try withDesks { scratch, log, store in
            for kind in Self.kinds {
                for (format, language) in [("md", "zh"), ("json", "zh"), ("csv", "zh"), ("md", "en")] {
                    let output = try DeskBinary.run(["report"] + kind.arguments + ["--desks", "3301", "--as-of", ReportFixture.moment,
                                                                                 "--format", format, "--lang", language],
                                                    log: log, extra: store)
                    #expect(output.status == 0, "\(kind.name): \(output.stderr)")
                    #expect(!output.stdout.contains("330201"), "a desk of another city is left out")
                    try ReportGoldenTests.compare(output.stdout, golden: "\(kind.name)\(language == "en" ? ".en" : "").\(format)")
                }
            }
            // A desk's figures in the city's report are its own report's figures.
            let own = try DeskBinary.run(["report", "stats", "--desk", "330102", "--as-of", ReportFixture.moment, "--format", "json"]
                                         + ReportFixture.period, log: log, extra: store)
            let grouped = try DeskBinary.run(["report", "stats", "--desks", "3301", "--as-of", ReportFixture.moment, "--format", "json"]
                                             + ReportFixture.period, log: log, extra: store)
            #expect(own.status == 0 && grouped.status == 0, "\(own.stderr)\(grouped.stderr)")
            let ownCases = try Self.fact("cases", in: own.stdout)
            let rows = try Self.byDesk(grouped.stdout)
            #expect(rows.first { $0["desk"] as? String == "330102" }?["cases"] as? Int == ownCases)
            let total = rows.first { $0["desk"] as? String == "合计" }?["cases"] as? Int
            #expect(total == rows.filter { $0["desk"] as? String != "合计" }.compactMap { $0["cases"] as? Int }.reduce(0, +))
            #expect(try Self.fact("cases", in: grouped.stdout) == total)
        }
    }

    @Test func aReportOfOneDeskOrACaseRefusesThePrefix() throws {
        try withDesks { _, log, store in
            for arguments in [["report", "daily"], ["report", "handover"], ["list"], ["show", "YQ-20261110-001"],
                              ["report", "analysis", "YQ-20261110-001"]] {
                let refused = try DeskBinary.run(arguments + ["--desks", "3301"], log: log, extra: store)
                #expect(refused.status == 2, "\(arguments): \(refused.stderr)")
                #expect(refused.stderr.contains("--desk"), "\(refused.stderr)")
            }
            let none = try DeskBinary.run(["report", "stats", "--desks", "4401", "--lang", "en"], log: log, extra: store)
            #expect(none.status == 1 && none.stderr.contains("no desk whose code starts with 4401"), "\(none.stderr)")
            let letters = try DeskBinary.run(["report", "stats", "--desks", "33%"], log: log, extra: store)
            #expect(letters.status == 2 && letters.stderr.contains("数字"), "\(letters.stderr)")
        }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let onAFile = try DeskBinary.run(["report", "stats", "--desks", "3301", "--lang", "en"], log: scratch.file("ledger.jsonl"))
        #expect(onAFile.status == 2 && onAFile.stderr.contains("database store only"), "\(onAFile.stderr)")
    }

    /// A cluster with desks 330102 (the fixture), 330106 and 330201 (one case each, recorded now).
    func withDesks(_ body: (Scratch, String, [String: String]) throws -> Void) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cluster = try PostgresCluster(in: scratch)
        defer { cluster.stop() }
        let log = scratch.file("unused.jsonl")
        let store = ["DUTYDESK_STORE": cluster.address(desk: "330100")]
        #expect(try DeskBinary.run(["store", "init"], log: log, extra: store).status == 0)
        // Event ids are unique across the database, so only one desk holds the fixture; the other
        // two are recorded now, after the fixture's moment, and so count nothing at that moment.
        let imported = try DeskBinary.run(["store", "import", ReportFixture.ledger, "--desk", "330102"], log: log, extra: store)
        #expect(imported.status == 0, "\(imported.stderr)")
        for desk in ["330106", "330201"] {
            let added = try DeskBinary.run(["add", "--title", "网传西溪湿地游船侧翻", "--locality", "西溪街道"], log: log,
                                           extra: ["DUTYDESK_STORE": cluster.address(desk: desk)])
            #expect(added.status == 0, "\(added.stderr)")
        }
        try body(scratch, log, store)
    }

    static func fact(_ key: String, in json: String) throws -> Int? {
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (document?["facts"] as? [String: Any])?[key] as? Int
    }

    static func byDesk(_ json: String) throws -> [[String: Any]] {
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let sections = document?["sections"] as? [[String: Any]] ?? []
        return sections.first { $0["key"] as? String == "byDesk" }?["rows"] as? [[String: Any]] ?? []
    }
}
