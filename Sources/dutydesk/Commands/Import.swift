import ArgumentParser
import DutyDeskCore
import DutyDeskLog
import Foundation

/// Batch intake, e.g. from the 12345 hotline system: one JSON object per line on stdin with the
/// fields of `add` (title, locality, channel, caller, phone, detail, discovered, grade, unit).
///
/// Every line is checked before anything is written, so a bad line appends nothing. Then each
/// case is appended on its own, and its code printed only once it is on disk.
struct Import: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record cases from JSON Lines on stdin; prints each code once it is on disk.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws {
        let desk = try context()
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var intakes: [Recorder.Intake] = []
        for (index, line) in String(decoding: input, as: UTF8.self).split(separator: "\n").enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            do {
                intakes.append(try Self.fields(String(line)).intake(desk))
            } catch let failure as CLIFailure {
                throw CLIFailure(message: "stdin line \(index + 1): \(failure.message)", exitCode: failure.exitCode)
            }
        }
        let session = try desk.openSession(writable: true)
        let dryRun = Recorder(state: session.state, now: desk.now, timeZone: desk.timeZone)
        for (index, intake) in intakes.enumerated() {
            do {
                _ = try dryRun.report(intake, newCaseID: CaseID(""))
            } catch {
                throw CLIFailure(message: "stdin line \(index + 1): " + desk.strings.recordingError(error, timeZone: desk.timeZone),
                                 exitCode: error.exitCode)
            }
        }
        for intake in intakes {
            let recorded = try desk.record(in: session) { recorder throws(RecordingError) in
                try recorder.report(intake, newCaseID: CaseID(UUID().uuidString))
            }
            if let recorded {
                FileHandle.standardOutput.write(Data((recorded.code + "\n").utf8))
            }
        }
    }

    private static func fields(_ line: String) throws -> IntakeFields {
        guard let object = (try? JSONParser.parse(line))?.objectValue else {
            throw CLIFailure.usage("not a JSON object")
        }
        func text(_ key: String) -> String? { object[key]?.stringValue }
        guard let title = text("title"), let locality = text("locality") else {
            throw CLIFailure.usage("title and locality are required")
        }
        return IntakeFields(title: title, locality: locality, channel: text("channel"), caller: text("caller"),
                            phone: text("phone"), detail: text("detail"), discovered: text("discovered"),
                            grade: text("grade"), unit: text("unit"))
    }
}
