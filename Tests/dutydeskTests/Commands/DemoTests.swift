import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// `dutydesk demo`, the real binary: away from a terminal it prints the queue and says where its
/// ledger is, makes the folder `--into` names with the settings beside it, and never writes into a
/// ledger that is there already.
@Suite struct DemoTests {
    let scratch: Scratch
    let log: String

    init() throws {
        scratch = try Scratch("demo-command")
        log = scratch.file("ledger.jsonl")
    }

    func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }

    @Test func theDemoSaysWhereItsLedgerIsAndIntoKeepsIt() throws {
        defer { scratch.remove() }
        let demo = scratch.file("demo/ledger.jsonl")
        try FileManager.default.createDirectory(atPath: scratch.file("demo"), withIntermediateDirectories: true)
        let result = try desk("demo", "--into", demo)
        #expect(result.status == 0)
        #expect(result.stdout.contains("演示台账（") && result.stdout.contains("export DUTYDESK_LOG=\(demo)"),
                "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: demo))
        let english = try desk("demo", "--lang", "en", "--into", scratch.file("demo/second.jsonl"))
        #expect(english.stdout.contains("demo ledger (") && english.stdout.contains(scratch.file("demo/second.jsonl")))
    }

    @Test func intoMakesItsFolderWithTheSettingsBeside() throws {
        defer { scratch.remove() }
        let demo = scratch.file("new/folder/ledger.jsonl")
        let result = try desk("demo", "--into", demo)
        #expect(result.status == 0, "\(result.stderr)")
        let folder = try FileManager.default.attributesOfItem(atPath: scratch.file("new/folder"))
        #expect((folder[.posixPermissions] as? Int) == 0o750)
        #expect(FileManager.default.fileExists(atPath: scratch.file("new/folder/config.toml")))
        let cases = try JSONParser.parse(try DeskBinary.run(["list", "--all", "--json"], log: demo).stdout).arrayValue ?? []
        #expect(cases.count >= 20, "the queue printed is the seeded one")
        let first = try #require(cases.first?.objectValue?["code"]?.stringValue)
        #expect(result.stdout.contains(first), "away from a terminal the queue is printed")
    }

    /// A second demo into the same ledger is refused in the operator's language, the ledger untouched.
    @Test func aLedgerThatIsThereIsNeverWrittenInto() throws {
        defer { scratch.remove() }
        let demo = scratch.file("demo/ledger.jsonl")
        #expect(try desk("demo", "--into", demo).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: demo))
        let again = try desk("demo", "--into", demo)
        #expect(again.status == 2 && again.stderr.contains("--into：\(demo) 已存在；演示只写入新的台账"), "\(again.stderr)")
        let english = try desk("demo", "--lang", "en", "--into", demo)
        #expect(english.status == 2 && english.stderr.contains(demo) && !english.stderr.contains("已存在"), "\(english.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: demo)) == before)
    }
}
