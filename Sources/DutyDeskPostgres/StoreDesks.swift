import DutyDeskLedger
import Foundation
import PostgresNIO

/// The desks a database holds streams for. Desk ids are administrative-division codes, so the
/// desks under a prefix (3301) are a city's counties (330102, 330106 …).
public enum StoreDesks {
    /// The desks whose code starts with `prefix` (all of them for ""), in code order.
    public static func under(_ prefix: String, at address: PostgresStoreAddress,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        let link = PostgresLink(address, environment: environment)
        do {
            // LIKE would read `_` and `%` in a prefix; the prefix is compared as the code's start instead.
            let rows = try link.query("""
                SELECT desk_id FROM desk_head WHERE left(desk_id, length(\(prefix))) = \(prefix) ORDER BY desk_id
                """)
            return try rows.map { try $0.decode(String.self) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unavailable(store: address.description, why: PostgresLink.unavailable(error))
        }
    }
}

extension PostgresStoreAddress {
    /// The same server and database, another desk's stream.
    public func desk(_ code: String) -> PostgresStoreAddress {
        PostgresStoreAddress(user: user, host: host, port: port, database: database, desk: code)
    }
}
