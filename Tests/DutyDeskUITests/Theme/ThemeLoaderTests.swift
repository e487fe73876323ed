import DutyDeskGrid
import Testing
@testable import DutyDeskUI

private let home = ["HOME": "/home/duty"]

@Suite struct ThemeLoaderTests {
    static let share = "/opt/dd/share/dutydesk/themes/"
    let disk = FakeDisk(files: [
        share + "default.toml": "name = \"默认\"\n[roles.header]\nfg = \"blue\"\n[roles.row]\nfg = \"white\"\n",
        share + "light.toml": "name = \"浅色\"\n[roles.header]\nfg = \"black\"\n",
        share + "monochrome.toml": "name = \"单色\"\nmonochrome = true\n[roles.header]\nreverse = true\n",
        "/home/duty/mono.toml": "name = \"我的单色\"\nmonochrome = true\n",
        share + "broken.toml": "[roles.header]\nfg = \"bleu\"\n",
    ])

    @Test func noRequestIsTheDefaultOverTheBuiltinTheme() throws {
        let theme = try disk.loader(home).theme(for: nil)
        #expect(theme.name == "默认")
        #expect(theme.style(.header) == Style(foreground: .ansi(4)))
        #expect(theme.style(.error) == Theme.builtinFallback.style(.error))
    }

    @Test func aThemeFallsBackToTheDefault() throws {
        let theme = try disk.loader(home).theme(for: "light")
        #expect(theme.name == "浅色")
        #expect(theme.style(.header) == Style(foreground: .ansi(0)))
        #expect(theme.style(.row) == Style(foreground: .ansi(7)))
    }

    @Test func theUsersOwnDefaultIsTheBase() throws {
        var disk = disk
        disk.files["/home/duty/.config/dutydesk/themes/default.toml"] = "name = \"mine\"\n[roles.row]\nfg = \"red\"\n"
        let theme = try disk.loader(home).theme(for: "light")
        #expect(theme.style(.row) == Style(foreground: .ansi(1)))
    }

    @Test func withoutDefaultTomlTheBuiltinThemeIsUsed() throws {
        let loader = FakeDisk(files: [:]).loader(home, executable: "/tmp/dutydesk")
        #expect(try loader.theme(for: nil) == Theme.builtinFallback)
    }

    @Test func noColorReplacesAColorTheme() throws {
        let theme = try disk.loader(home.merging(["NO_COLOR": "1"]) { $1 }).theme(for: "light")
        #expect(theme.name == "单色")
        #expect(theme.monochrome)
        #expect(theme.style(.header) == Style(reverse: true))
        #expect(theme.style(.row) == Style())
    }

    @Test func noColorKeepsAMonochromeThemeAskedFor() throws {
        let theme = try disk.loader(home.merging(["NO_COLOR": "1"]) { $1 }).theme(for: "/home/duty/mono.toml")
        #expect(theme.name == "我的单色")
    }

    @Test func noColorWithoutMonochromeTomlIsTheBuiltinTheme() throws {
        var disk = disk
        disk.files[Self.share + "monochrome.toml"] = nil
        #expect(try disk.loader(home.merging(["NO_COLOR": "yes"]) { $1 }).theme(for: nil) == Theme.builtinFallback)
    }

    @Test func anEmptyNoColorIsIgnored() throws {
        #expect(try disk.loader(home.merging(["NO_COLOR": ""]) { $1 }).theme(for: nil).name == "默认")
    }

    @Test func aBrokenThemeNamesItsFileAndLine() {
        do {
            _ = try disk.loader(home).theme(for: "broken")
            Issue.record("accepted a broken theme")
        } catch {
            guard case .invalid(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.fileName == Self.share + "broken.toml")
            #expect(problem.line == 2)
            #expect(error.description.hasPrefix(Self.share + "broken.toml:2: unknown colour \"bleu\""))
        }
    }

    @Test func anUnreadableFileSaysWhy() {
        let loader = ThemeLoader(search: disk.search(home)) { _ in throw FakeDisk.Unreadable() }
        #expect(throws: ThemeLoadError.unreadable(path: Self.share + "default.toml", reason: "Permission denied")) {
            try loader.theme(for: nil)
        }
    }

    static let compiledIn = [
        "default": "name = \"内置默认\"\n[roles.header]\nfg = \"green\"\n",
        "light": "name = \"内置浅色\"\n[roles.row]\nfg = \"black\"\n",
        "monochrome": "name = \"内置单色\"\nmonochrome = true\n",
    ]

    /// A binary copied on its own: no themes folder anywhere, and still its colours.
    @Test func withoutFilesTheCompiledInThemesAreUsed() throws {
        let loader = FakeDisk(files: [:]).loader(home, executable: "/tmp/dutydesk", builtin: Self.compiledIn)
        #expect(try loader.theme(for: nil).name == "内置默认")
        let light = try loader.theme(for: "light")
        #expect(light.name == "内置浅色")
        #expect(light.style(.header) == Style(foreground: .ansi(2)), "over the compiled-in default")
        #expect(try FakeDisk(files: [:]).loader(["NO_COLOR": "1"], builtin: Self.compiledIn).theme(for: nil).name
            == "内置单色")
    }

    @Test func aFileWinsOverTheCompiledInTheme() throws {
        let theme = try disk.loader(home, builtin: Self.compiledIn).theme(for: "light")
        #expect(theme.name == "浅色")
        #expect(theme.style(.header) == Style(foreground: .ansi(0)))
        #expect(theme.style(.row) == Style(foreground: .ansi(7)), "over the installed default, not the built-in one")
    }

    @Test func anUnknownNameListsTheCompiledInThemesToo() {
        let loader = FakeDisk(files: ["/home/duty/.config/dutydesk/themes/夜班.toml": ""])
            .loader(home, builtin: Self.compiledIn)
        #expect(loader.availableNames == ["default", "light", "monochrome", "夜班"])
        #expect(throws: ThemeLoadError.unknownName("solarized", available: ["default", "light", "monochrome", "夜班"],
                                                   searched: loader.search.folders)) {
            try loader.theme(for: "solarized")
        }
    }

    @Test func aBrokenCompiledInThemeSaysSo() {
        let loader = FakeDisk(files: [:]).loader(home, builtin: ["default": "[roles.header]\nfg = \"bleu\"\n"])
        #expect(throws: ThemeLoadError.self) { try loader.theme(for: nil) }
        do {
            _ = try loader.theme(for: nil)
        } catch {
            #expect(error.description.hasPrefix("(built-in) default.toml:2:"), "\(error)")
        }
    }
}
