import ArgumentParser
import DutyDeskCore
import DutyDeskJSON
import DutyDeskLedger
import Foundation

/// Batch intake, e.g. from the 12345 hotline system: one JSON object per line on stdin with the
/// fields of `add` (title, locality, channel, caller, phone, detail, discovered, grade, level,
/// unit, ref); the ledger's own names (`discoveredAt`) are accepted too.
///
/// Every line is checked before anything is written: a key it does not know, a value that is
/// not a string, or a time it cannot read stops the import with that line and key named, and
/// nothing is appended. Then each case is appended on its own, and its code printed only once it
/// is on disk. A line with a `ref` already on the desk appends nothing and prints the code of the
/// case it opened, so running the same file twice records every case once.
struct Import: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.pick(zh: "从标准输入逐行读取 JSON 登记事件；每个事件落盘后打印其编号。", en: "Record cases from JSON Lines on stdin; prints each code once it is on disk."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    /// The optional keys a line may carry (title and locality are required).
    static let optionalKeys = ["channel", "caller", "phone", "detail", "discovered", "discoveredAt", "grade", "level",
                               "unit", "ref"]

    /// The `add` field a key fills.
    static func field(_ key: String) -> WritableKeyPath<IntakeFields, String?>? {
        switch key {
        case "channel": \.channel
        case "caller": \.caller
        case "phone": \.phone
        case "detail": \.detail
        case "discovered", "discoveredAt": \.discovered
        case "grade": \.grade
        case "level": \.level
        case "unit": \.unit
        case "ref": \.ref
        default: nil
        }
    }

    func run() throws {
        let desk = try context()
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var intakes: [EventDrafter.Intake] = []
        for (index, line) in String(decoding: input, as: UTF8.self).split(separator: "\n").enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            do {
                intakes.append(try Self.fields(String(line), desk).intake(desk, prefix: ""))
            } catch let failure as CLIFailure {
                throw CLIFailure(message: fill(desk.strings.usage.importLine, index + 1, failure.message),
                                 exitCode: failure.exitCode)
            }
        }
        let session = try desk.openSession(writable: true)
        // The anchor follows once a second and at the end, not after every case (`anchorPace`).
        (session.store as? LedgerFile)?.anchorPace = .seconds(1)
        let dryRun = EventDrafter(state: session.state, now: desk.now, timeZone: desk.timeZone)
        for (index, intake) in intakes.enumerated() {
            do {
                _ = try dryRun.report(intake, newCaseID: CaseID(""))
            } catch .alreadyRecorded {
                continue
            } catch {
                throw CLIFailure(message: fill(desk.strings.usage.importLine, index + 1,
                                               desk.strings.recordingError(error, timeZone: desk.timeZone)),
                                 exitCode: error.exitCode)
            }
        }
        for intake in intakes {
            if let recorded = try desk.recordIntake(intake, in: session) {
                FileHandle.standardOutput.write(Data((recorded.code + "\n").utf8))
            }
        }
    }

    private static func fields(_ line: String, _ desk: DeskContext) throws -> IntakeFields {
        let usage = desk.strings.usage
        guard let object = (try? JSONParser.parse(line))?.objectValue else { throw CLIFailure.usage(usage.importNotObject) }
        var fields = IntakeFields(title: "", locality: "")
        for (key, value) in object.pairs {
            guard let text = value.stringValue else { throw CLIFailure.usage(fill(usage.importNotText, key)) }
            switch key {
            case "title": fields.title = text
            case "locality": fields.locality = text
            default:
                guard let field = field(key) else {
                    throw CLIFailure.usage(fill(usage.importUnknownKey, key, (["title", "locality"] + optionalKeys)
                        .joined(separator: ", ")))
                }
                fields[keyPath: field] = text
            }
        }
        guard object["title"] != nil, object["locality"] != nil else { throw CLIFailure.usage(usage.importRequired) }
        return fields
    }
}
