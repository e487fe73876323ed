import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// The themes on the real disk: what the wrapper hands `ThemeSearch` and `ThemeLoader` (whose
/// decisions are tested on a fake disk) must agree with what a folder really holds.
@Suite struct ThemeCatalogTests {
    static let theme = "name = \"我的\"\n[roles.header]\nfg = \"blue\"\n"

    /// No `themes/` beside a binary in the scratch folder, so only the user's folder and the compiled-in themes count.
    static func catalog(_ scratch: Scratch) -> ThemeCatalog {
        ThemeCatalog(environment: ["XDG_CONFIG_HOME": scratch.file("config")], executablePath: scratch.file("bin/dutydesk"))
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func theUsersOwnThemeIsFoundByName() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Self.write(Self.theme, to: scratch.file("config/dutydesk/themes/mine.toml"))
        let catalog = Self.catalog(scratch)
        #expect(try catalog.theme(for: "mine").name == "我的")
        #expect(try catalog.theme(for: "mine").style(.header).foreground == .ansi(4))
        #expect(catalog.availableNames.contains("mine"))
        #expect(catalog.availableNames.contains("default"), "the compiled-in themes are offered too")
    }

    /// A folder that happens to be called dusk.toml is no theme file.
    @Test func aFolderIsNotAThemeFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.file("config/dutydesk/themes/dusk.toml"),
                                                withIntermediateDirectories: true)
        let refusal = #expect(throws: (any Error).self) { try Self.catalog(scratch).theme(for: "dusk") }
        #expect("\(refusal.map { String(describing: $0) } ?? "")".hasPrefix("no theme named \"dusk\""))
        #expect(!Self.catalog(scratch).availableNames.contains("dusk"))
    }

    /// A file that is not UTF-8 is unreadable, said in a sentence a person can act on, not a dump of
    /// Foundation's user info.
    @Test func anUnreadableFileSaysWhyInASentence() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("config/dutydesk/themes/broken.toml")
        try Self.write("", to: path)
        try Data([0x6E, 0x61, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
        do {
            _ = try Self.catalog(scratch).theme(for: "broken")
            Issue.record("a file that is not UTF-8 was read")
        } catch {
            guard case .unreadable(let named, let reason) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(named == path)
            #expect(!reason.isEmpty && !reason.contains("NSFilePath") && !reason.contains("UserInfo"), "\(reason)")
        }
    }
}
