import DutyDeskTestSupport
import Foundation

/// The committed fixture ledger (written by `Fixtures/make-report-ledger.sh` under libfaketime)
/// and the moment every report test reads it at, so clocks never depend on the wall clock.
enum ReportFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let ledger = folder.appendingPathComponent("Fixtures/report-ledger.jsonl").path
    static let moment = "2026-11-12 12:00"
    static let period = ["--from", "2026-11-09", "--to", "2026-11-12"]

    /// A report from the real CLI at the fixed moment.
    static func report(_ arguments: [String], extra: [String: String] = [:]) throws -> DeskBinary.Output {
        try DeskBinary.run(["report"] + arguments + ["--as-of", moment], log: ledger, extra: extra)
    }
}
