import DutyDeskCore
import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// The full read the console starts beside a desk opened from its snapshot.
@Suite struct ChainCheckTests {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!

    /// A ledger of three cases, written as the desk writes it.
    static func ledger(at path: String) throws {
        let now = Date()
        let store = try LedgerFile(path: path, access: .readWrite, deskID: "测试县值班台", operatorName: "张伟",
                                   now: { now }, timeZone: zone)
        let session = try DeskSession(store: store, operatorName: "张伟")
        for title in ["网传自来水发黄", "夜间施工扰民", "路灯不亮"] {
            try session.record(by: "张伟") { state in
                var intake = EventDrafter.Intake(title: title, locality: "城关镇")
                intake.discoveredAt = now
                return [try EventDrafter(state: state, now: now, timeZone: zone).report(intake, newCaseID: CaseID(UUID().uuidString))]
            }
        }
    }

    /// A line changed in the middle of the file is found, and the snapshot (checked against one line
    /// only) is taken away, so the next command replays and stops at the damage.
    @Test func damageInTheMiddleIsFoundAndTheSnapshotTakenAway() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("ledger.jsonl")
        try Self.ledger(at: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("网传自来水发黄"))
        try text.replacingOccurrences(of: "网传自来水发黄", with: "网传自来水发白").write(toFile: path, atomically: false, encoding: .utf8)
        let snapshot = SnapshotFile.path(forLedger: path)
        #expect(FileManager.default.createFile(atPath: snapshot, contents: Data("stale".utf8)))

        let check = ChainCheck(path: path, timeZone: Self.zone)
        let deadline = Date().addingTimeInterval(30)
        while check.damage == nil, Date() < deadline { usleep(10_000) }
        let damage = try #require(check.damage, "the check found nothing within 30 s")
        #expect(damage.event == 2, "the first case's line, after log.created")
        #expect(damage.reason == .hashMismatch)
        #expect(!FileManager.default.fileExists(atPath: snapshot))
    }

    /// A sound chain is read to its end: the check says it finished and found nothing, and the
    /// snapshot stays.
    @Test func aSoundChainIsReadToTheEndAndKeepsTheSnapshot() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("ledger.jsonl")
        try Self.ledger(at: path)
        let snapshot = SnapshotFile.path(forLedger: path)
        #expect(FileManager.default.createFile(atPath: snapshot, contents: Data("kept".utf8)))

        let check = ChainCheck(path: path, timeZone: Self.zone)
        let deadline = Date().addingTimeInterval(30)
        while !check.isFinished, Date() < deadline { usleep(10_000) }
        #expect(check.isFinished, "the check did not finish within 30 s")
        #expect(check.damage == nil)
        #expect(FileManager.default.fileExists(atPath: snapshot))
    }
}
