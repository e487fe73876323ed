import DutyDeskCore
import DutyDeskJSON
import DutyDeskLedger
import Foundation

/// The intake form as it is being typed, kept beside the ledger so a crash or a closed terminal
/// mid-call loses nothing. One JSON object, replaced atomically (write, fsync, rename), readable
/// only by its owner: it holds a caller's name and phone before they reach the ledger.
struct DraftFile {
    struct Draft: Equatable {
        var fields: [FieldID: String]
        /// When the form opened: what an empty discovery time means, after a restart too.
        var openedAt: Date
        var savedAt: Date
        var operatorName: String
    }

    /// Beside the ledger (`DeskContext.sideFile`).
    let path: String

    func save(_ draft: Draft) throws {
        let object = JSONObject([
            ("recorder", .string(draft.operatorName)),
            ("openedAt", .string(ISO8601Timestamp.format(draft.openedAt, utcOffset: 0))),
            ("savedAt", .string(ISO8601Timestamp.format(draft.savedAt, utcOffset: 0))),
            ("fields", .object(JSONObject(draft.fields.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, .string($0.value)) }))),
        ])
        try SideFile.replace(path, with: Array(JSONWriter.compact(.object(object)).utf8), mode: 0o600)
    }

    /// The draft left by an earlier run, if any (an unreadable one is treated as none).
    func load() -> Draft? {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONParser.parse(data).objectValue,
              let fields = object["fields"]?.objectValue,
              let openedAt = object["openedAt"]?.stringValue.flatMap(ISO8601Timestamp.parse),
              let savedAt = object["savedAt"]?.stringValue.flatMap(ISO8601Timestamp.parse) else { return nil }
        // A key no form field has (a draft from another version) has nowhere to be shown.
        var values: [FieldID: String] = [:]
        for (key, value) in fields.pairs { if let id = FieldID(rawValue: key) { values[id] = value.stringValue ?? "" } }
        return Draft(fields: values, openedAt: openedAt, savedAt: savedAt, operatorName: object["recorder"]?.stringValue ?? "")
    }

    func discard() { unlink(path) }
}
