import DutyDeskCore
import Foundation

/// The intake form as it is being typed, kept beside the ledger so a crash or a closed terminal
/// mid-call loses nothing. One JSON object, replaced atomically (write, fsync, rename), readable
/// only by its owner: it holds a caller's name and phone before they reach the ledger.
struct DraftFile {
    struct Draft: Equatable {
        var fields: [String: String]
        /// When the form opened: what an empty discovery time means, after a restart too.
        var openedAt: Date
        var savedAt: Date
        var recorder: String
    }

    let path: String

    init(logPath: String) { path = logPath + ".draft.json" }

    func save(_ draft: Draft) throws {
        let object = JSONObject([
            ("recorder", .string(draft.recorder)),
            ("openedAt", .string(ISO8601Timestamp.format(draft.openedAt, utcOffset: 0))),
            ("savedAt", .string(ISO8601Timestamp.format(draft.savedAt, utcOffset: 0))),
            ("fields", .object(JSONObject(draft.fields.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))),
        ])
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary]) }
        defer { close(fd) }
        let bytes = Array(JSONWriter.compact(.object(object)).utf8)
        guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count, fsync(fd) == 0,
              rename(temporary, path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// The draft left by an earlier run, if any (an unreadable one is treated as none).
    func load() -> Draft? {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONParser.parse(data).objectValue,
              let fields = object["fields"]?.objectValue,
              let openedAt = object["openedAt"]?.stringValue.flatMap(ISO8601Timestamp.parse),
              let savedAt = object["savedAt"]?.stringValue.flatMap(ISO8601Timestamp.parse) else { return nil }
        var values: [String: String] = [:]
        for (key, value) in fields.pairs { values[key] = value.stringValue ?? "" }
        return Draft(fields: values, openedAt: openedAt, savedAt: savedAt, recorder: object["recorder"]?.stringValue ?? "")
    }

    func discard() { unlink(path) }
}
