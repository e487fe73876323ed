import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// The joint meeting's marks, kept beside the ledger so they survive a restart.
@Suite struct AgendaFileTests {
    @Test func theMarksComeBackInTheOrderMarked() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = AgendaFile(path: scratch.file("ledger.jsonl.agenda.json"))
        #expect(file.load().isEmpty)
        try file.save(["YQ-20261123-003", "YQ-20261123-001"])
        #expect(file.load() == ["YQ-20261123-003", "YQ-20261123-001"])
        var status = stat()
        #expect(stat(file.path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600, "readable only by its owner")
    }

    @Test func anEmptyAgendaLeavesNoFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = AgendaFile(path: scratch.file("agenda.json"))
        try file.save(["YQ-20261123-001"])
        try file.save([])
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(file.load().isEmpty)
    }

    /// A file someone else wrote, or one cut short, is an empty agenda, never a refusal to start.
    @Test func anUnreadableFileIsAnEmptyAgenda() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = AgendaFile(path: scratch.file("agenda.json"))
        for text in ["{\"cases\":[\"YQ-2026", "[]", "{\"cases\":\"YQ-20261123-001\"}"] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file.path))
            #expect(file.load().isEmpty, "\(text)")
        }
    }
}
