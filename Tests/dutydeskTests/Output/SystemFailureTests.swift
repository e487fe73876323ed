import DutyDeskCore
import DutyDeskLedger
import Glibc
import Testing
@testable import dutydesk

@Suite struct SystemFailureTests {
    @Test func theUsualReasonsAreNamedInChineseAndTheCLibrarysInEnglish() {
        #expect(SystemFailure.text(call: "open", path: "/a/b", errno: ENOENT, in: .chinese) == "/a/b：没有这个文件或目录")
        #expect(SystemFailure.text(call: "open", path: "/a/b", errno: ENOENT, in: .english)
            == "open /a/b: No such file or directory")
        #expect(SystemFailure.text(call: "open", path: "/a", errno: EXDEV, in: .chinese) == "/a：系统错误（错误码 \(EXDEV)）")
        #expect(SystemFailure.text(LedgerError.system(call: "fsync", path: "/x", errno: ENOSPC), in: .chinese) == "/x：磁盘空间已满")
    }
}
