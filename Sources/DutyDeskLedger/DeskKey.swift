import Crypto
import DutyDeskCore
import DutyDeskText
import Foundation

/// The desk's Ed25519 signing key: it signs checkpoints, so a token a supervisor keeps can be
/// told from one made up later. The private key stays on the desk's machine (mode 0600); the
/// public key is what an auditor is given.
public struct DeskKey {
    private let privateKey: Curve25519.Signing.PrivateKey

    /// 64 hex digits.
    public var publicKey: String { Hex.encode(privateKey.publicKey.rawRepresentation) }

    /// The key in `path`, made on first use. Two processes making it at once end up with the same
    /// one: only the first to give the file its name wins, and the other reads it.
    public static func loadOrCreate(at path: String) throws -> DeskKey {
        if let key = try load(at: path) { return key }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let fresh = Curve25519.Signing.PrivateKey()
        _ = try SideFile.create(path, with: Array((Hex.encode(fresh.rawRepresentation) + "\n").utf8), mode: 0o600)
        guard let key = try load(at: path) else { throw LedgerError.notFound(path: path) }
        return key
    }

    /// The key in `path`, or nil if there is none; a file that holds no key is an error.
    public static func load(at path: String) throws -> DeskKey? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingSpacesAndLines()
        guard let raw = bytes(hex: text, count: 32),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw LedgerError.system(call: "read key", path: path, errno: EINVAL)
        }
        return DeskKey(privateKey: key)
    }

    /// A checkpoint of the ledger `ledgerID` up to line `seq` with hash `headHash`, signed now.
    public func checkpoint(ledgerID: String, seq: Int, headHash: String, at moment: Date) throws -> Checkpoint {
        let unsigned = Checkpoint(ledgerID: ledgerID, seq: seq, headHash: headHash, signedAt: moment, publicKey: publicKey,
                                  signature: "")
        let signature = try privateKey.signature(for: unsigned.signedBytes)
        return Checkpoint(ledgerID: ledgerID, seq: seq, headHash: headHash, signedAt: unsigned.signedAt, publicKey: publicKey,
                          signature: Hex.encode(signature))
    }

    /// Whether `checkpoint`'s signature was made by the key `publicKey` (64 hex digits).
    public static func isSigned(_ checkpoint: Checkpoint, by publicKey: String) -> Bool {
        guard let raw = bytes(hex: publicKey, count: 32), let signature = bytes(hex: checkpoint.signature, count: 64),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: checkpoint.signedBytes)
    }

    static func bytes(hex: String, count: Int) -> [UInt8]? {
        guard Checkpoint.isHex(hex, count: count * 2) else { return nil }
        let digits = Array(hex.utf8)
        return (0..<count).map { index in
            func value(_ digit: UInt8) -> UInt8 { digit <= 57 ? digit - 48 : digit - 87 }
            return value(digits[2 * index]) << 4 | value(digits[2 * index + 1])
        }
    }
}
