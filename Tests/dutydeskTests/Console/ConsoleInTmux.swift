import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// A scratch ledger and a tmux pane with a shell whose environment points at it: where every
/// console flow starts.
struct ConsoleInTmux {
    let scratch: Scratch
    let log: String
    let tmux: Tmux

    /// `extra` changes the shell's environment (e.g. `TZ`).
    init(_ name: String, environment extra: [String: String] = [:]) throws {
        scratch = try Scratch(name)
        log = scratch.file("ledger.jsonl")
        var environment = DeskBinary.environment(log: log, extra: extra)
        environment["TERM"] = "xterm-256color"
        environment["PATH"] = "/usr/bin:/bin"
        environment["HOME"] = scratch.path
        environment["XDG_CONFIG_HOME"] = scratch.path + "/config"
        tmux = try Tmux(width: 100, height: 30, environment: environment, folder: scratch.path)
        _ = try tmux.waitFor { $0.contains("$") }
    }

    /// Waits for `condition`; a failure shows the last screen seen.
    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        let result = try tmux.waitFor(seconds, condition)
        #expect(result.ok, "\(what):\n\(result.screen)", sourceLocation: sourceLocation)
    }

    /// Registers a case with `dutydesk add` and these arguments; its code.
    func add(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let added = try DeskBinary.run(["add"] + arguments, log: log)
        #expect(added.status == 0, "\(added.stderr)", sourceLocation: sourceLocation)
        return added.stdout.firstMatch(of: /YQ-\d{8}-\d{3}/).map { String($0.output) } ?? ""
    }

    /// The cases as `dutydesk list --json` gives them.
    func cases() throws -> [JSONObject] {
        try JSONParser.parse(try DeskBinary.run(["list", "--json"], log: log).stdout).arrayValue!.compactMap(\.objectValue)
    }

    /// The pid of the program the pane's shell is running.
    func programPID() throws -> Int32? {
        let shell = try tmux.shellPID()
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }
}
