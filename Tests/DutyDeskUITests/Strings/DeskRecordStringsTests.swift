import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct DeskRecordStringsTests {
    /// Every word is there in both languages, and the Chinese table has no English left in it.
    @Test func bothTablesAreFilledAndTheChineseOneIsChinese() {
        for (chinese, english) in zip(Mirror(reflecting: DeskRecordStrings.chinese).children,
                                      Mirror(reflecting: DeskRecordStrings.english).children) {
            let zh = chinese.value as! String, en = english.value as! String
            #expect(!zh.isEmpty && !en.isEmpty, "\(chinese.label ?? "")")
            #expect(zh != en, "\(chinese.label ?? "") is not translated")
            #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(chinese.label ?? ""): \(zh)")
        }
        #expect(DeskRecordStrings.table(for: .english).recorded == "Recorded: {}")
    }
}
