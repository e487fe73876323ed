import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

@Suite struct ReportCommandsTests {
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

    /// The landslide case's meeting action was due at 20:00; at 21:00 the next shift inherits it
    /// under 已超时, named as the 督办 it is, though the case's own clock has 13 hours left.
    @Test func theHandoverListsACaseOverdueByItsSupervisedItem() throws {
        let report = try DeskBinary.run(["report", "handover", "--as-of", "2026-11-12 21:00"], log: ReportFixture.ledger)
        #expect(report.status == 0, "\(report.stderr)")
        let overdue = try #require(report.stdout.components(separatedBy: "## 已超时").last?
            .components(separatedBy: "## 即将到期").first)
        #expect(overdue.contains("| YQ-20261112-001 | 青山乡山体滑坡致村道中断 | 一般 | 特别重大 | 持续发布 | 县应急管理局 | 督办（青山乡） | "
                                 + "2026-11-12 20:00 | 超时 01:00:00 |"), "\(overdue)")
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

        // Handing over to oneself, or to nobody, is a bad value: exit 2, as README says.
        for incoming in ["测试员", " "] {
            let refused = try DeskBinary.run(["handover", "--to", incoming], log: log)
            #expect(refused.status == 2, "\(incoming): \(refused.stderr)")
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
