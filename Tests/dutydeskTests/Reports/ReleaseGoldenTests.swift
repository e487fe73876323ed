import DutyDeskTestSupport
import Foundation
import Testing

/// The reports of a release's way out, from `ReleaseFixture`'s ledger at a fixed moment: the
/// brief's drafts and direct release, the statistics' time from draft to sign-off and publication,
/// the daily log's patrols and the stretches without one.
@Suite(.serialized) struct ReleaseGoldenTests {
    static let kinds: [(name: String, arguments: [String])] = [
        ("release-case-published", ["case", "YQ-20261120-001"]),
        ("release-case-pending", ["case", "YQ-20261120-002"]),
        ("release-stats", ["stats", "--from", "2026-11-20", "--to", "2026-11-21"]),
        ("release-daily", ["daily", "--date", "2026-11-20"]),
    ]

    static func report(_ arguments: [String]) throws -> DeskBinary.Output {
        let scratch = try Scratch("release-golden")
        defer { scratch.remove() }
        let ledger = scratch.file("ledger.jsonl")
        try ReleaseFixture.write(to: ledger)
        return try DeskBinary.run(["report"] + arguments + ["--as-of", ReleaseFixture.moment], log: ledger,
                                  extra: ["TZ": "Asia/Shanghai"])
    }

    /// Each kind in md, csv and json, and in English.
    @Test func everyKindMatchesItsGolden() throws {
        try ReportGoldenTests.compareEveryKind(Self.kinds, Self.report)
    }
}
