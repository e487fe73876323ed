import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

/// Signed checkpoints as an auditor uses them: a token kept outside the ledger, checked later.
@Suite struct CheckpointCommandsTests {
    @Test func aTokenProvesThePrefixUntilTheLedgerIsCutOrRewritten() throws {
        let scratch = try Scratch("checkpoint")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        for title in ["甲", "乙"] { _ = try DeskBinary.run(["add", "--title", title, "--locality", "城关镇"], log: log) }
        let key = try DeskBinary.run(["key"], log: log)
        #expect(key.status == 0 && key.stdout.wholeMatch(of: /[0-9a-f]{64}\n/) != nil, "\(key)")
        let publicKey = key.stdout.trimmingCharacters(in: .newlines)
        var info = stat()
        #expect(stat(scratch.file("data/dutydesk/desk.key"), &info) == 0 && info.st_mode & 0o777 == 0o600)

        let signed = try DeskBinary.run(["checkpoint"], log: log)
        #expect(signed.status == 0, "\(signed)")
        let token = signed.stdout.trimmingCharacters(in: .newlines)
        #expect(token.hasPrefix("dd1.") && !token.contains("\n"))
        let checkpoint = try #require(Checkpoint(token: token))
        #expect(checkpoint.seq == 3)
        _ = try DeskBinary.run(["add", "--title", "丙", "--locality", "城关镇"], log: log)

        let holds = try DeskBinary.run(["verify", "--anchor", token, "--anchor", token], log: log)
        #expect(holds.status == 0 && holds.stdout.components(separatedBy: "令牌相符").count == 3, "\(holds)")
        let all = try DeskBinary.run(["verify", "--key", publicKey], log: log)
        #expect(all.status == 0 && all.stdout.contains("1 个检查点均由公钥"), "\(all)")
        let otherKey = String(repeating: "ab", count: 32)
        #expect(try DeskBinary.run(["verify", "--key", otherKey], log: log).status == 1)
        #expect(try DeskBinary.run(["verify", "--anchor", token, "--key", otherKey], log: log).stdout.contains("签名无效"))
        #expect(try DeskBinary.run(["verify", "--anchor", "dd1.nonsense"], log: log).status == 2)
        #expect(try DeskBinary.run(["verify", "--key", "xyz"], log: log).status == 2)

        // Rewritten from scratch by someone without this machine's anchors (another state folder)
        // and with a freshly chained ledger: only the token can tell.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        let newlines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        let elsewhere = ["XDG_STATE_HOME": scratch.file("elsewhere")]
        try Data(bytes[...newlines[1]]).write(to: URL(fileURLWithPath: log))
        let cut = try DeskBinary.run(["verify", "--anchor", token, "--key", publicKey], log: log, extra: elsewhere)
        #expect(cut.status == 1, "\(cut)")
        #expect(cut.stdout.contains("令牌记录第 3 条") && cut.stdout.contains(checkpoint.headHash), "\(cut.stdout)")

        try FileManager.default.removeItem(atPath: log)
        let fresh = ["XDG_STATE_HOME": scratch.file("fresh")]
        for title in ["甲", "乙"] {
            _ = try DeskBinary.run(["add", "--title", title, "--locality", "城关镇"], log: log, extra: fresh)
        }
        let redone = try DeskBinary.run(["verify", "--anchor", token, "--key", publicKey], log: log, extra: fresh)
        #expect(redone.status == 1 && redone.stdout.contains("令牌属于台账"), "\(redone)")
    }

    @Test func aHandoverSignsACheckpointAndItsReportCarriesTheToken() throws {
        let scratch = try Scratch("handover-token")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        _ = try DeskBinary.run(["add", "--title", "甲", "--locality", "城关镇"], log: log)
        let handed = try DeskBinary.run(["handover", "--to", "李娜"], log: log)
        #expect(handed.status == 0, "\(handed)")
        let token = handed.stdout.trimmingCharacters(in: .newlines)
        let checkpoint = try #require(Checkpoint(token: token), "\(handed.stdout)")
        #expect(checkpoint.seq == 3, "the checkpoint covers the handover itself")
        let report = try DeskBinary.run(["report", "handover"], log: log)
        #expect(report.stdout.contains("签名令牌") && report.stdout.contains(token), "\(report.stdout)")
        #expect(try DeskBinary.run(["verify", "--anchor", token], log: log).status == 0)
    }
}
