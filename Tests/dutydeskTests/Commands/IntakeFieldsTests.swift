import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// A new case's fields as typed, on the command line or in an import line, checked against the vocabularies.
@Suite struct IntakeFieldsTests {
    static func context(_ scratch: Scratch) throws -> DeskContext {
        try DeskContext(DeskOptions.parse(["--operator", "张伟"]), environment: [
            "HOME": scratch.path, "XDG_DATA_HOME": scratch.file("data"), "XDG_CONFIG_HOME": scratch.file("config"),
            "XDG_STATE_HOME": scratch.file("state"), "DUTYDESK_LANG": "zh",
        ])
    }

    @Test func eachSpellingOperatorsUseIsReadAsItsValue() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fields = IntakeFields(title: "网传自来水发黄", locality: "城关镇", channel: "12345", caller: "王先生", grade: "重大",
                                  level: "significant")
        let intake = try fields.intake(try Self.context(scratch), prefix: "--")
        #expect(intake.channel == .hotline && intake.grade == .major && intake.level == .significant)
        #expect(intake.caller == "王先生" && intake.phone == "" && intake.ref == "")
    }

    /// A bad value names the field as it was typed (`--grade` on the command line, `grade` in an import
    /// line) and the valid values, and is bad usage.
    @Test(arguments: ["--", ""])
    func aBadValueNamesTheFieldAsTyped(prefix: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fields = IntakeFields(title: "t", locality: "l", grade: "huge")
        do {
            _ = try fields.intake(try Self.context(scratch), prefix: prefix)
            Issue.record("huge was taken as a grade")
        } catch let failure as CLIFailure {
            #expect(failure.exitCode == 2)
            #expect(failure.message.contains(prefix + "grade") && failure.message.contains("huge"))
            #expect(failure.message.contains(Grade.validValues(in: .chinese)))
        }
    }

    /// A rerun of the same import is harmless: a reference that opened a case answers with that case
    /// and appends nothing.
    @Test func aReferenceAlreadyRecordedAnswersWithItsCase() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let desk = try Self.context(scratch)
        var intake = EventDrafter.Intake(title: "网传自来水发黄", locality: "城关镇")
        intake.ref = "12345-20261123-0001"
        let first = try #require(try desk.recordIntake(intake))
        let lines = try String(contentsOfFile: desk.ledgerPath, encoding: .utf8).split(separator: "\n").count
        let again = try #require(try desk.recordIntake(intake))
        #expect(again.code == first.code)
        #expect(try String(contentsOfFile: desk.ledgerPath, encoding: .utf8).split(separator: "\n").count == lines)
    }
}
