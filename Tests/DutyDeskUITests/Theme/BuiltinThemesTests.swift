import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// The compiled-in themes are themes/ as it is: the folder stays the one source.
@Suite struct BuiltinThemesTests {
    static let themesFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("themes").path
    }()

    @Test func theyAreTheFilesInThemes() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(".toml".count)) }
        #expect(Set(names) == Set(BuiltinThemes.texts.keys), "run scripts/embed-themes")
        for name in names {
            let file = try String(contentsOfFile: Self.themesFolder + "/" + name + ".toml", encoding: .utf8)
            #expect(BuiltinThemes.texts[name] == file, "themes/\(name).toml changed: run scripts/embed-themes")
        }
    }

    @Test func everyOneParses() throws {
        for (name, text) in BuiltinThemes.texts {
            _ = try ThemeParser.parse(text: text, fileName: name, base: .builtinFallback)
        }
    }
}
