import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskTestSupport
import Foundation
import Testing

/// Either store, opened for real: a ledger file in the scratch folder, or a desk's stream on a
/// PostgreSQL cluster this fixture started (and stops when it is freed).
final class StoreFixture: @unchecked Sendable {  // only constants after init
    enum Kind: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case file, postgres
        var testDescription: String { rawValue }
    }

    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    let kind: Kind
    let scratch: Scratch
    let cluster: PostgresCluster?

    init(_ kind: Kind, _ name: String = #function) throws {
        self.kind = kind
        scratch = try Scratch(name)
        if kind == .postgres {
            let cluster = try PostgresCluster(in: scratch)
            _ = try StoreSchema.migrate(try PostgresStoreAddress(parsing: cluster.address(desk: "330106")))
            self.cluster = cluster
        } else {
            cluster = nil
        }
    }

    deinit {
        cluster?.stop()
        scratch.remove()
    }

    func address(_ desk: String) throws -> PostgresStoreAddress {
        try PostgresStoreAddress(parsing: cluster!.address(desk: desk))
    }

    /// A store on the desk's ledger: `ledger-<desk>.jsonl`, or the desk's stream.
    func store(desk: String = "330106", writable: Bool = true, patience: LockPatience = .standard,
               anchors: AnchorBook? = nil) throws -> any EventStore {
        switch kind {
        case .file:
            try LedgerFile(path: scratch.file("ledger-\(desk).jsonl"), access: writable ? .readWrite : .readOnly,
                             deskID: desk, operatorName: "测试员", now: { Date() }, timeZone: Self.zone, anchors: anchors,
                             patience: patience)
        case .postgres:
            try PostgresEventStore(address: address(desk), access: writable ? .readWrite : .readOnly, operatorName: "测试员",
                                   now: { Date() }, timeZone: Self.zone, patience: patience, anchors: anchors)
        }
    }

    func session(desk: String = "330106") throws -> DeskSession {
        try DeskSession(store: store(desk: desk), operatorName: "测试员")
    }

    @discardableResult
    func report(_ session: DeskSession, _ title: String, at moment: Date = Date()) throws -> Case {
        let appended = try session.record { state in
            let drafter = EventDrafter(state: state, now: moment, timeZone: Self.zone)
            return [try drafter.report(EventDrafter.Intake(title: title, locality: "城关镇"),
                                        newCaseID: CaseID(UUID().uuidString))]
        }
        return session.state[appended.last!.caseID!]!
    }
}
