import DutyDeskLedger
import Foundation
import Glibc
import PostgresNIO

/// Wakes a console when another writer appends to its desk: `LISTEN dutydesk` on a connection of
/// its own, and every notification naming the desk writes a byte into a pipe that the console's
/// poll(2) watches. A lost connection wakes the console too, and its `drain` listens again (while
/// the server is away, a wake every second asks again); meanwhile its one-second tick reads the
/// stream anyway (the polling fallback), and the catch-up from the cursor brings whatever was missed.
public final class PostgresChanges: StoreChanges {
    public var descriptor: Int32? { pipeEnds.read }
    private let pipeEnds: (read: Int32, write: Int32)
    private let link: PostgresLink
    private var listening: PostgresConnection?
    private let alarm: Alarm

    /// Which desks' appends wake it: the address's desk alone, or every desk under a prefix (the city view).
    private let wakesFor: @Sendable (String) -> Bool

    public convenience init(address: PostgresStoreAddress) throws {
        let desk = address.desk
        try self.init(address: address) { $0 == desk }
    }

    /// Woken by an append to any desk whose code starts with `prefix`.
    public convenience init(address: PostgresStoreAddress, desks prefix: String) throws {
        try self.init(address: address) { $0.hasPrefix(prefix) }
    }

    private init(address: PostgresStoreAddress, wakesFor: @escaping @Sendable (String) -> Bool) throws {
        self.wakesFor = wakesFor
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw StoreError.unavailable("pipe: \(String(cString: strerror(errno)))") }
        for end in ends {
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        pipeEnds = (ends[0], ends[1])
        alarm = Alarm(ends[1])
        link = PostgresLink(address)
        listen()
    }

    deinit {
        // Callbacks still pending on the event loop (a close, a retry) must not write into a
        // descriptor number the process may already have given to another file.
        alarm.silence()
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
        let alarm = alarm
        @Sendable func wakeUp() { alarm.ring() }
        guard let connection = try? link.connect() else {
            // The server is away: ask again in a second, by waking the console, which drains.
            _ = link.eventLoop.scheduleTask(in: .seconds(1)) { wakeUp() }
            return listening = nil
        }
        let wakesFor = wakesFor
        connection.addListener(channel: "dutydesk") { _, notification in
            guard wakesFor(notification.payload) else { return }
            wakeUp()
        }
        do {
            // LISTEN's answer is waited for a bounded time: a server that took the connection and
            // says nothing must not hold the console's loop.
            let answered = connection.eventLoop.makePromise(of: Void.self), address = link.address.description
            connection.query(PostgresQuery(unsafeSQL: "LISTEN dutydesk"), logger: link.logger).map { _ in }
                .cascade(to: answered)
            let silence = connection.eventLoop.scheduleTask(in: Self.patience) {
                answered.fail(StoreError.unavailable("\(address): LISTEN unanswered"))
            }
            defer { silence.cancel() }
            try answered.futureResult.wait()
            listening = connection
            // A lost listener wakes the console, whose drain listens again; whatever was appended
            // meanwhile is read from the cursor.
            connection.closeFuture.whenComplete { _ in wakeUp() }
            wakeUp()
        } catch {
            _ = connection.close() as EventLoopFuture<Void>
            listening = nil
            _ = link.eventLoop.scheduleTask(in: .seconds(1)) { wakeUp() }
        }
    }

    /// How long LISTEN may go unanswered before the connection is given up and tried again.
    static let patience = TimeAmount.seconds(5)
}

/// The pipe's write end as the event loop's callbacks see it: a byte written to wake the
/// console, until the follower is gone.
private final class Alarm: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptor: Int32?

    init(_ descriptor: Int32) { self.descriptor = descriptor }

    func ring() {
        lock.withLock {
            guard let descriptor else { return }
            var byte: UInt8 = 1
            _ = write(descriptor, &byte, 1)
        }
    }

    func silence() { lock.withLock { descriptor = nil } }
}
