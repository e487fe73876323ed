import Testing
@testable import DutyDeskUI

@Suite struct PathNamesTests {
    @Test func joiningAddsOneSlash() {
        #expect(PathNames.join("/etc/dutydesk", "themes") == "/etc/dutydesk/themes")
        #expect(PathNames.join("/etc/dutydesk/", "themes") == "/etc/dutydesk/themes")
    }

    @Test func theParentOfTheRootIsTheRootAndOfABareNameTheCurrentFolder() {
        #expect(PathNames.parent(of: "/home/a/theme.toml") == "/home/a")
        #expect(PathNames.parent(of: "/theme.toml") == "/")
        #expect(PathNames.parent(of: "theme.toml") == ".")
    }

    /// Folders the search reaches by different spellings compare equal.
    @Test func normalizingFoldsDotsAndEmptyComponents() {
        #expect(PathNames.normalized("/home//a/./themes/") == "/home/a/themes")
        #expect(PathNames.normalized("/home/a/../b") == "/home/b")
        #expect(PathNames.normalized("/..") == "/")
        #expect(PathNames.normalized("../a/../..") == "../..")
        #expect(PathNames.normalized("a/..") == ".")
        #expect(PathNames.normalized("./") == ".")
    }
}
