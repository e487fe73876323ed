import DutyDeskCore
import DutyDeskJSON
import DutyDeskLedger
import Foundation

/// The joint meeting's agenda as marked (case codes, in the order marked), kept beside the
/// ledger so the marks survive a restart. Marking is preparation, not a fact of the case: the
/// meeting itself is recorded in the ledger (`h`, 会商), so the agenda is a side file like the
/// intake draft, replaced atomically and readable only by its owner.
struct AgendaFile {
    /// The desk's side file `.agenda.json` (`DeskContext.sideFile`).
    let path: String

    /// An empty agenda leaves no file behind.
    func save(_ codes: [String]) throws {
        guard !codes.isEmpty else {
            unlink(path)
            return
        }
        let object = JSONObject([("cases", .array(codes.map { .string($0) }))])
        try SideFile.replace(path, with: Array(JSONWriter.compact(.object(object)).utf8), mode: 0o600)
    }

    /// The codes an earlier run marked; an unreadable file is an empty agenda.
    func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path),
              let cases = try? JSONParser.parse(data).objectValue?["cases"]?.arrayValue else { return [] }
        return cases.compactMap(\.stringValue)
    }
}
