import Foundation
import Glibc

/// Who holds a lock on a file, as the kernel lists it in /proc/locks: so a command that has to
/// wait can say whom it is waiting for.
public struct LockHolder: Sendable, Equatable {
    public let pid: Int32
    /// Its command line, arguments joined by spaces (empty if it is gone or hidden).
    public let command: String

    public init(pid: Int32, command: String) {
        self.pid = pid
        self.command = command
    }

    /// The first process listed as holding a lock on the file open as `fd`.
    static func of(fd: Int32) -> LockHolder? {
        var info = stat()
        guard fstat(fd, &info) == 0,
              let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        // The kernel's encoding of dev_t (glibc's major()/minor(), which are macros Swift cannot call).
        let device = UInt64(info.st_dev)
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
        let minor = (device & 0xff) | ((device >> 12) & ~0xff)
        let wanted = String(format: "%02llx:%02llx:%llu", major, minor, UInt64(info.st_ino))
        return holders(in: table, file: wanted).first.map { LockHolder(pid: $0, command: command(of: $0)) }
    }

    /// Pids holding (not waiting for) a lock on `file` (`MAJ:MIN:INODE` as /proc/locks writes it).
    static func holders(in table: String, file: String) -> [Int32] {
        table.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            // "1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF"; waiters read "1: -> FLOCK …".
            guard fields.count >= 6, fields[1] != "->", fields[5] == file else { return nil }
            return Int32(fields[4])
        }
    }

    static func command(of pid: Int32) -> String {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return "" }
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }
}
