import Foundation
import Glibc

/// Drives a real tmux session: type keys, read the screen, wait for what should appear.
/// Waiting polls capture-pane until a deadline, so tests never sleep a fixed time.
public enum TmuxError: Error { case noServer(String) }

public final class Tmux {
    public let session: String
    private let socket: String
    /// The server's pid, asked for as soon as it runs: a test that deletes its scratch folder
    /// deletes the socket with it, and then only a signal can stop the server.
    private var serverPID: pid_t?

    /// Starts a detached session of `width`×`height` running an interactive shell with `environment`.
    public init(width: Int, height: Int, environment: [String: String], folder: String) throws {
        session = "dd\(UInt32.random(in: 0...UInt32.max))"
        socket = folder + "/tmux.sock"
        let exports = environment.map { "\($0.key)=\(Self.quoted($0.value))" }.joined(separator: " ")
        // The server forks from this call and would keep an output pipe open for ever.
        try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                 "env -i \(exports) PS1='$ ' bash --norc --noprofile"], capture: false)
        serverPID = pid_t(try run(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
        guard serverPID != nil else {
            kill()
            throw TmuxError.noServer(socket)
        }
    }

    /// Runs on every path out of a test, a failed expectation or a thrown error included.
    deinit { kill() }

    /// Stops the server and with it the pane's shell and program (tmux hangs up on them).
    /// kill-server first; if the socket is gone or the server ignores it, SIGTERM and then SIGKILL
    /// to the pid, waiting until it is gone, so no server outlives its test.
    public func kill() {
        _ = try? run(["kill-server"])
        guard let pid = serverPID else { return }
        serverPID = nil
        for signal in [SIGTERM, SIGKILL] {
            let deadline = Date().addingTimeInterval(3)
            while Self.isRunning(pid) {
                if Date() >= deadline { break }
                Glibc.kill(pid, signal)
                usleep(20_000)
            }
        }
    }

    /// Alive and not a zombie: the daemonized server's parent is pid 1, which may never reap it.
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let state = stat.split(separator: ")").last?.split(separator: " ").first else { return false }
        return state != "Z" && state != "X"
    }

    /// Types literally (Chinese included), then optionally presses Enter.
    public func type(_ text: String, enter: Bool = false) throws {
        try run(["send-keys", "-t", session, "-l", text])
        if enter { try press("Enter") }
    }

    /// Pastes `text` as a terminal would: bracketed (\e[200~ … \e[201~) when the program asked
    /// for it, with line breaks sent as carriage returns, as tmux does.
    public func paste(_ text: String) throws {
        try run(["set-buffer", "-b", "paste", text])
        try run(["paste-buffer", "-p", "-d", "-b", "paste", "-t", session])
    }

    /// Presses named keys: "Enter", "Escape", "Tab", "BTab", "C-l", "F1", "q" …
    public func press(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    public func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    /// The column the pane's cursor is in (0 at the left edge).
    public func cursorColumn() throws -> Int {
        Int(try run(["display-message", "-p", "-t", session, "#{cursor_x}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The shell's pid in the pane; the program it runs is its child.
    public func shellPID() throws -> Int32 {
        Int32(try run(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last screen.
    @discardableResult
    public func waitFor(_ seconds: Double = 10, _ condition: (String) -> Bool) throws -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return (true, last) }
            usleep(50_000)
        } while Date() < deadline
        return (false, last)
    }

    /// Runs tmux through `Spawn`: the server daemonizes from the first call and must hold none of
    /// the runner's descriptors.
    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        try Spawn.run(["tmux", "-S", socket] + arguments, capture: capture).output
    }

    private static func quoted(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
