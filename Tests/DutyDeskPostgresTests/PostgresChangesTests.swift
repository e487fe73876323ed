import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskPostgres

@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct PostgresChangesTests {
    /// A listener whose backend is terminated wakes the console by itself (no tick calls drain),
    /// listens again on that drain, and the appends after it wake the console as before.
    @Test func aListenerWhoseBackendIsTerminatedListensAgainAndCatchesUp() throws {
        let fixture = try StoreFixture(.postgres)
        let console = try fixture.session()
        let changes = try PostgresChanges(address: fixture.address("330106"))
        let descriptor = try #require(changes.descriptor)
        func woken(within milliseconds: Int32) -> Bool {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            return poll(&ready, 1, milliseconds) == 1
        }
        #expect(woken(within: 1000), "listening wakes once")
        changes.drain()
        let terminated = try fixture.cluster!.psql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = 'LISTEN dutydesk'")
        #expect(terminated.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "\(terminated)")
        try fixture.report(fixture.session(), "监听断开时录入")
        #expect(woken(within: 3000), "the lost listener wakes the console")
        changes.drain()
        #expect(try console.refresh() == 1, "what was appended meanwhile is read from the cursor")
        #expect(woken(within: 1000), "listening again wakes once more")
        changes.drain()
        try fixture.report(fixture.session(), "重新监听后录入")
        #expect(woken(within: 2000), "the new listener hears the next append")
        #expect(try console.refresh() == 1)
    }

    @Test func aCityFollowerWakesForEveryDeskUnderItsPrefixAndNoOther() throws {
        let fixture = try StoreFixture(.postgres)
        let changes = try PostgresChanges(address: fixture.address("330100"), desks: "3301")
        let descriptor = try #require(changes.descriptor)
        func woken(within milliseconds: Int32) -> Bool {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            return poll(&ready, 1, milliseconds) == 1
        }
        #expect(woken(within: 1000))
        changes.drain()
        try fixture.report(fixture.session(desk: "330201"), "另一个市")
        #expect(!woken(within: 500), "a desk of another city does not wake it")
        try fixture.report(fixture.session(desk: "330108"), "本市的县")
        #expect(woken(within: 2000))
    }

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
