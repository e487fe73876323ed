import DutyDeskCore
import DutyDeskLog
import DutyDeskTestSupport
import Foundation
import Testing

/// How a command opens the ledger file: from its snapshot, saying why when it cannot, and never
/// left with a desk other than a full replay's, however the process that wrote the snapshot died.
@Suite struct DeskOptionsTests {
    /// A generated ledger of `count` lines as the writer frames them, and its events.
    static func ledger(_ scratch: Scratch, count: Int) throws -> (path: String, events: [Event]) {
        var shift = RandomShift(seed: 6)
        shift.record(count - 1)
        var bytes: [UInt8] = []
        var hash = LineFraming.genesisHash
        for event in shift.events {
            let line = LineFraming.encode(event, previousHash: hash, utcOffset: 8 * 3600)
            bytes += line.bytes
            hash = line.hash
        }
        let path = scratch.file("ledger.jsonl")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, shift.events)
    }

    static func restored(_ path: String) throws -> SnapshotCache.Opening {
        let log = try FileEventLog(path: path, access: .readOnly, deskID: "test-desk", recorder: "测试员", now: { Date() },
                                   timeZone: RandomShift.zone)
        return try SnapshotCache(ledgerPath: path).open(log, recorder: "测试员")
    }

    @Test func aLongReplayLeavesASnapshotAndARefusedOneIsNamedInTheOperatorsLanguage() throws {
        let scratch = try Scratch("snapshot-note")
        defer { scratch.remove() }
        let (path, events) = try Self.ledger(scratch, count: 1500)
        let full = try DeskBinary.run(["list", "--all"], log: path)
        #expect(full.status == 0 && full.stderr.isEmpty)
        let snapshot = SnapshotFile.path(forLedger: path)
        #expect(FileManager.default.fileExists(atPath: snapshot))
        let opening = try Self.restored(path)
        #expect(opening.startedAt == 1500 && opening.refusal == nil)
        #expect(CanonicalDesk(opening.session.state) == CanonicalDesk(DeskState(replaying: events)))

        for (language, words) in [("zh", "未使用快照"), ("en", "snapshot")] {
            try Data("不是快照".utf8).write(to: URL(fileURLWithPath: snapshot))
            let refused = try DeskBinary.run(["--lang", language, "list", "--all"], log: path)
            #expect(refused.status == 0)
            #expect(refused.stderr.contains(words) && refused.stderr.contains(snapshot), "\(refused.stderr)")
            #expect(refused.lines.count == full.lines.count)
            // Rebuilt: the next command says nothing.
            #expect(try DeskBinary.run(["list"], log: path).stderr.isEmpty)
        }
        // verify reads every line, whatever the snapshot.
        try Data("不是快照".utf8).write(to: URL(fileURLWithPath: snapshot))
        let verified = try DeskBinary.run(["verify"], log: path)
        #expect(verified.status == 0 && verified.stderr.isEmpty)
    }

    /// Killed at random moments, some while it writes the snapshot: what is left is either no
    /// snapshot or a whole one, and the desk opened from it is the full replay's.
    @Test func aKillWhileTheSnapshotIsWrittenLeavesTheFullReplaysDesk() throws {
        let scratch = try Scratch("snapshot-kill")
        defer { scratch.remove() }
        let (path, events) = try Self.ledger(scratch, count: 3000)
        let expected = CanonicalDesk(DeskState(replaying: events))
        let snapshot = SnapshotFile.path(forLedger: path)
        let started = Date()
        #expect(try DeskBinary.run(["list"], log: path).status == 0)
        let whole = Date().timeIntervalSince(started)
        var generator = RandomShift.Generator(seed: UInt64(Date().timeIntervalSince1970))
        for _ in 0..<8 {
            try? FileManager.default.removeItem(atPath: snapshot)
            let (process, _, _) = try DeskBinary.start(["list"], log: path)
            usleep(UInt32(Double.random(in: 0.2...1.0, using: &generator) * whole * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let opening = try Self.restored(path)
            #expect(opening.refusal == nil)
            #expect(CanonicalDesk(opening.session.state) == expected)
        }
    }
}
