import DutyDeskCore
import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk snapshot` writes the snapshot a later command starts from, in the operator's
/// language, and none for a ledger that does not read sound.
@Suite struct SnapshotCommandTests {
    @Test func itWritesTheSnapshotALaterCommandStartsFrom() throws {
        let scratch = try Scratch("snapshot-command")
        defer { scratch.remove() }
        let (path, events) = try DeskOptionsSnapshotTests.ledger(scratch, count: 400)
        let english = try DeskBinary.run(["--lang", "en", "snapshot"], log: path)
        #expect(english.status == 0 && english.stdout.contains("snapshot") && english.stdout.contains("400 events"),
                "\(english.stdout)")
        let chinese = try DeskBinary.run(["snapshot"], log: path)
        #expect(chinese.status == 0 && chinese.stdout.contains("快照已写入") && chinese.stdout.contains("400 条记录"))
        let opening = try DeskOptionsSnapshotTests.restored(path)
        #expect(opening.refusal == nil && opening.startedAt == 400)
        #expect(CanonicalDesk(opening.session.state) == CanonicalDesk(DeskState(replaying: events)))
    }

    @Test func aDamagedLedgerGetsNoSnapshot() throws {
        let scratch = try Scratch("snapshot-damaged")
        defer { scratch.remove() }
        let (path, _) = try DeskOptionsSnapshotTests.ledger(scratch, count: 400)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let middle = bytes.count / 2
        bytes[middle] = bytes[middle] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let refused = try DeskBinary.run(["snapshot"], log: path)
        #expect(refused.status == 1 && refused.stderr.contains("未写快照"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: SnapshotFile.path(forLedger: path)))
    }
}
