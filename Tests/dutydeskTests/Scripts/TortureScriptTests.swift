import DutyDeskTestSupport
import Foundation
import Testing

/// `scripts/torture --quick` against the binary under test: every torture test, with fewer trials,
/// on every run of the suite. The full run (release build) is in README's ledger section.
@Suite struct TortureScriptTests {
    @Test(.timeLimit(.minutes(5))) func theQuickTortureRunIsClean() throws {
        let scratch = try Scratch("torture")
        defer { scratch.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Scratch.packageRoot + "/scripts/torture", "--quick", "--bin", DeskBinary.path,
                             "--work", scratch.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("ok  ") }.count == 8, "\(text)")
    }
}
