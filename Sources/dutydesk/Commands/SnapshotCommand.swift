import ArgumentParser
import DutyDeskCore
import DutyDeskLedger

/// `dutydesk snapshot`: writes the ledger file's snapshot now. Readers never write beside the
/// ledger and writers only after a long replay, so a ledger brought in whole (a copy, an
/// import from elsewhere) is given its snapshot by this.
struct SnapshotCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: HelpText.pick(zh: "现在写入台账文件的快照（<台账>.snapshot），之后的命令从快照开始。",
                                en: "Write the ledger file's snapshot (<ledger>.snapshot) now, so that later commands start from it."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws {
        let desk = try context()
        let words = desk.strings.ledger
        guard case .file(let path) = desk.location else { throw CLIFailure.refused(words.snapshotOnlyForFiles) }
        let session = try desk.openSession(writable: false)
        guard let ledger = session.store as? LedgerFile, ledger.condition == .sound else {
            desk.warnCondition(of: session.store)
            throw CLIFailure.refused(words.snapshotNotSound)
        }
        let cache = SnapshotCache(ledgerPath: path)
        try cache.write(session, of: ledger)
        print(fill(words.snapshotWritten, cache.path, session.state.eventCount))
    }
}
