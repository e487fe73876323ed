import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskPostgres

/// The desks a database holds, by code prefix: a city's counties in code order, and a prefix read
/// as the code's start, never as a LIKE pattern.
@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct StoreDesksTests {
    @Test func aPrefixIsTheCodesStartAndTheDesksComeInCodeOrder() throws {
        let fixture = try StoreFixture(.postgres)
        for desk in ["330106", "330102", "330200"] {
            try fixture.report(try fixture.session(desk: desk), "事件 \(desk)")
        }
        let address = try fixture.address("330106")
        #expect(try StoreDesks.under("3301", at: address) == ["330102", "330106"])
        #expect(try StoreDesks.under("", at: address) == ["330102", "330106", "330200"])
        #expect(try StoreDesks.under("33_1", at: address).isEmpty, "`_` is a character of the code, not a wildcard")
        #expect(try StoreDesks.under("%", at: address).isEmpty)
        #expect(address.desk("330102") == PostgresStoreAddress(user: address.user, host: address.host, port: address.port,
                                                               database: address.database, desk: "330102"))
    }
}
