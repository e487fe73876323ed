import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Glibc
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

    /// A server that takes the connection and then says nothing (a hung host, a half-open link)
    /// costs the console's thread no wait: the follower starts and drains at once, every time.
    @Test func aSilentServerNeverHoldsTheConsolesThread() throws {
        let silent = try SilentServer()
        defer { silent.close() }
        let address = try PostgresStoreAddress(parsing: "postgres://dutydesk@127.0.0.1:\(silent.port)/dutydesk?desk=330106")
        let started = Date()
        let changes = try PostgresChanges(address: address)
        for _ in 0..<3 { changes.drain() }
        #expect(Date().timeIntervalSince(started) < 1, "the follower waited on a silent server")
        #expect(silent.acceptedSomething(), "the follower did try to connect")
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

/// A TCP port on loopback that takes connections into its backlog and never answers a byte.
private final class SilentServer {
    let port: Int
    private let socket: Int32

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 16) == 0 else {
            _ = Glibc.close(socket)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        self.socket = socket
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether a connection is waiting in the backlog (polled for up to a second).
    func acceptedSomething() -> Bool {
        var ready = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&ready, 1, 1000) == 1
    }

    func close() { _ = Glibc.close(socket) }
}
