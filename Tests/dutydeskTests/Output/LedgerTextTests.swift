import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskTestSupport
import Testing
@testable import dutydesk

/// A store's refusals in the operator's language.
@Suite struct LedgerTextTests {
    @Test func anImportRefusalIsSaidInEachLanguage() {
        let chinese = Strings.table(for: .chinese).ledger
        let english = Strings.table(for: .english).ledger
        let problems: [StoreImport.Problem] = [.disagrees(desk: "330106", seq: 7), .deskIsLonger(desk: "330106", events: 9, lines: 4)]
        #expect(chinese.describe(problems[0]) == "值班台 330106 的第 7 条记录与文件第 7 行不同；未导入任何内容")
        #expect(chinese.describe(problems[1]) == "值班台 330106 已有 9 条记录，文件只有 4 行；未导入任何内容")
        #expect(english.describe(problems[0]) == "desk 330106's event 7 differs from the file's line 7; nothing imported")
        #expect(english.describe(problems[1]) == "desk 330106 holds 9 events, the file only 4 lines; nothing imported")
        for problem in problems {
            #expect(OneLanguage.englishWords(in: chinese.describe(problem)).isEmpty)
            #expect(OneLanguage.chineseCharacters(in: english.describe(problem)).isEmpty)
        }
    }

    /// A store that stopped answering says why in the operator's words; only what the server said
    /// itself is quoted as it came, beside its code, on one line.
    @Test func anUnavailableStoreIsSaidInEachLanguage() {
        let chinese = Strings.table(for: .chinese).ledger
        let english = Strings.table(for: .english).ledger
        let whys: [StoreUnavailable] = [.schemaBehind(expected: 3), .lostDuringAppend(times: 3), .noStream(desk: "330106"),
                                        .silent, .system(call: "pipe", errno: 24)]
        for why in whys {
            #expect(OneLanguage.englishWords(in: chinese.describe(why), allowing: ["pipe"])
                .isEmpty, "\(chinese.describe(why))")
            #expect(OneLanguage.chineseCharacters(in: english.describe(why)).isEmpty)
        }
        #expect(chinese.describe(StoreUnavailable.schemaBehind(expected: 3)) == "数据库结构不是第 3 版（新数据库请执行「dutydesk store init」，旧结构请执行「dutydesk store migrate」）")
        let server = StoreUnavailable.server(message: "permission denied for table event\n\u{1B}[2J", code: "42501")
        #expect(chinese.describe(server) == "服务器报错：permission denied for table event␊␛[2J（错误代码 42501）")
        #expect(english.describe(server) == "the server said: permission denied for table event␊␛[2J (SQLSTATE 42501)")
    }
}
