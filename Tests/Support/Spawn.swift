import Foundation

/// Runs a command with posix_spawn and waitpid rather than Foundation's Process: a daemon it
/// starts (a tmux server, a PostgreSQL postmaster) would otherwise keep the runner's pipes open,
/// and Process on Linux waits for ever on a child whose descendants hold its descriptors. Every
/// descriptor but 0–2 is closed before the command starts, and the signal mask the test runner's
/// threads block with is cleared, so the daemon sees SIGTERM and SIGWINCH.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        let code: Int32
        var description: String { "posix_spawn: \(String(cString: strerror(code)))" }
    }

    /// Output on stdout when `capture`; stderr goes to /dev/null unless `mergeErrors`.
    @discardableResult
    static func run(_ arguments: [String], capture: Bool = true, mergeErrors: Bool = false) throws
        -> (status: Int32, output: String) {
        var fds: [Int32] = [-1, -1]
        if capture, pipe(&fds) != 0 { throw Failure(code: errno) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if capture && mergeErrors {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let closeInherited = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done; exec "$@""#
        let argv = (["/bin/bash", "-c", closeInherited, "spawn"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, &attributes, argv, environ)
        var output: [UInt8] = []
        if capture {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while case let count = read(fds[0], &buffer, buffer.count), count > 0 { output += buffer[..<count] }
            close(fds[0])
        }
        guard spawned == 0 else { throw Failure(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return ((status >> 8) & 0xFF, String(decoding: output, as: UTF8.self))
    }
}
