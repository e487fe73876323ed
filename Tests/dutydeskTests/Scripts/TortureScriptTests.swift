import DutyDeskTestSupport
import Foundation
import Testing

/// `scripts/torture --quick` against the binary under test: every torture test, with fewer trials,
/// on every run of the suite. The full run (release build) is in README's ledger section.
@Suite struct TortureScriptTests {
    @Test(.timeLimit(.minutes(5))) func theQuickTortureRunIsClean() throws {
        let scratch = try Scratch("torture")
        defer { scratch.remove() }
        let (status, text) = try PythonScript.run([Scratch.packageRoot + "/scripts/torture", "--quick", "--bin", DeskBinary.path,
                                                   "--work", scratch.path])
        #expect(status == 0, "\(text)")
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("ok  ") }.count == 8, "\(text)")
    }
}
