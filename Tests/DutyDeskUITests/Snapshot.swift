import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing

/// Golden text files of rendered screens, under `__Snapshots__` beside the tests. A missing
/// file is written and the test fails, so a new snapshot is always looked at before it counts;
/// `DUTYDESK_RECORD_SNAPSHOTS=1` rewrites changed ones on purpose.
enum Snapshot {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("__Snapshots__").path
    }()

    static func assert(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder + "/" + name + ".txt"
        let recording = ProcessInfo.processInfo.environment["DUTYDESK_RECORD_SNAPSHOTS"] == "1"
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8), !recording else {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("snapshot \(name) written; check it and run again", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }

    /// The screen as a person reads it, with a frame so trailing spaces and width are visible.
    static func text(_ grid: Grid) -> String {
        (0..<grid.height).map { "|" + grid.text(row: $0) + "|" }.joined(separator: "\n") + "\n"
    }
}
