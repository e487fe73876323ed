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

    /// `--desk` and `--desks` where the desk or the store is not there: said in the operator's
    /// language with exit 1 (the desks the database holds named), nothing appended, and the
    /// password, whether in PGPASSWORD or typed into the address, in no message.
    @Test func aDeskOrAStoreThatIsNotThereIsSaidInEitherLanguageWithoutThePassword() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cluster = try PostgresCluster(in: scratch)
        defer { cluster.stop() }
        let log = scratch.file("unused.jsonl")
        let secret = "geheim-\(UUID().uuidString.prefix(8))"
        let county = ["DUTYDESK_STORE": cluster.address(desk: "330102"), "PGPASSWORD": secret]
        let city = ["DUTYDESK_STORE": cluster.address(desk: "330100"), "PGPASSWORD": secret]
        #expect(try DeskBinary.run(["store", "init"], log: log, extra: county).status == 0)
        try cluster.requirePassword(secret)
        #expect(try DeskBinary.run(["add", "--title", "网传自来水发黄", "--locality", "城关镇"], log: log, extra: county).status == 0)
        var outputs: [DeskBinary.Output] = []
        func refused(_ arguments: [String], _ environment: [String: String], status: Int32 = 1,
                     saying words: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
            let output = try DeskBinary.run(arguments, log: log, extra: environment)
            outputs.append(output)
            #expect(output.status == status, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
            for word in words {
                #expect(output.stderr.contains(word), "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
            }
        }

        // A desk the database does not hold, read or written, from a command or the consoles.
        try refused(["list", "--desk", "330199"], city, saying: ["数据库中没有值班台 330199；现有值班台：330102"])
        try refused(["show", "YQ-20261202-001", "--desk", "330199", "--lang", "en"], city,
                    saying: ["the database has no desk 330199; its desks: 330102"])
        try refused(["--desk", "330199"], city, saying: ["数据库中没有值班台 330199"])
        try refused(["--desks", "4401", "--lang", "en"], city, saying: ["the database has no desk whose code starts with 4401"])
        try refused(["report", "stats", "--desks", "4401"], city, saying: ["数据库中没有代码以 4401 开头的值班台"])

        // The password refused, and a database the server does not hold.
        let wrong = city.merging(["PGPASSWORD": "falsch-\(secret)"]) { $1 }
        try refused(["list", "--desk", "330102"], wrong, saying: ["无法连接台账数据库", "服务器拒绝了该用户或密码"])
        try refused(["--desks", "3301", "--lang", "en"], wrong,
                    saying: ["cannot reach the database store", "the server refused the user or the password"])
        let noDatabase = city.merging(["DUTYDESK_STORE": "postgres://dutydesk@127.0.0.1:\(cluster.port)/keine?desk=330100"]) { $1 }
        try refused(["report", "stats", "--desks", "3301"], noDatabase, saying: ["服务器上没有这个数据库"])

        // The password in the address is refused before anything connects.
        let typed = "postgres://dutydesk:\(secret)@127.0.0.1:\(cluster.port)/dutydesk?desk=330100"
        try refused(["list", "--desk", "330102"], ["DUTYDESK_STORE": typed], status: 2, saying: ["PGPASSWORD"])
        try refused(["--store", typed, "--desks", "3301", "--lang", "en"], [:], status: 2, saying: ["PGPASSWORD"])

        // The server stopped: nothing answers at the address.
        cluster.stop()
        try refused(["list", "--desk", "330102"], city, saying: ["无法连接台账数据库 postgres://dutydesk@127.0.0.1:\(cluster.port)/dutydesk",
                                                                 "服务器没有应答"])
        try refused(["instruct", "YQ-20261202-001", "--desk", "330102", "--leader", "王市长", "--text", "x", "--due", "+4h",
                     "--lang", "en"], city, saying: ["the server did not answer"])
        try refused(["--desks", "3301"], city, saying: ["服务器没有应答"])
        try refused(["report", "overdue", "--desks", "3301", "--lang", "en"], city, saying: ["the server did not answer"])

        for output in outputs {
            #expect(!output.stderr.contains(secret) && !output.stdout.contains(secret), "\(output.stderr)")
        }
        let english = outputs.filter { $0.stderr.contains("the ") }
        #expect(english.allSatisfy { !$0.stderr.contains("值班台") && !$0.stderr.contains("服务器") }, "never mixed")
    }
}
