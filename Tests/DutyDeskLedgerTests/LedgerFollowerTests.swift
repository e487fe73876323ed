import Foundation
import Glibc
import Testing
@testable import DutyDeskLedger

@Suite struct LedgerFollowerTests {
    static func readable(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 1
    }

    /// An append by another process wakes the follower; draining quiets it until the next change.
    @Test func anAppendWakesTheFollowerAndDrainingQuietsIt() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, session, _) = try fixture.ledger(["甲"])
        let follower = LedgerFollower(path: path)
        let descriptor = try #require(follower.descriptor, "inotify is available here")
        #expect(!Self.readable(descriptor))
        try fixture.report(session, "乙")
        #expect(Self.readable(descriptor))
        follower.drain()
        #expect(!Self.readable(descriptor))
    }

    /// A ledger not there yet is still followed through its folder: creating it wakes the follower.
    @Test func aLedgerCreatedLaterIsSeenThroughItsFolder() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("later.jsonl")
        let follower = LedgerFollower(path: path)
        let descriptor = try #require(follower.descriptor)
        #expect(!Self.readable(descriptor))
        _ = try fixture.session(path)
        #expect(Self.readable(descriptor))
    }
}
