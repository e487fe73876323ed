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
        // Anchors and the desk key beside the test's scratch ledger: tests never see each other's, nor
        // the runner's. A committed fixture ledger is only read; its readers share one folder outside the tree.
        let beside = (log as NSString).deletingLastPathComponent
        let folder = beside.hasPrefix(Scratch.packageRoot + "/.build/") ? beside : Scratch.packageRoot + "/.build/test-scratch/fixture-readers"
        environment["XDG_STATE_HOME"] = folder + "/state"
        environment["XDG_DATA_HOME"] = folder + "/data"
        environment.removeValue(forKey: "DUTYDESK_LANG")
        return environment.merging(extra) { $1 }
    }

    public static func start(_ arguments: [String], log: String, stdin: Data? = nil,
                             extra: [String: String] = [:]) throws -> (Process, stdout: Pipe, stderr: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment(log: log, extra: extra)
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
        let (process, out, err) = try start(arguments, log: log, stdin: stdin, extra: extra)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
