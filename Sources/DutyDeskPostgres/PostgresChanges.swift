import DutyDeskLog
import Foundation
import Glibc
import PostgresNIO

/// Wakes a console when another writer appends to its desk: `LISTEN dutydesk` on a connection of
/// its own, and every notification naming the desk writes a byte into a pipe that the console's
/// poll(2) watches. A lost connection is opened again on the next `drain`, which the console calls
/// at least every second; until then its one-second tick reads the stream anyway (the polling
/// fallback), and the catch-up from the cursor brings whatever was missed.
public final class PostgresChanges: StoreChanges {
    public var descriptor: Int32? { pipeEnds.read }
    private let pipeEnds: (read: Int32, write: Int32)
    private let link: PostgresLink
    private var listening: PostgresConnection?

    public init(address: PostgresStoreAddress) throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw StoreError.unavailable("pipe: \(String(cString: strerror(errno)))") }
        for end in ends {
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        pipeEnds = (ends[0], ends[1])
        link = PostgresLink(address)
        listen()
    }

    deinit {
        _ = try? listening?.close().wait()
        close(pipeEnds.read)
        close(pipeEnds.write)
    }

    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while buffer.withUnsafeMutableBytes({ read(pipeEnds.read, $0.baseAddress, $0.count) }) > 0 {}
        if listening?.isClosed ?? true { listen() }
    }

    private func listen() {
        guard let connection = try? link.connect() else { return listening = nil }
        let desk = link.address.desk, wake = pipeEnds.write
        connection.addListener(channel: "dutydesk") { _, notification in
            guard notification.payload == desk else { return }
            var byte: UInt8 = 1
            _ = write(wake, &byte, 1)
        }
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: "LISTEN dutydesk"), logger: link.logger).wait()
            listening = connection
            // Whatever was appended while no one listened is read from the cursor on the next tick.
            var byte: UInt8 = 1
            _ = write(wake, &byte, 1)
        } catch {
            _ = try? connection.close().wait()
            listening = nil
        }
    }
}
