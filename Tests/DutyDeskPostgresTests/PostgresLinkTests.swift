import DutyDeskTestSupport
import Foundation
import PostgresNIO
import Testing
@testable import DutyDeskPostgres

@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct PostgresLinkTests {
    @Test func outsideATransactionAKilledBackendIsReplacedInsideItIsLost() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cluster = try PostgresCluster(in: scratch)
        defer { cluster.stop() }
        let link = PostgresLink(try PostgresStoreAddress(parsing: cluster.address(desk: "330106")))
        let pid = try #require(try link.query("SELECT pg_backend_pid()").first?.decode(Int32.self))
        try cluster.psql("SELECT pg_terminate_backend(\(pid))")
        // The link may hear of the kill before its next query (then it connects anew at once) or
        // from that query's failure, which is a lost connection; the query after it reconnects.
        var answer: [PostgresRow]?
        do {
            answer = try link.query("SELECT pg_backend_pid()")
        } catch {
            #expect(PostgresLink.lostConnection(error), "\(error)")
        }
        let rows = try answer ?? link.query("SELECT pg_backend_pid()")
        let again = try #require(try rows.first?.decode(Int32.self))
        #expect(again != pid)
        // Inside a transaction a lost connection is never replaced: the rest would run outside it.
        #expect {
            try link.transaction {
                let inside = try #require(try link.query("SELECT pg_backend_pid()").first?.decode(Int32.self))
                try cluster.psql("SELECT pg_terminate_backend(\(inside))")
                try link.query("SELECT 1")
                try link.query("SELECT 1")
            }
        } throws: { PostgresLink.lostConnection($0) }
    }
}
