import Foundation

/// A throwaway PostgreSQL cluster in a test's scratch folder, on a loopback port, with the
/// store's schema; `stop` (also run when it is freed) ends it with `pg_ctl -m immediate`, so no
/// server outlives its test. initdb refuses to run as root: as root the cluster belongs to the
/// unprivileged `postgres` user (Debian's package makes it), otherwise to whoever runs the tests.
public final class PostgresCluster: @unchecked Sendable {  // `running` is behind `lock`
    public let port: Int
    public let folder: String
    public var data: String { folder + "/data" }
    /// The superuser and database the tests use; authentication is `trust` on loopback only.
    public let user = "dutydesk"
    public let database = "dutydesk"
    private var running = false
    private let lock = NSLock()

    public enum Problem: Error, CustomStringConvertible {
        case notInstalled
        case failed(String, String)
        public var description: String {
            switch self {
            case .notInstalled: "PostgreSQL's initdb was not found (scripts/test installs the postgresql package)"
            case .failed(let step, let output): "\(step) failed: \(output)"
            }
        }
    }

    /// Where initdb, pg_ctl and psql are together: Debian's /usr/lib/postgresql/<version>/bin
    /// (the newest), else a folder on PATH that has all three.
    public static let binaries: String? = {
        let tools = ["initdb", "pg_ctl", "psql"]
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let folders = versions.compactMap(Int.init).sorted(by: >).map { "/usr/lib/postgresql/\($0)/bin" } + path
        return folders.first { folder in tools.allSatisfy { FileManager.default.isExecutableFile(atPath: folder + "/" + $0) } }
    }()

    public static var isInstalled: Bool { binaries != nil }

    public init(in scratch: Scratch) throws {
        guard let binaries = Self.binaries else { throw Problem.notInstalled }
        folder = scratch.file("postgres")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        port = try Self.freePort()
        if getuid() == 0 {
            try Self.step("chown", ["chown", "postgres:postgres", folder])
        }
        try Self.step("initdb", asOwner([binaries + "/initdb", "-D", data, "-U", user, "--auth=trust", "-E", "UTF8",
                                         "--locale=C.UTF-8", "--no-sync"]))
        try launch()
        running = true
        do {
            try psql("CREATE DATABASE \(database)", database: "postgres")
        } catch {
            stop()
            throw error
        }
    }

    deinit { stop() }

    /// The store address of `desk` on this cluster.
    public func address(desk: String) -> String { "postgres://\(user)@127.0.0.1:\(port)/\(database)?desk=\(desk)" }

    /// Runs SQL as the superuser; returns psql's unaligned, tuples-only output.
    @discardableResult
    public func psql(_ sql: String, database: String? = nil) throws -> String {
        guard let binaries = Self.binaries else { throw Problem.notInstalled }
        let result = try Spawn.run([binaries + "/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                                    "-p", String(port), "-U", user, "-d", database ?? self.database, "-c", sql],
                                   mergeErrors: true)
        guard result.status == 0 else { throw Problem.failed("psql \(sql)", result.output) }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// From now on the server asks every loopback login for `password` (scram-sha-256), as a
    /// production server does; `psql` here, which sends none, no longer logs in.
    public func requirePassword(_ password: String) throws {
        try psql("ALTER ROLE \(user) PASSWORD '\(password)'")
        try "host all all 127.0.0.1/32 scram-sha-256\n".write(toFile: data + "/pg_hba.conf", atomically: false, encoding: .utf8)
        try psql("SELECT pg_reload_conf()")
    }

    /// Ends the server at once, as a crash would; committed transactions survive it.
    public func stop() {
        lock.withLock {
            guard running, let binaries = Self.binaries else { return }
            _ = try? Spawn.run(asOwner([binaries + "/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"]))
            running = false
        }
    }

    /// Starts the server again on the same port and data.
    public func start() throws {
        try lock.withLock {
            guard !running else { return }
            try launch()
            running = true
        }
    }

    private func launch() throws {
        guard let binaries = Self.binaries else { throw Problem.notInstalled }
        try Self.step("pg_ctl start", asOwner([binaries + "/pg_ctl", "-D", data, "-l", folder + "/server.log", "-w", "-t", "60",
                                               "-o", "-c listen_addresses=127.0.0.1 -p \(port) -c unix_socket_directories=''",
                                               "start"]))
    }

    /// As root, the command runs as the postgres user, with the cluster's folder as its home.
    private func asOwner(_ command: [String]) -> [String] {
        getuid() == 0 ? ["runuser", "-u", "postgres", "--"] + command : command
    }

    private static func step(_ name: String, _ command: [String]) throws {
        let result = try Spawn.run(command, mergeErrors: true)
        guard result.status == 0 else { throw Problem.failed(name, result.output) }
    }

    /// A loopback port nothing listens on now: bound to port 0, read back, released.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw Problem.failed("bind", String(cString: strerror(errno))) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
