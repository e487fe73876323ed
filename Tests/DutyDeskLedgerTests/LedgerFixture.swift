import DutyDeskCore
import DutyDeskTestSupport
import Foundation
@testable import DutyDeskLedger

/// Opens real ledger files in a scratch folder and records through the real session.
struct LedgerFixture {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    let scratch: Scratch

    init(_ name: String = #function) throws { scratch = try Scratch(name) }

    /// This test's own anchor folder.
    var anchors: AnchorBook { AnchorBook(folder: scratch.file("state")) }

    func store(_ path: String, _ access: LedgerFile.Access = .readWrite, anchored: Bool = false,
               patience: LockPatience = .standard) throws -> LedgerFile {
        try LedgerFile(path: path, access: access, deskID: "test-desk", operatorName: "测试员", now: { Date() },
                         timeZone: Self.zone, anchors: anchored ? anchors : nil, patience: patience)
    }

    func session(_ path: String, anchored: Bool = false) throws -> DeskSession {
        try DeskSession(store: store(path, anchored: anchored), operatorName: "测试员")
    }

    /// `ledger.jsonl` in the scratch folder with one case per title, and the session that wrote it.
    func ledger(_ titles: [String], anchored: Bool = false) throws -> (path: String, session: DeskSession, cases: [Case]) {
        let path = scratch.file("ledger.jsonl")
        let session = try self.session(path, anchored: anchored)
        return (path, session, try titles.map { try report(session, $0) })
    }

    @discardableResult
    func report(_ session: DeskSession, _ title: String) throws -> Case {
        let appended = try session.record { state in
            let drafter = EventDrafter(state: state, now: Date(), timeZone: Self.zone)
            return [try drafter.report(EventDrafter.Intake(title: title, locality: "城关镇"),
                                        newCaseID: CaseID(UUID().uuidString))]
        }
        return session.state[appended.last!.caseID!]!
    }

    func note(_ session: DeskSession, _ code: String, _ text: String) throws {
        try session.record { state in
            [try EventDrafter(state: state, now: Date(), timeZone: Self.zone).note(code, text: text)]
        }
    }

    func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Offsets where each line starts.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") && $0 + 1 < bytes.count }.map { $0 + 1 }
    }
}
