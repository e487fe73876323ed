import DutyDeskCore
import DutyDeskLedger
import Foundation
import NIOCore
import PostgresNIO

/// Loads a verified ledger file's lines into a desk's stream, byte for byte, in one transaction
/// and one COPY.
///
/// The desk's existing events must be the file's first lines exactly; the rest are appended after
/// them, so importing the same file twice adds nothing and a file that disagrees adds nothing.
public enum StoreImport {
    /// Said in the operator's language by the app (`LedgerMessages.describe`).
    public enum Problem: Error, Sendable, Equatable {
        /// The desk's event `seq` is not the file's line `seq`.
        case disagrees(desk: String, seq: Int)
        /// The desk holds more events than the file has lines.
        case deskIsLonger(desk: String, events: Int, lines: Int)
    }

    /// `lines` are the file's verified lines (newline included) and their events, in order.
    /// Returns how many were new.
    public static func load(_ lines: [(event: Event, bytes: [UInt8])], into address: PostgresStoreAddress) throws -> Int {
        let link = PostgresLink(address)
        do {
            let existing = try link.query("SELECT 1 FROM desk_head WHERE desk_id = \(address.desk)")
            if existing.isEmpty {
                try link.query("INSERT INTO desk_head (desk_id, head_seq, head_hash) VALUES (\(address.desk), 0, \(LineFraming.genesisHash))")
            }
            return try link.transaction {
                let head = try link.query("SELECT head_seq FROM desk_head WHERE desk_id = \(address.desk) FOR UPDATE")
                let held = try head.first?.decode(Int.self) ?? 0
                guard held <= lines.count else {
                    throw Problem.deskIsLonger(desk: address.desk, events: held, lines: lines.count)
                }
                let stored = try link.query("SELECT seq, line FROM event WHERE desk_id = \(address.desk) ORDER BY seq")
                for row in stored {
                    let (seq, stored) = try row.decode((Int, ByteBuffer).self)
                    var line = stored
                    guard seq <= lines.count, line.readBytes(length: line.readableBytes) == lines[seq - 1].bytes else {
                        throw Problem.disagrees(desk: address.desk, seq: seq)
                    }
                }
                if lines.count > held {
                    // One COPY for every new line: a round trip per event made a large import crawl.
                    let rows = CopyRows(Array(lines.dropFirst(held)), desk: address.desk)
                    try link.copy(into: "event", columns: CopyRows.columns) { rows.fill(&$0) }
                }
                if let last = lines.last, lines.count > held {
                    let hash = PostgresEventStore.storedHash(last.bytes) ?? LineFraming.genesisHash
                    try link.query("UPDATE desk_head SET head_seq = \(lines.count), head_hash = \(hash) WHERE desk_id = \(address.desk)")
                    try link.query("SELECT pg_notify('dutydesk', \(address.desk))")
                }
                return lines.count - held
            }
        } catch let error as Problem {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unavailable(store: address.description, why: PostgresLink.unavailable(error))
        }
    }
}
