import DutyDeskTestSupport
import Foundation
import Testing

/// `scripts/unmirrored-sources`: every source file with logic has a test file named after it, and
/// stays so (this runs with the rest of `scripts/test`, which CI runs); a file with logic planted in
/// a copy of the tree without a test is listed, a plain table of words is not.
@Suite struct UnmirroredSourcesScriptTests {
    static func run(_ root: String) throws -> (status: Int32, output: String) {
        try PythonScript.run([Scratch.packageRoot + "/scripts/unmirrored-sources", "--package-path", root])
    }

    @Test(.timeLimit(.minutes(2))) func everySourceWithLogicHasItsTestFile() throws {
        let run = try Self.run(Scratch.packageRoot)
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("without a test file named after them, 0 more with one in another folder\n")
                && run.output.contains("; 0 without"), "\(run.output)")
    }

    @Test(.timeLimit(.minutes(2))) func aFileWithLogicAndNoTestIsListed() throws {
        let copy = try CheckImportsScriptTests.copyOfTheTree()
        defer { copy.remove() }
        try "enum Planted {\n    static func pick(_ flag: Bool) -> Int { flag ? 1 : 0 }\n    static func or(_ x: Int?) -> Int { x ?? 0 }\n}\n"
            .write(toFile: copy.file("Sources/DutyDeskCore/Model/Planted.swift"), atomically: true, encoding: .utf8)
        // Arithmetic with no branch is logic too: the demo's on-call windows were missed so.
        try "enum PlantedSum {\n    static func later(_ now: Date, hours: Double) -> Date { now.addingTimeInterval(hours * 3600) }\n}\n"
            .write(toFile: copy.file("Sources/DutyDeskCore/Model/PlantedSum.swift"), atomically: true, encoding: .utf8)
        try "enum PlantedWords {\n    static let title = \"if for while\"\n}\n"
            .write(toFile: copy.file("Sources/DutyDeskCore/Model/PlantedWords.swift"), atomically: true, encoding: .utf8)
        let run = try Self.run(copy.path)
        #expect(run.output.contains("Sources/DutyDeskCore/Model/Planted.swift\n"), "\(run.output)")
        #expect(run.output.contains("Sources/DutyDeskCore/Model/PlantedSum.swift\n"), "\(run.output)")
        #expect(!run.output.contains("PlantedWords"), "words inside a string are no logic")
        #expect(run.output.contains("; 2 without"), "\(run.output)")
    }
}
