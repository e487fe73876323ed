import DutyDeskCore
import Foundation
import Glibc

/// Thin, EINTR-safe wrappers over the system calls the ledger depends on; every failure
/// becomes a `LedgerError.system` naming the call and the path.
struct POSIXFile {
    let fd: Int32
    let path: String

    static func open(_ path: String, flags: Int32, mode: mode_t = 0) throws -> POSIXFile {
        let fd = try retrying("open", path) { Glibc.open(path, flags | O_CLOEXEC, mode) }
        return POSIXFile(fd: fd, path: path)
    }

    /// Opens `path` only if it is a regular file. A FIFO would hang every reader and a device or a
    /// folder is no ledger: they are refused at once (O_NONBLOCK keeps even opening a FIFO from waiting).
    static func openRegular(_ path: String, flags: Int32, mode: mode_t = 0) throws -> POSIXFile {
        let file: POSIXFile
        do {
            file = try open(path, flags: flags | O_NONBLOCK, mode: mode)
        } catch LedgerError.system(_, _, EISDIR) {
            throw LedgerError.notAFile(path: path, kind: .directory)
        } catch LedgerError.system(_, _, ENXIO) {
            throw LedgerError.notAFile(path: path, kind: .socket)
        }
        var info = stat()
        guard fstat(file.fd, &info) == 0 else {
            let code = errno
            file.close()
            throw LedgerError.system(call: "fstat", path: path, errno: code)
        }
        let kind = FileKind(mode: info.st_mode)
        if kind == .regular { return try file.blocking() }
        file.close()
        throw LedgerError.notAFile(path: path, kind: kind)
    }

    private func blocking() throws -> POSIXFile {
        let flags = fcntl(fd, F_GETFL)
        _ = try Self.retrying("fcntl", path) { fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return self
    }

    func close() { _ = Glibc.close(fd) }

    func size() throws -> Int {
        var info = stat()
        _ = try Self.retrying("fstat", path) { fstat(fd, &info) }
        return Int(info.st_size)
    }

    func read(at offset: Int, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = try bytes.withUnsafeMutableBytes { buffer in
                try Self.retrying("pread", path) { pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done)) }
            }
            if got == 0 { break }
            done += got
        }
        bytes.removeLast(count - done)
        return bytes
    }

    func write(_ bytes: [UInt8], at offset: Int) throws {
        var done = 0
        while done < bytes.count {
            done += try bytes.withUnsafeBytes { buffer in
                try Self.retrying("pwrite", path) {
                    pwrite(fd, buffer.baseAddress! + done, bytes.count - done, off_t(offset + done))
                }
            }
        }
    }

    func truncate(to length: Int) throws {
        _ = try Self.retrying("ftruncate", path) { ftruncate(fd, off_t(length)) }
    }

    /// Data and the size that reaches it; enough for an append-only file.
    func syncData() throws {
        _ = try Self.retrying("fdatasync", path) { fdatasync(fd) }
    }

    func syncAll() throws {
        _ = try Self.retrying("fsync", path) { fsync(fd) }
    }

    /// Makes a newly created name in `directory` survive a crash.
    static func syncDirectory(of path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let handle = try open(directory.isEmpty ? "." : directory, flags: O_RDONLY | O_DIRECTORY)
        defer { handle.close() }
        try handle.syncAll()
    }

    @discardableResult
    static func retrying<T: BinaryInteger>(_ call: String, _ path: String, _ body: () -> T) throws -> T {
        while true {
            let result = body()
            if result >= 0 { return result }
            if errno == EINTR { continue }
            throw LedgerError.system(call: call, path: path, errno: errno)
        }
    }
}

/// What a path names, for refusing anything but a regular file as a ledger.
public enum FileKind: String, Sendable, Equatable {
    case regular, directory, fifo, device, socket, other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFSOCK: self = .socket
        default: self = .other
        }
    }

    /// The kind in the reader's words. A regular file is never refused, so it needs no word of its own.
    public func name(in words: FileKindNames) -> String {
        switch self {
        case .directory: words.directory
        case .fifo: words.fifo
        case .device: words.device
        case .socket: words.socket
        case .regular, .other: words.special
        }
    }
}

/// How long to wait for the ledger's lock, and whom to tell that we are waiting.
public struct LockPatience: Sendable {
    public var timeout: Double
    public var noticeAfter: Double
    public var waiting: (@Sendable (LockHolder?) -> Void)?

    public init(timeout: Double, noticeAfter: Double = 1, waiting: (@Sendable (LockHolder?) -> Void)? = nil) {
        self.timeout = timeout
        self.noticeAfter = noticeAfter
        self.waiting = waiting
    }

    /// The CLI's default, `--lock-timeout 30`.
    public static let standard = LockPatience(timeout: 30)
    /// For a loop that must not stop: one try, and `busy` if the lock is held.
    public static let none = LockPatience(timeout: 0)
}
