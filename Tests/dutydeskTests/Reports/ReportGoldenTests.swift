import DutyDeskTestSupport
import Foundation
import Testing

/// Every report kind in every format, from the fixture ledger at a fixed moment, compared byte for
/// byte with `__Golden__/`. A missing golden is written and the test fails once;
/// `DUTYDESK_RECORD_SNAPSHOTS=1` rewrites changed ones on purpose.
@Suite struct ReportGoldenTests {
    static let kinds: [(name: String, arguments: [String])] = [
        ("daily", ["daily", "--date", "2026-11-11"]),
        ("case", ["case", "YQ-20261110-002"]),
        ("handover", ["handover"]),
        ("stats", ["stats"] + ReportFixture.period),
        ("overdue", ["overdue"] + ReportFixture.period),
        ("accountability", ["accountability"] + ReportFixture.period),
        ("analysis-case", ["analysis", "YQ-20261110-002"]),
        ("analysis", ["analysis"] + ReportFixture.period),
    ]

    @Test(arguments: ["md", "csv", "json"])
    func everyKindMatchesItsGolden(format: String) throws {
        for kind in Self.kinds {
            let output = try ReportFixture.report(kind.arguments + ["--format", format])
            #expect(output.status == 0, "\(kind.name): \(output.stderr)")
            try Self.compare(output.stdout, golden: "\(kind.name).\(format)")
        }
    }

    @Test func englishReportsUseTheEnglishTables() throws {
        for kind in Self.kinds {
            let output = try ReportFixture.report(kind.arguments + ["--lang", "en"])
            #expect(output.status == 0, "\(kind.name): \(output.stderr)")
            try Self.compare(output.stdout, golden: "\(kind.name).en.md")
        }
    }

    /// Every kind of a scripted ledger's reports against its goldens, in each format and in English.
    static func compareEveryKind(_ kinds: [(name: String, arguments: [String])],
                                 _ report: ([String]) throws -> DeskBinary.Output) throws {
        for format in ["md", "csv", "json"] {
            for kind in kinds {
                let output = try report(kind.arguments + ["--format", format])
                #expect(output.status == 0, "\(kind.name): \(output.stderr)")
                try compare(output.stdout, golden: "\(kind.name).\(format)")
            }
        }
        for kind in kinds {
            let output = try report(kind.arguments + ["--lang", "en"])
            #expect(output.status == 0, "\(kind.name): \(output.stderr)")
            try compare(output.stdout, golden: "\(kind.name).en.md")
        }
    }

    static func compare(_ actual: String, golden name: String) throws {
        let url = ReportFixture.folder.appendingPathComponent("Reports/__Golden__/\(name)")
        let recording = ProcessInfo.processInfo.environment["DUTYDESK_RECORD_SNAPSHOTS"] == "1"
        // Bytes, not strings: decoding would drop the CSV's byte-order mark, which is the point of it.
        guard !recording, let expected = FileManager.default.contents(atPath: url.path) else {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("wrote golden \(name); check it and run again")
            return
        }
        #expect(Data(actual.utf8) == expected, "\(name) differs from its golden:\n\(actual)")
    }
}
