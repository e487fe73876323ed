import DutyDeskTestSupport
import Foundation
import Testing

/// `scripts/check-imports`: the tree keeps to the module graph, and a copy of the tree with one
/// wrong edge planted in it is refused with that edge named.
@Suite(.serialized) struct CheckImportsScriptTests {
    @Test(.timeLimit(.minutes(2))) func theTreeKeepsToTheGraph() throws {
        let run = try Self.check(Scratch.packageRoot)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("all within the graph"), "\(run.output)")
    }

    /// The domain reaching up to the console is an import the graph forbids.
    @Test(.timeLimit(.minutes(2))) func anImportUpTheGraphIsRefused() throws {
        let copy = try Self.copyOfTheTree()
        defer { copy.remove() }
        try Self.plant("import DutyDeskUI\n", atTopOf: copy.file("Sources/DutyDeskCore/Model/Case.swift"))
        let run = try Self.check(copy.path)
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("Sources/DutyDeskCore/Model/Case.swift:1: DutyDeskCore must not import DutyDeskUI"),
                "\(run.output)")
    }

    /// The terminal may know the grid and the text, never the domain.
    @Test(.timeLimit(.minutes(2))) func theTerminalImportingTheDomainIsRefused() throws {
        let copy = try Self.copyOfTheTree()
        defer { copy.remove() }
        try Self.plant("import DutyDeskCore\n", atTopOf: copy.file("Sources/DutyDeskTerminal/Glyph.swift"))
        let run = try Self.check(copy.path)
        #expect(run.status == 1 && run.output.contains("DutyDeskTerminal must not import DutyDeskCore"), "\(run.output)")
    }

    /// Swift 6 lets an import carry an access level; `internal import` is still an edge, and one
    /// the check could not see would let the terminal reach the domain unnoticed.
    @Test(.timeLimit(.minutes(2))) func anImportWithAnAccessLevelIsRefused() throws {
        let copy = try Self.copyOfTheTree()
        defer { copy.remove() }
        try Self.plant("internal import DutyDeskCore\n", atTopOf: copy.file("Sources/DutyDeskTerminal/Glyph.swift"))
        let run = try Self.check(copy.path)
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("Sources/DutyDeskTerminal/Glyph.swift:1: DutyDeskTerminal must not import DutyDeskCore"),
                "\(run.output)")
    }

    /// An allowed module that Package.swift does not declare builds only by luck (another target
    /// links it), so it is refused too.
    @Test(.timeLimit(.minutes(2))) func anUndeclaredImportIsRefused() throws {
        let copy = try Self.copyOfTheTree()
        defer { copy.remove() }
        let manifest = copy.file("Package.swift")
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        let declared = #".target(name: "DutyDeskGrid", dependencies: ["DutyDeskText"]),"#
        #expect(text.contains(declared))
        try text.replacingOccurrences(of: declared, with: #".target(name: "DutyDeskGrid"),"#)
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let run = try Self.check(copy.path)
        #expect(run.status == 1 && run.output.contains("DutyDeskGrid imports DutyDeskText, not declared in Package.swift"),
                "\(run.output)")
    }

    /// ARCHITECTURE.md prints the graph the script checks, so the two cannot drift apart.
    @Test func theArchitectureGuideShowsTheCheckedGraph() throws {
        let run = try PythonScript.run([Scratch.packageRoot + "/scripts/check-imports", "--graph"])
        let guide = try String(contentsOfFile: Scratch.packageRoot + "/ARCHITECTURE.md", encoding: .utf8)
        #expect(run.status == 0 && !run.output.isEmpty)
        #expect(guide.contains(run.output), "ARCHITECTURE.md should hold:\n\(run.output)")
    }

    static func copyOfTheTree() throws -> Scratch {
        let scratch = try Scratch("imports")
        for item in ["Package.swift", "Sources", "Tests", "scripts"] {
            try FileManager.default.copyItem(atPath: Scratch.packageRoot + "/" + item, toPath: scratch.file(item))
        }
        return scratch
    }

    static func plant(_ line: String, atTopOf path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (line + text).write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func check(_ root: String) throws -> (status: Int32, output: String) {
        try PythonScript.run([Scratch.packageRoot + "/scripts/check-imports", "--package-path", root])
    }
}
