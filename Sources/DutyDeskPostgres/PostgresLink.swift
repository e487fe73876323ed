import DutyDeskLedger
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to the server, used synchronously: postgres-nio runs on the process's shared
/// event loops and the caller (the CLI, the console's loop) blocks on each answer with `wait()`,
/// which is allowed anywhere but on those loops. A lost connection is opened again on the next
/// query. Every link shares NIO's one group, so a city view over twenty desks holds twenty
/// connections but no thread of its own per desk.
final class PostgresLink {
    let address: PostgresStoreAddress
    private let password: String?
    private let group = MultiThreadedEventLoopGroup.singleton
    private var connection: PostgresConnection?
    /// Silent: a line on stderr would land in the middle of the console's screen.
    let logger = Logger(label: "dutydesk.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    /// `lock_timeout` for the desk's head row, in milliseconds (0 waits for ever in PostgreSQL, so never 0).
    var lockTimeoutMilliseconds = 30_000 {
        didSet { applied = false }
    }
    private var applied = false
    /// Inside a transaction a lost connection must not be replaced: the rest would run outside it.
    private var pinned = false

    /// The connection went away inside a transaction; whether its COMMIT happened is unknown.
    struct Lost: Error {}

    init(_ address: PostgresStoreAddress, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.address = address
        password = PassFile.password(for: address, environment: environment)
    }

    deinit {
        _ = try? connection?.close().wait()
    }

    var eventLoop: any EventLoop { group.next() }

    /// A new connection, waited for.
    func connect() throws -> PostgresConnection {
        do {
            return try connecting().wait()
        } catch {
            throw StoreError.unreachable(store: address.description, why: Self.unreachable(error))
        }
    }

    /// Why the connection was not made, by the server's SQLSTATE when it answered.
    static func unreachable(_ error: any Error) -> StoreUnreachable {
        switch sqlState(error) {
        case nil: .noAnswer
        case "28P01", "28000": .authentication
        case "3D000": .noDatabase
        case let code?: .refused(code: code)
        }
    }

    /// A new connection, for a caller that keeps its own and must not wait for it (the follower's LISTEN).
    func connecting() -> EventLoopFuture<PostgresConnection> {
        var configuration = PostgresConnection.Configuration(host: address.host, port: address.port,
                                                             username: address.user, password: password,
                                                             database: address.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(5)
        return PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1, logger: logger)
    }

    /// The rows of one statement; parameters are bound, never spliced into the text.
    @discardableResult
    func query(_ query: PostgresQuery) throws -> [PostgresRow] {
        let connection = try open()
        do {
            return try answer(connection.query(query, logger: logger), on: connection).rows
        } catch {
            drop(connection, after: error)
            throw error
        }
    }

    /// One statement without parameters (BEGIN, COMMIT, a migration's step).
    func script(_ sql: String) throws {
        let connection = try open()
        do {
            _ = try answer(connection.query(PostgresQuery(unsafeSQL: sql), logger: logger), on: connection)
        } catch {
            drop(connection, after: error)
            throw error
        }
    }

    /// Runs `body` in one READ COMMITTED transaction; any error rolls it back.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try script("BEGIN ISOLATION LEVEL READ COMMITTED")
        pinned = true
        defer { pinned = false }
        do {
            let result = try body()
            try script("COMMIT")
            return result
        } catch {
            if let connection, !connection.isClosed {
                _ = try? answer(connection.query(PostgresQuery(unsafeSQL: "ROLLBACK"), logger: logger), on: connection)
            }
            throw error
        }
    }

    /// The answer to a query, or `Lost` once the server has been silent past the lock's patience and
    /// a margin: seen in the fault test, a query sent as its backend is killed can be left with no
    /// answer and no error for ever, and a blocked caller would hang with it. The connection is
    /// closed, so the next query opens a new one; inside a transaction, `Lost` means the COMMIT's
    /// fate is unknown, which the store resolves by the append's event id.
    private func answer<T: Sendable>(_ future: EventLoopFuture<T>, on connection: PostgresConnection) throws -> T {
        let promise = future.eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        let silence = future.eventLoop.scheduleTask(in: .milliseconds(Int64(max(1, lockTimeoutMilliseconds)) + 5_000)) {
            promise.fail(Lost())
            _ = connection.close() as EventLoopFuture<Void>
        }
        defer { silence.cancel() }
        do {
            return try promise.futureResult.wait()
        } catch is Lost {
            self.connection = nil
            throw Lost()
        }
    }

