import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func badValuesNameTheValidOnesAndWriteNothing() throws {
        let scratch = try Scratch("report-errors")
        defer { scratch.remove() }
        let out = scratch.file("out.md")
        let format = try ReportFixture.report(["stats", "--format", "xls", "--out", out])
        #expect(format.status == 2)
        #expect(format.stderr.contains("md, csv, json"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let day = try ReportFixture.report(["daily", "--date", "2026-13-40"])
        #expect(day.status == 2 && day.stderr.contains("2026-11-23、今天、昨天"))
        let period = try ReportFixture.report(["overdue", "--from", "2026-11-12", "--to", "2026-11-09"])
        #expect(period.status == 2 && period.stderr.contains("晚于"))
        let unknown = try ReportFixture.report(["case", "YQ-20991231-001"])
        #expect(unknown.status == 1 && unknown.stdout.isEmpty)
    }

    @Test func aReportFileHasItsModeFromTheFirstByteEvenUnderUmaskZero() throws {
        let scratch = try Scratch("report-out")
        defer { scratch.remove() }
        let out = scratch.file("daily.md")
        // The child inherits the umask: 000 would leave a plainly created file world-writable.
        let previous = umask(0)
        let written = try ReportFixture.report(["daily", "--out", out])
        umask(previous)
        #expect(written.status == 0, "\(written.stderr)")
        var info = stat()
        #expect(stat(out, &info) == 0 && info.st_mode & 0o777 == 0o640, "mode \(String(info.st_mode & 0o777, radix: 8))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["daily.md"], "no temporary file left")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("舆情日志"))
    }

    @Test func handingOverIsAnEventTheHandoverReportShows() throws {
        let scratch = try Scratch("handover")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        #expect(try DeskBinary.run(["add", "--title", "网传自来水发黄", "--locality", "城关镇"], log: log).status == 0)
        let size = try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int

        for incoming in ["测试员", " "] {
            let refused = try DeskBinary.run(["handover", "--to", incoming], log: log)
            #expect(refused.status == 1, "\(incoming): \(refused.stderr)")
            #expect(try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int == size)
        }
        let handed = try DeskBinary.run(["handover", "--to", "李娜", "--note", "自来水待回应"], log: log)
        #expect(handed.status == 0)
        #expect(handed.stderr.contains("已交接班：测试员 交 李娜"))

        let report = try JSONParser.parse(try DeskBinary.run(["report", "handover", "--format", "json"], log: log).stdout)
        let facts = try #require(report.objectValue?["facts"]?.objectValue)
        #expect(facts["onDuty"] == .string("李娜"))
        #expect(facts["eventCount"] == .int(4), "the handover and its signed checkpoint")
        #expect(facts["checkpoint"]?.stringValue == handed.stdout.trimmingCharacters(in: .newlines))
        let verified = try DeskBinary.run(["verify"], log: log).stdout
        #expect(verified.contains(facts["headHash"]?.stringValue ?? "-"), "the anchor is the ledger's head")
        let recorded = report.objectValue?["sections"]?.arrayValue?.first { $0.objectValue?["key"] == .string("recorded") }
        #expect(recorded?.objectValue?["rows"]?.arrayValue?.isEmpty == true, "the new shift has recorded nothing yet")
    }
}
