import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk triage` and `dutydesk link`, the real binary on a real ledger: a bad value is named with
/// what may be chosen, and the judgement and the further report show on the case.
@Suite struct WorkflowCommandsTests {
    @Test func triageRegradesWithVerificationAndNamesBadValues() throws {
        let scratch = try Scratch("triage")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let code = try DeskBinary.run(["add", "--title", "化工园区异味", "--locality", "临江镇"], log: log).lines[0]
        let bad = try DeskBinary.run(["triage", code, "--grade", "重大", "--verification", "maybe"], log: log)
        #expect(bad.status == 2 && bad.stderr.contains("可选值：属实、有一定根据"), "\(bad.stderr)")
        let done = try DeskBinary.run(["triage", code, "--grade", "重大", "--verification", "不实", "--class", "复杂敏感事件",
                                       "--risk", "高"], log: log)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stderr.contains("澄清事实"))
        let shown = try JSONParser.parse(try DeskBinary.run(["show", code, "--json"], log: log).stdout).objectValue!
        #expect(shown["deadlineKind"]?.stringValue == "press-conference")
        #expect(shown["statusCode"]?.stringValue == "handling")
    }

    @Test func linkCountsAFurtherReport() throws {
        let scratch = try Scratch("link")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let code = try DeskBinary.run(["add", "--title", "自来水发黄", "--locality", "城关镇"], log: log).lines[0]
        #expect(try DeskBinary.run(["link", code, "--channel", "微博", "--note", "同一视频"], log: log).status == 0)
        let shown = try DeskBinary.run(["show", code], log: log).stdout
        #expect(shown.contains("再次报告（微博）：同一视频"), "\(shown)")
    }
}