    /// `COPY table (columns) FROM STDIN` in the text format, inside the transaction that is open:
    /// `rows` writes the already escaped rows, a chunk at a time, into the buffer it is handed.
    /// postgres-nio's COPY is async; the caller waits for it as it waits for every other answer.
    func copy(into table: String, columns: [String],
              rows: @escaping @Sendable (_ chunk: inout ByteBuffer) -> Bool) throws {
        let connection = try open()
        let outcome = CopyOutcome()
        let logger = logger
        Task {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    var more = true
                    while more {
                        var chunk = ByteBuffer()
                        more = rows(&chunk)
                        try await writer.write(chunk)
                    }
                }
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        if let error = outcome.wait() {
            drop(connection, after: error)
            throw error
        }
    }

    /// Forgets a connection that failed because it was lost, so the next query opens a new one. The
    /// server's FATAL (a killed backend, 57P01) can arrive before the channel has closed: waiting for
    /// `isClosed` alone would hand the dying connection to the next query, which then fails too. It
    /// is closed and waited for first: a connection must not be let go of while its channel is open.
    private func drop(_ failed: PostgresConnection, after error: any Error) {
        guard failed.isClosed || Self.lostConnection(error) else { return }
        if !failed.isClosed { try? failed.close().wait() }
        if connection === failed { connection = nil }
    }

    /// Drops the connection, as a lost one is dropped: the next query opens a new one.
    func reset() {
        _ = try? connection?.close().wait()
        connection = nil
    }

    private func open() throws -> PostgresConnection {
        if let connection, !connection.isClosed {
            if !applied {
                _ = try answer(connection.query(PostgresQuery(unsafeSQL: "SET lock_timeout = \(max(1, lockTimeoutMilliseconds))"),
                                                logger: logger), on: connection)
                applied = true
            }
            return connection
        }
        if pinned { throw Lost() }
        let fresh = try connect()
        connection = fresh
        applied = false
        return try open()
    }

    /// The server's message and SQLSTATE, or the connection's trouble, without any password.
    /// What the server or the connection said, for `StoreError.unavailable`.
    static func unavailable(_ error: any Error) -> StoreUnavailable {
        guard let error = error as? PSQLError else { return .connection("\(error)") }
        if let info = error.serverInfo {
            // 42P01, no such table: the database was never set up (`dutydesk store init`), the same
            // answer as a schema behind, which names the command.
            if info[.sqlState] == "42P01" { return .schemaBehind(expected: StoreSchema.migrations.count) }
            return .server(message: info[.message] ?? "", code: info[.sqlState] ?? "?")
        }
        return .connection("\(error.code)")
    }

    static func sqlState(_ error: any Error) -> String? { (error as? PSQLError)?.serverInfo?[.sqlState] }

    /// True when the server's answer never arrived: whether a COMMIT took effect is unknown.
    static func lostConnection(_ error: any Error) -> Bool {
        if error is Lost { return true }
        guard let error = error as? PSQLError else { return error is ChannelError || error is IOError }
        // The backend was terminated (pg_terminate_backend) or the server is shutting down.
        if let state = error.serverInfo?[.sqlState], state.hasPrefix("57P") || state.hasPrefix("08") { return true }
        return [.serverClosedConnection, .connectionError, .uncleanShutdown, .clientClosedConnection].contains(error.code)
    }
}

/// The end of a COPY, handed from its task to the thread that waits for it.
private final class CopyOutcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var error: (any Error)?

    func finish(_ error: (any Error)?) {
        self.error = error
        done.signal()
    }

    func wait() -> (any Error)? {
        done.wait()
        return error
    }
}
