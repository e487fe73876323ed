import DutyDeskTestSupport
import Foundation
import Testing

/// The reports of attendance, experts, offline steps, the meeting's transfer and the response plan's checklist, from `HandlingFixture`'s
/// ledger at a fixed moment: the briefs' new sections and the statistics' flags.
@Suite(.serialized) struct HandlingGoldenTests {
    static let kinds: [(name: String, arguments: [String])] = [
        ("handling-case-conference", ["case", HandlingFixture.conference]),
        ("handling-case-transferred", ["case", HandlingFixture.transferred]),
        ("handling-stats", ["stats", "--from", "2026-11-20", "--to", "2026-11-21"]),
    ]

    static func report(_ arguments: [String]) throws -> DeskBinary.Output {
        let scratch = try Scratch("handling-golden")
        defer { scratch.remove() }
        let ledger = scratch.file("ledger.jsonl")
        try HandlingFixture.write(to: ledger)
        return try DeskBinary.run(["report"] + arguments + ["--as-of", HandlingFixture.moment], log: ledger,
                                  extra: ["TZ": "Asia/Shanghai"])
    }

    /// Each kind in md, csv and json, and in English.
    @Test func everyKindMatchesItsGolden() throws {
        try ReportGoldenTests.compareEveryKind(Self.kinds, Self.report)
    }
}
