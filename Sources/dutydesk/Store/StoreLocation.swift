import DutyDeskLedger
import DutyDeskPostgres
import Foundation

/// Where the desk's ledger lives: a file (`--log`, the embedded default) or a desk's stream on
/// PostgreSQL (`--store postgres://…`). Side files (the intake draft) and the config beside the
/// ledger are derived from it here, and only here.
enum StoreLocation: Equatable {
    case file(path: String)
    case postgres(PostgresStoreAddress)

    /// `--store`/`DUTYDESK_STORE` when given (a postgres:// address, or a file path), else the ledger file.
    init(store: String?, ledgerPath: String) throws(PostgresStoreAddress.Problem) {
        guard let store, !store.isEmpty else {
            self = .file(path: ledgerPath)
            return
        }
        if store.contains("://") {
            self = .postgres(try PostgresStoreAddress(parsing: store))
        } else {
            self = .file(path: store)
        }
    }

    /// A file of this desk's beside the ledger: next to a ledger file, or for a database's desk in
    /// `stateFolder` under a name that says which server, database and desk it belongs to.
    func sideFile(_ suffix: String, stateFolder: String) -> String {
        switch self {
        case .file(let path): path + suffix
        case .postgres(let address):
            (stateFolder as NSString).appendingPathComponent(
                "desk-\(address.desk)@\(address.host)-\(address.port)-\(address.database)\(suffix)")
        }
    }

    /// The folder whose `config.toml` is the desk's when no other is named: a ledger file's; none for a database.
    var configFolder: String? {
        switch self {
        case .file(let path): (path as NSString).deletingLastPathComponent
        case .postgres: nil
        }
    }
}
