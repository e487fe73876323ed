import Foundation

/// Runs the real `dutydesk` executable, as an operator or a script would.
public enum DeskBinary {
    /// Beside the test bundle in the build folder (`swift build` puts both there);
    /// `DUTYDESK_BIN` overrides it.
    public static let path: String = {
        if let override = ProcessInfo.processInfo.environment["DUTYDESK_BIN"] { return override }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return runner.deletingLastPathComponent().appendingPathComponent("dutydesk").path
    }()

    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        public var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The environment every run gets: a fixed zone and operator, and the given ledger.
    public static func environment(log: String, extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["DUTYDESK_LOG"] = log
        environment["DUTYDESK_OPERATOR"] = "测试员"
        environment["DUTYDESK_DESK"] = "test-desk"
        environment["TZ"] = "Asia/Shanghai"
        environment["LC_ALL"] = "C.UTF-8"
        // A settings file in the runner's own config folder must not change what tests see.
        environment["XDG_CONFIG_HOME"] = "/nonexistent/dutydesk-tests"
        // Whatever the binary keeps by default goes into the test's scratch folder (the ledger's),
        // never the runner's home.
        let scratch = (log as NSString).deletingLastPathComponent
        environment["HOME"] = scratch + "/home"
        environment["XDG_DATA_HOME"] = scratch + "/home/.local/share"
        environment["XDG_STATE_HOME"] = scratch + "/home/.local/state"
        environment["XDG_CACHE_HOME"] = scratch + "/home/.cache"
        environment.removeValue(forKey: "DUTYDESK_LANG")
        return environment.merging(extra) { $1 }
    }

    public static func start(_ arguments: [String], log: String, stdin: Data? = nil,
                             extra: [String: String] = [:]) throws -> (Process, stdout: Pipe, stderr: Pipe) {
        try start(arguments, environment: environment(log: log, extra: extra), stdin: stdin)
    }

    /// With exactly `environment`, for tests of what the binary does without one of its variables.
    public static func start(_ arguments: [String], environment: [String: String],
                             stdin: Data? = nil) throws -> (Process, stdout: Pipe, stderr: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        return (process, out, err)
    }

    @discardableResult
    public static func run(_ arguments: [String], log: String, stdin: Data? = nil,
                           extra: [String: String] = [:]) throws -> Output {
        try run(arguments, environment: environment(log: log, extra: extra), stdin: stdin)
    }

    @discardableResult
    public static func run(_ arguments: [String], environment: [String: String], stdin: Data? = nil) throws -> Output {
        let (process, out, err) = try start(arguments, environment: environment, stdin: stdin)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
