import DutyDeskTestSupport
import Foundation
import Testing

/// The binary on a PostgreSQL store: set up with `store init`, recorded and read like a file,
/// verified, and a file ledger carried into it and back out byte for byte.
@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct StoreCommandsTests {
    @Test func aDeskOnTheStoreRecordsReadsVerifiesAndExportsItsLedger() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cluster = try PostgresCluster(in: scratch)
        defer { cluster.stop() }
        let log = scratch.file("ledger.jsonl")
        let store = ["DUTYDESK_STORE": cluster.address(desk: "330106")]
        let initialised = try DeskBinary.run(["store", "init"], log: log, extra: store)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(initialised.stdout.contains("数据库结构已从第 0 版升级到第"), "\(initialised.stdout)")
        #expect(try DeskBinary.run(["store", "migrate"], log: log, extra: store).stdout.contains("数据库结构已是第"))
        #expect(try DeskBinary.run(["store", "migrate", "--lang", "en"], log: log, extra: store).stdout
            .contains("schema already at version"))

        let added = try DeskBinary.run(["add", "--title", "网传自来水发黄", "--locality", "城关镇"], log: log, extra: store)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try DeskBinary.run(["list"], log: log, extra: store).stdout.contains("网传自来水发黄"))
        // The address may come as an option before the subcommand, too.
        #expect(try DeskBinary.run(["--store", cluster.address(desk: "330106"), "list"], log: log).stdout.contains("网传自来水发黄"))
        let verified = try DeskBinary.run(["verify"], log: log, extra: store)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(!FileManager.default.fileExists(atPath: log), "the store, not the file, holds the ledger")

        // A file ledger goes into another desk's stream and comes back out unchanged.
        #expect(try DeskBinary.run(["add", "--title", "化工园区异味", "--locality", "临江镇"], log: log).status == 0)
        let imported = try DeskBinary.run(["store", "import", log, "--desk", "330108"], log: log, extra: store)
        #expect(imported.status == 0, "\(imported.stderr)")
        let exported = try DeskBinary.run(["store", "export", "--desk", "330108"], log: log, extra: store)
        #expect(Data(exported.stdout.utf8) == (try Data(contentsOf: URL(fileURLWithPath: log))))
    }

    @Test func aBadAddressNamesWhatIsWrongAndExitsTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let withPassword = try DeskBinary.run(["list", "--store", "postgres://desk:secret@127.0.0.1/dd?desk=330106"], log: log)
        #expect(withPassword.status == 2)
        #expect(withPassword.stderr.contains("PGPASSWORD") && !withPassword.stderr.contains("secret"))
        let noDesk = try DeskBinary.run(["list", "--store", "postgres://desk@127.0.0.1/dd"], log: log)
        #expect(noDesk.status == 2 && noDesk.stderr.contains("desk"))
        #expect(try DeskBinary.run(["store", "export"], log: log).status == 2)
    }
}
