import Foundation
import Glibc

/// Thin, EINTR-safe wrappers over the system calls the ledger depends on; every failure
/// becomes a `LogError.system` naming the call and the path.
struct POSIXFile {
    let fd: Int32
    let path: String

    static func open(_ path: String, flags: Int32, mode: mode_t = 0) throws -> POSIXFile {
        let fd = try retrying("open", path) { Glibc.open(path, flags | O_CLOEXEC, mode) }
        return POSIXFile(fd: fd, path: path)
    }

    func close() { _ = Glibc.close(fd) }

    func lock(exclusive: Bool) throws {
        _ = try Self.retrying("flock", path) { flock(fd, exclusive ? LOCK_EX : LOCK_SH) }
    }

    func unlock() { _ = flock(fd, LOCK_UN) }

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
            throw LogError.system(call: call, path: path, errno: errno)
        }
    }
}
