import Foundation
import Glibc

/// Wakes the console when the ledger changes, so events from other processes show at once.
///
/// inotify watches the file (appends, truncation) and its folder (the file created or replaced).
/// Where inotify is unavailable `descriptor` is nil and the caller's one-second tick, which
/// reads the ledger anyway, is the polling fallback.
public final class LedgerFollower: StoreChanges {
    /// Readable when something changed; hand it to poll(2).
    public let descriptor: Int32?

    public init(path: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else {
            descriptor = nil
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let fileWatch = inotify_add_watch(fd, path, UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF))
        let folderWatch = inotify_add_watch(fd, folder.isEmpty ? "." : folder, UInt32(IN_CREATE | IN_MOVED_TO))
        if fileWatch < 0 && folderWatch < 0 {
            close(fd)
            descriptor = nil
        } else {
            descriptor = fd
        }
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Empties the queue of notifications; what changed is read from the ledger itself.
    public func drain() {
        guard let descriptor else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }
}
