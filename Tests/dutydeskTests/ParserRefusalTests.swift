import DutyDeskCore
import Testing
@testable import dutydesk

@Suite struct ParserRefusalTests {
    @Test(arguments: [
        ("Missing expected argument '--locality <locality>'", "缺少必填参数 --locality <locality>", "missing --locality <locality>"),
        ("Unknown option '--bogus'. Did you mean '--log'?", "没有选项 --bogus", "no option --bogus"),
        ("Unexpected argument 'x'", "多余的参数「x」", "unexpected argument \"x\""),
        ("The value 'abc' is invalid for '--lock-timeout <seconds>'", "--lock-timeout <seconds> 的值「abc」无效",
         "--lock-timeout <seconds>: invalid value \"abc\""),
        ("Missing value for '--title <title>'", "--title <title> 后面缺少值", "--title <title> needs a value"),
    ])
    func theUsualRefusalsAreSaidAgain(message: String, chinese: String, english: String) {
        #expect(ParserRefusal.said(message, command: "dutydesk add", in: .chinese) == chinese + "\n用法见 dutydesk add --help")
        #expect(ParserRefusal.said(message, command: "dutydesk add", in: .english) == english + "\nsee dutydesk add --help")
    }

    @Test func anUnknownRefusalIsLeftToTheParser() {
        #expect(ParserRefusal.said("Something new", command: "dutydesk", in: .chinese) == nil)
    }
}
