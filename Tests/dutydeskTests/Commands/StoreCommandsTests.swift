import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

/// The binary on a PostgreSQL store: set up with `store init`, recorded and read like a file,
/// verified, and a file ledger carried into it and back out byte for byte.
@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct StoreCommandsTests {
    /// A throwaway cluster in its scratch folder, and the environment naming desk 330106 on it.
    struct ClusterDesk {
        let scratch: Scratch
        let cluster: PostgresCluster
        var log: String { scratch.file("ledger.jsonl") }
        var store: [String: String] { ["DUTYDESK_STORE": cluster.address(desk: "330106")] }

        init() throws {
            scratch = try Scratch()
            do { cluster = try PostgresCluster(in: scratch) } catch {
                scratch.remove()
                throw error
            }
        }

        /// Stops the server, then removes its folder.
        func stop() {
            cluster.stop()
            scratch.remove()
        }
    }

    @Test func aDeskOnTheStoreRecordsReadsVerifiesAndExportsItsLedger() throws {
        let desk = try ClusterDesk()
        defer { desk.stop() }
        let (cluster, log, store) = (desk.cluster, desk.log, desk.store)
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

    /// Checkpoints and this machine's anchor work on a desk's stream as on a file: a token signed
    /// on the store holds until rows are deleted behind the triggers' back, and the command that
    /// next reads the shortened stream is refused by the anchor.
    @Test func checkpointsAndAnchorsHoldOnTheStore() throws {
        let desk = try ClusterDesk()
        defer { desk.stop() }
        let (scratch, cluster, log, store) = (desk.scratch, desk.cluster, desk.log, desk.store)
        #expect(try DeskBinary.run(["store", "init"], log: log, extra: store).status == 0)
        for title in ["甲", "乙"] {
            #expect(try DeskBinary.run(["add", "--title", title, "--locality", "城关镇"], log: log, extra: store).status == 0)
        }
        let signed = try DeskBinary.run(["checkpoint"], log: log, extra: store)
        #expect(signed.status == 0, "\(signed)")
        let token = signed.stdout.trimmingCharacters(in: .newlines)
        #expect(try #require(Checkpoint(token: token)).seq == 3)
        let holds = try DeskBinary.run(["verify", "--anchor", token], log: log, extra: store)
        #expect(holds.status == 0 && holds.stdout.contains("令牌相符"), "\(holds)")

        try cluster.psql("""
            ALTER TABLE event DISABLE TRIGGER event_append_only;
            DELETE FROM event WHERE desk_id = '330106' AND seq = 3;
            UPDATE desk_head SET head_seq = 2 WHERE desk_id = '330106';
            ALTER TABLE event ENABLE TRIGGER event_append_only;
            """)
        let cut = try DeskBinary.run(["verify", "--anchor", token], log: log,
                                     extra: store.merging(["XDG_STATE_HOME": scratch.file("elsewhere")]) { $1 })
        #expect(cut.status == 1 && cut.stdout.contains("令牌记录第 3 条"), "only the token tells elsewhere: \(cut)")
        let here = try DeskBinary.run(["add", "--title", "丙", "--locality", "城关镇"], log: log, extra: store)
        #expect(here.status == 1, "this machine saw event 3: \(here)")
        let listed = try DeskBinary.run(["list"], log: log, extra: store.merging(["XDG_STATE_HOME": scratch.file("elsewhere")]) { $1 })
        #expect(listed.stdout.contains("甲") && !listed.stdout.contains("乙"), "elsewhere the shorter stream reads: \(listed)")
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
