import DutyDeskLedger
import Foundation
import Glibc
import PostgresNIO

/// Wakes a console when another writer appends to its desk: `LISTEN dutydesk` on a connection of
/// its own, and every notification naming the desk writes a byte into a pipe that the console's
/// poll(2) watches. Connecting and listening happen on the event loop, never on the console's
/// thread: a server that is away, or one that takes the connection and says nothing, costs the
/// console no wait. A lost connection wakes the console too, and its `drain` listens again (while
/// the server is away, a wake every second asks again); meanwhile its one-second tick reads the
/// stream anyway (the polling fallback), and the catch-up from the cursor brings whatever was missed.
public final class PostgresChanges: StoreChanges {
    public var descriptor: Int32? { pipeEnds.read }
    private let pipeEnds: (read: Int32, write: Int32)
    private let link: PostgresLink
    private let alarm: Alarm
    private let listener = Listener()

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
        guard pipe(&ends) == 0 else { throw StoreError.unavailable(store: address.description, why: .system(call: "pipe", errno: errno)) }
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
        _ = try? listener.stop()?.close().wait()
        close(pipeEnds.read)
        close(pipeEnds.write)
    }

    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while buffer.withUnsafeMutableBytes({ read(pipeEnds.read, $0.baseAddress, $0.count) }) > 0 {}
        listen()
    }

    /// Starts connecting and listening unless a connection listens or is on its way; returns at once.
    private func listen() {
        guard listener.begin() else { return }
        let alarm = alarm, listener = listener, wakesFor = wakesFor, logger = link.logger
        let address = link.address.description, eventLoop = link.eventLoop
        @Sendable func wakeUp() { alarm.ring() }
        @Sendable func tryAgainSoon() {
            listener.failed()
            // The server is away or silent: ask again in a second, by waking the console, which drains.
            _ = eventLoop.scheduleTask(in: .seconds(1)) { wakeUp() }
        }
        // Connecting is bounded too: a server that takes the connection and never answers its
        // startup would otherwise leave the follower connecting for ever.
        let connected = eventLoop.makePromise(of: PostgresConnection.self)
        let giveUp = eventLoop.scheduleTask(in: Self.patience) {
            connected.fail(StoreError.unavailable(store: address.description, why: .silent))
        }
        let attempt = link.connecting()
        attempt.cascade(to: connected)
        // A connection that arrives after it was given up is closed, not kept.
        connected.futureResult.whenFailure { _ in attempt.whenSuccess { _ = $0.close() as EventLoopFuture<Void> } }
        connected.futureResult.whenComplete { result in
            giveUp.cancel()
            guard case .success(let connection) = result else { return tryAgainSoon() }
            connection.addListener(channel: "dutydesk") { _, notification in
                guard wakesFor(notification.payload) else { return }
                wakeUp()
            }
            // LISTEN's answer is waited for a bounded time: a server that took the connection and
            // says nothing is given up and asked again.
            let answered = connection.eventLoop.makePromise(of: Void.self)
            connection.query(PostgresQuery(unsafeSQL: "LISTEN dutydesk"), logger: logger).map { _ in }.cascade(to: answered)
            let silence = connection.eventLoop.scheduleTask(in: Self.patience) {
                answered.fail(StoreError.unavailable(store: address.description, why: .silent))
            }
            answered.futureResult.whenComplete { outcome in
                silence.cancel()
                guard case .success = outcome else {
                    _ = connection.close() as EventLoopFuture<Void>
                    return tryAgainSoon()
                }
                listener.listening(on: connection)
                // A lost listener wakes the console, whose drain listens again; whatever was
                // appended meanwhile is read from the cursor.
                connection.closeFuture.whenComplete { _ in
                    listener.lost(connection)
                    wakeUp()
                }
                wakeUp()
            }
        }
    }

    /// How long connecting, and then LISTEN, may go unanswered before it is given up and tried again.
    static let patience = TimeAmount.seconds(5)
}

/// Where the LISTEN connection stands, as the console's thread and the event loop's callbacks both see it.
private final class Listener: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var connecting = false
    private var stopped = false

    /// True when the caller is to start connecting: nothing listens and nothing is on its way.
    func begin() -> Bool {
        lock.withLock {
            if stopped || connecting { return false }
            if let connection, !connection.isClosed { return false }
            connection = nil
            connecting = true
            return true
        }
    }

    func listening(on connection: PostgresConnection) {
        let late = lock.withLock {
            connecting = false
            if stopped { return true }
            self.connection = connection
            return false
        }
        // The follower went away while the connection was on its way.
        if late { _ = connection.close() as EventLoopFuture<Void> }
    }

    func failed() { lock.withLock { connecting = false } }

    func lost(_ connection: PostgresConnection) {
        lock.withLock { if self.connection === connection { self.connection = nil } }
    }

    /// No more listening; the connection that listens, for the caller to close.
    func stop() -> PostgresConnection? {
        lock.withLock {
            stopped = true
            defer { connection = nil }
            return connection
        }
    }
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
