import Foundation

/// Where a desk's stream lives on PostgreSQL: `postgres://user@host:port/db?desk=CODE`.
///
/// The password is never part of the address: it comes from `PGPASSWORD` or `~/.pgpass`, so it
/// cannot end up in a ledger, a log line or a process listing.
public struct PostgresStoreAddress: Sendable, Equatable, CustomStringConvertible {
    public let user: String
    public let host: String
    public let port: Int
    public let database: String
    /// The desk's administrative-division code (e.g. 330106).
    public let desk: String

    /// What is wrong with an address; the app says it in the operator's language (`LedgerMessages.describe`).
    public enum Problem: Error, Sendable, Equatable {
        case notPostgres(String)
        case passwordInAddress
        case missing(String)
        case badDesk(String)
    }

    public init(user: String, host: String, port: Int, database: String, desk: String) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.desk = desk
    }

    public init(parsing text: String) throws(Problem) {
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://"),
              let parts = URLComponents(string: text) else { throw .notPostgres(text) }
        guard parts.password == nil else { throw .passwordInAddress }
        guard let user = parts.user, !user.isEmpty else { throw .missing("user") }
        guard let host = parts.host, !host.isEmpty else { throw .missing("host") }
        let database = String(parts.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw .missing("database") }
        guard let desk = parts.queryItems?.first(where: { $0.name == "desk" })?.value else { throw .missing("desk") }
        guard !desk.isEmpty, desk.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .badDesk(desk) }
        self.init(user: user, host: host, port: parts.port ?? 5432, database: database, desk: desk)
    }

    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)?desk=\(desk)" }
}
