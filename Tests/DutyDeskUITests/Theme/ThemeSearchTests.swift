import DutyDeskGrid
import Testing
@testable import DutyDeskUI

private let home = ["HOME": "/home/duty"]

@Suite struct ThemeSearchTests {
    @Test func foldersInOrder() {
        let disk = FakeDisk(files: ["/src/dd/themes/default.toml": ""])
        let search = disk.search(["XDG_CONFIG_HOME": "/xdg", "HOME": "/home/duty", "DUTYDESK_THEMES": "/etc/dd-themes"],
                                 executable: "/src/dd/.build/x86_64-unknown-linux-gnu/debug/dutydesk")
        #expect(search.folders == [
            "/xdg/dutydesk/themes",
            "/etc/dd-themes",
            "/src/dd/.build/x86_64-unknown-linux-gnu/share/dutydesk/themes",
            "/src/dd/themes",
        ])
    }

    @Test func configFolderDefaultsToHomeDotConfig() {
        let search = FakeDisk(files: [:]).search(home)
        #expect(search.folders == ["/home/duty/.config/dutydesk/themes", "/opt/dd/share/dutydesk/themes"])
    }

    @Test func emptyVariablesCountAsUnset() {
        let search = FakeDisk(files: [:]).search(["XDG_CONFIG_HOME": "", "HOME": "/h", "DUTYDESK_THEMES": ""])
        #expect(search.folders == ["/h/.config/dutydesk/themes", "/opt/dd/share/dutydesk/themes"])
    }

    /// The checkout's themes/ is the nearest one holding default.toml, not merely any themes/.
    @Test func walkingUpSkipsThemesFoldersWithoutDefault() {
        let disk = FakeDisk(files: ["/src/dd/.build/themes/light.toml": "", "/src/dd/themes/default.toml": "",
                                    "/src/themes/default.toml": ""])
        let search = disk.search([:], executable: "/src/dd/.build/debug/dutydesk")
        #expect(search.folders.last == "/src/dd/themes")
    }

    @Test func noCheckoutNoFolder() {
        let search = FakeDisk(files: [:]).search([:], executable: "/usr/local/bin/dutydesk")
        #expect(search.folders == ["/usr/local/share/dutydesk/themes"])
    }

    @Test func aNameIsTakenFromTheFirstFolderThatHasIt() throws {
        let disk = FakeDisk(files: [
            "/home/duty/.config/dutydesk/themes/light.toml": "",
            "/custom/light.toml": "", "/custom/night.toml": "",
            "/opt/dd/share/dutydesk/themes/light.toml": "", "/opt/dd/share/dutydesk/themes/night.toml": "",
            "/opt/dd/share/dutydesk/themes/default.toml": "",
        ])
        let search = disk.search(home.merging(["DUTYDESK_THEMES": "/custom"]) { $1 })
        #expect(try search.path(for: "light") == "/home/duty/.config/dutydesk/themes/light.toml")
        #expect(try search.path(for: "night") == "/custom/night.toml")
        #expect(try search.path(for: "default") == "/opt/dd/share/dutydesk/themes/default.toml")
    }

    @Test(arguments: ["./light", "mine/dark.toml", "light.toml", "/etc/light.toml"])
    func aValueWithSlashOrTomlIsAPath(request: String) throws {
        let disk = FakeDisk(files: [request: "", "/opt/dd/share/dutydesk/themes/light.toml": ""])
        #expect(try disk.search(home).path(for: request) == request)
        #expect(throws: ThemeLoadError.missingFile(request)) { try FakeDisk(files: [:]).search(home).path(for: request) }
    }

    @Test func anUnknownNameListsTheThemesThereAre() {
        let disk = FakeDisk(files: [
            "/home/duty/.config/dutydesk/themes/夜班.toml": "", "/home/duty/.config/dutydesk/themes/notes.txt": "",
            "/opt/dd/share/dutydesk/themes/default.toml": "", "/opt/dd/share/dutydesk/themes/light.toml": "",
            "/opt/dd/themes/default.toml": "", "/opt/dd/themes/monochrome.toml": "",
        ])
        let search = disk.search(home)
        let expected = ThemeLoadError.unknownName("solarized", available: ["default", "light", "monochrome", "夜班"],
                                                  searched: search.folders)
        #expect(throws: expected) { try search.path(for: "solarized") }
        #expect(expected.description.hasPrefix(
            "no theme named \"solarized\" (available: default, light, monochrome, 夜班; searched /home/duty/.config"))
    }
}
