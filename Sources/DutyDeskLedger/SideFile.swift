import Foundation
import Glibc

/// Files the desk writes besides the ledger (reports, torn tails, drafts, anchors, the desk key).
/// Each is written under a temporary name in the same folder, with its final mode from the first
/// byte whatever the umask, synced, and only then given its name: a reader never sees half a file,
/// a file never exists with looser permissions than it ends with, and a failed write (a full disk)
/// leaves nothing behind.
public enum SideFile {
    /// Writes `bytes` as `path`, replacing whatever was there.
    public static func replace(_ path: String, with bytes: [UInt8], mode: mode_t) throws {
        try write(bytes, mode: mode, near: path) { temporary in
            try POSIXFile.retrying("rename", path) { rename(temporary, path) }
        }
    }

    /// Writes `bytes` as `path` only if nothing has that name; returns false if something does.
    public static func create(_ path: String, with bytes: [UInt8], mode: mode_t) throws -> Bool {
        var created = true
        try write(bytes, mode: mode, near: path) { temporary in
            // link(2) gives the name only if it is free; the temporary name is removed either way.
            if link(temporary, path) != 0 {
                guard errno == EEXIST else { throw LedgerError.system(call: "link", path: path, errno: errno) }
                created = false
            }
            unlink(temporary)
        }
        return created
    }

    private static func write(_ bytes: [UInt8], mode: mode_t, near path: String,
                              name: (String) throws -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + "." + (path as NSString).lastPathComponent
            + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let file = try POSIXFile.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: mode)
        do {
            defer { file.close() }
            try POSIXFile.retrying("fchmod", temporary) { fchmod(file.fd, mode) }
            try file.write(bytes, at: 0)
            try file.syncAll()
            try name(temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        try POSIXFile.syncDirectory(of: path)
    }
}
