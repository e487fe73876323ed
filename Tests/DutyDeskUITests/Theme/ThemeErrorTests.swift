import Testing
@testable import DutyDeskUI

/// A theme file's refusal names the file and line, so the person editing it can go straight there.
@Suite struct ThemeErrorTests {
    static func error(_ problem: ThemeError.Problem, line: Int? = 12) -> ThemeError {
        ThemeError(fileName: "themes/light.toml", line: line, problem: problem)
    }

    @Test func theFileAndLineComeFirst() {
        #expect(Self.error(.unknownColor("\"bleu\"")).message(in: .english) == "themes/light.toml:12: unknown colour \"bleu\" (use #rrggbb, 0-255, an ANSI name or \"default\")")
        #expect(Self.error(.unknownColor("\"bleu\""), line: nil).message(in: .chinese).hasPrefix("themes/light.toml: 无法识别的颜色 \"bleu\""))
        #expect(Self.error(.unknownTopLevelKey("x")).description == Self.error(.unknownTopLevelKey("x")).message(in: .english))
    }

    /// TOMLKit's sentence is English: the Chinese message names the line alone.
    @Test func aSyntaxErrorKeepsTheLibrarysSentenceOutOfChinese() {
        let error = Self.error(.syntax("expected '=' after key"))
        #expect(error.message(in: .chinese) == "themes/light.toml:12: 不是有效的 TOML 文件")
        #expect(error.message(in: .english) == "themes/light.toml:12: not valid TOML: expected '=' after key")
    }

    /// English says what was expected with its article; Chinese names the key and TOML's type.
    @Test func aWrongTypeSaysWhatWasExpectedAndFound() {
        let integer = Self.error(.wrongType(key: "roles.header.bold", expected: "true or false", found: "integer"))
        #expect(integer.message(in: .english).hasSuffix("roles.header.bold must be true or false, not an integer"))
        #expect(integer.message(in: .chinese).hasSuffix("roles.header.bold 的值类型不对（文件里写的是 TOML 的 integer 类型）"))
        let string = Self.error(.wrongType(key: "monochrome", expected: "true or false", found: "string"))
        #expect(string.message(in: .english).hasSuffix("not a string"))
        #expect(ThemeError.Problem.wrongType(key: "name", expected: "a string", found: .bool)
            == .wrongType(key: "name", expected: "a string", found: "boolean"))
    }

    @Test func anUnknownRoleListsTheRolesThereAre() {
        let message = Self.error(.unknownRole("heading")).message(in: .english)
        #expect(message.contains("unknown role \"heading\""))
        #expect(message.contains("header-accent") && message.contains("selected-row"), "the roles as a theme writes them")
    }
}
