import DutyDeskLog
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskPostgres

@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct PostgresChangesTests {
    /// After the server comes back the follower listens again, and the reader catches up from its cursor.
    @Test func aFollowerListensAgainAfterTheServerRestarts() throws {
        let fixture = try StoreFixture(.postgres)
        let console = try fixture.session()
        let changes = try PostgresChanges(address: fixture.address("330106"))
        let descriptor = try #require(changes.descriptor)
        fixture.cluster!.stop()
        try fixture.cluster!.start()
        // The one-second tick calls drain; each call listens again if the connection was lost,
        // and listening again wakes the follower once.
        var listening = false
        let deadline = Date().addingTimeInterval(10)
        while !listening, Date() < deadline {
            changes.drain()
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            listening = poll(&ready, 1, 200) == 1
        }
        #expect(listening)
        changes.drain()
        try fixture.report(fixture.session(), "重启后录入")
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 2000) == 1)
        #expect(try console.refresh() == 1)
    }
}
