import DutyDeskText
import Foundation

/// A signed statement of how far the ledger reached: its id, the seq and hash of its last line
/// then, and when. Signed with the desk's Ed25519 key and kept twice: as a `log.checkpointed`
/// event in the ledger, and as a one-line token a supervisor keeps outside it (on paper, in a
/// message). A token proves the ledger still holds exactly that prefix, however it is later cut
/// or rewritten.
public struct Checkpoint: Sendable, Equatable {
    public let ledgerID: String
    public let seq: Int
    public let headHash: String
    /// Whole seconds: the signed bytes carry the Unix time.
    public let signedAt: Date
    /// The signing key, 64 hex digits (empty when read from a token, which leaves it out).
    public let publicKey: String
    /// 128 hex digits.
    public let signature: String

    public init(ledgerID: String, seq: Int, headHash: String, signedAt: Date, publicKey: String, signature: String) {
        self.ledgerID = ledgerID
        self.seq = seq
        self.headHash = headHash
        self.signedAt = Date(timeIntervalSince1970: signedAt.timeIntervalSince1970.rounded(.down))
        self.publicKey = publicKey
        self.signature = signature
    }

    /// What the key signs: a fixed first line, then each field on its own line.
    public static func signedBytes(ledgerID: String, seq: Int, headHash: String, signedAt: Date) -> [UInt8] {
        Array("dutydesk-checkpoint/1\n\(ledgerID)\n\(seq)\n\(headHash)\n\(Int(signedAt.timeIntervalSince1970.rounded(.down)))\n".utf8)
    }

    public var signedBytes: [UInt8] { Self.signedBytes(ledgerID: ledgerID, seq: seq, headHash: headHash, signedAt: signedAt) }

    /// `dd1.<ledger id>.<seq>.<head hash>.<unix time>.<signature>`: one line, no spaces, safe to paste.
    public var token: String {
        ["dd1", ledgerID, String(seq), headHash, String(Int(signedAt.timeIntervalSince1970)), signature].joined(separator: ".")
    }

    /// Reads a token back; nil unless every part has its form.
    public init?(token: String) {
        let parts = token.trimmingSpacesAndLines().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "dd1", !parts[1].isEmpty,
              let seq = Int(parts[2]), seq > 0, Self.isHex(parts[3], count: 64),
              let unix = Int(parts[4]), Self.isHex(parts[5], count: 128) else { return nil }
        self.init(ledgerID: String(parts[1]), seq: seq, headHash: String(parts[3]),
                  signedAt: Date(timeIntervalSince1970: TimeInterval(unix)), publicKey: "", signature: String(parts[5]))
    }

    public static func isHex(_ text: some StringProtocol, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
