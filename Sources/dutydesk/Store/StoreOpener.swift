import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import Foundation

/// The one place a store is built from a location, for every command, the console and the demo.
struct StoreOpener {
    let location: StoreLocation
    let deskID: String
    let operatorName: String
    let timeZone: TimeZone
    let anchors: AnchorBook?
    let patience: LockPatience

    /// Opens the desk's ledger; writing creates it if needed (a ledger file's folder too, mode 0750).
    func open(writable: Bool, now: @escaping () -> Date = WallClock.now) throws -> any EventStore {
        switch location {
        case .file(let path):
            if writable {
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                            attributes: [.posixPermissions: 0o750])
                }
            }
            return try LedgerFile(path: path, access: writable ? .readWrite : .readOnly, deskID: deskID,
                                    operatorName: operatorName, now: now, timeZone: timeZone, anchors: anchors,
                                    patience: patience)
        case .postgres(let address):
            return try PostgresEventStore(address: address, access: writable ? .readWrite : .readOnly,
                                          operatorName: operatorName, now: now, timeZone: timeZone, patience: patience,
                                          anchors: anchors)
        }
    }
}
