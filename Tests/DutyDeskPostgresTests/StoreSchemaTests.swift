import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskPostgres

@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct StoreSchemaTests {
    @Test func aStoreWithoutTheSchemaNamesTheMigration() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cluster = try PostgresCluster(in: scratch)
        defer { cluster.stop() }
        let address = try PostgresStoreAddress(parsing: cluster.address(desk: "330106"))
        #expect {
            try PostgresEventStore(address: address, access: .readWrite, operatorName: "测试员", now: { Date() },
                                   timeZone: StoreFixture.zone)
        } throws: {
            ($0 as? StoreError) == .unavailable(store: address.description, why: .schemaBehind(expected: StoreSchema.migrations.count))
                && "\($0)".contains("dutydesk store migrate")
        }
        // A database never set up has no tables at all: the same answer, not the server's "no such relation".
        #expect(throws: StoreError.unavailable(store: address.description, why: .schemaBehind(expected: StoreSchema.migrations.count))) {
            try StoreDesks.under("33", at: address)
        }
        let first = try StoreSchema.migrate(address)
        #expect(first.from == 0 && first.to == StoreSchema.migrations.count)
        let again = try StoreSchema.migrate(address)
        #expect(again.from == StoreSchema.migrations.count && again.to == StoreSchema.migrations.count)
    }
}
