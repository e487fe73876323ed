import DutyDeskTestSupport
import Testing
@testable import DutyDeskUI

@Suite struct ThemeLoadErrorTests {
    /// An unknown name lists the themes there are and where they were looked for, so the next try can succeed.
    @Test func anUnknownNameListsTheThemesAndTheFolders() {
        let error = ThemeLoadError.unknownName("dusk", available: ["default", "monochrome"], searched: ["/a/themes", "/b/themes"])
        #expect(error.message(in: .chinese) == "没有名为「dusk」的主题（可用：default, monochrome；查找过：/a/themes, /b/themes）")
        #expect(error.message(in: .english) == "no theme named \"dusk\" (available: default, monochrome; searched /a/themes, /b/themes)")
        #expect(error.description == error.message(in: .english))
        let none = ThemeLoadError.unknownName("dusk", available: [], searched: ["/a/themes"])
        #expect(none.message(in: .chinese).contains("没有找到任何主题"))
    }

    @Test func aFileThatIsNotThereOrUnreadableIsNamed() {
        #expect(ThemeLoadError.missingFile("/t/x.toml").message(in: .english) == "theme file not found: /t/x.toml")
        #expect(ThemeLoadError.unreadable(path: "/t/x.toml", reason: "Permission denied").message(in: .chinese)
            == "无法读取主题文件 /t/x.toml：Permission denied")
    }

    @Test(arguments: [ThemeLoadError.Words.chinese])
    func theChineseWordsHoldNoEnglish(words: ThemeLoadError.Words) {
        for text in [words.unknownName, words.noThemes, words.available, words.missingFile, words.unreadable] {
            #expect(OneLanguage.englishWords(in: text).isEmpty, "\(text)")
        }
        for text in [ThemeLoadError.Words.english.unknownName, ThemeLoadError.Words.english.unreadable] {
            #expect(OneLanguage.chineseCharacters(in: text).isEmpty, "\(text)")
        }
    }
}
