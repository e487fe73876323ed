import ArgumentParser
import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import Foundation

/// `dutydesk store init|migrate|import|export`: the database a `--store postgres://…` names.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: HelpText.pick(zh: "设置 PostgreSQL 存储，并在文件和存储之间迁移台账。", en: "Set up a PostgreSQL store, and move ledgers between files and the store."),
        subcommands: [StoreInit.self, StoreMigrate.self, StoreImportCommand.self, StoreExport.self])
}

extension DeskContext {
    /// The `--store` address, or the desk `--desk` names on its database; refused (exit 2) when the ledger is a file.
    func databaseAddress() throws -> PostgresStoreAddress {
        guard case .postgres(let address) = location else {
            throw CLIFailure.usage(strings.ledger.storeNeeded)
        }
        return address
    }
}

/// Both run the migrations the database lacks; `init` says so when there were none before.
private func migrate(_ desk: DeskContext) throws {
    do {
        let (from, to) = try StoreSchema.migrate(desk.databaseAddress())
        let words = desk.strings.usage
        print(from == to ? fill(words.schemaCurrent, to) : fill(words.schemaMigrated, from, to))
    } catch {
        throw desk.storeFailure(error)
    }
}

struct StoreInit: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: HelpText.pick(zh: "创建存储的表、触发器和 dutydesk_app 角色（以数据库所有者身份运行）。", en: "Create the store's tables, triggers and the dutydesk_app role (run as the database's owner)."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws { try migrate(context()) }
}

struct StoreMigrate: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: HelpText.pick(zh: "把存储的结构升级到本版本。", en: "Bring the store's schema to this version's."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws { try migrate(context()) }
}

struct StoreExport: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: HelpText.pick(zh: "把一个台的台账记录逐字节写成台账文件，输出到标准输出。", en: "Write a desk's stream as a ledger file on stdout, byte for byte."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws {
        let context = try context()
        let address = try context.databaseAddress()
        do {
            let store = try PostgresEventStore(address: address, access: .readOnly, operatorName: context.operatorName,
                                               now: WallClock.now, timeZone: context.timeZone)
            let out = FileHandle.standardOutput
            try store.lines { out.write(Data($0)) }
        } catch {
            throw context.storeFailure(error)
        }
    }
}

struct StoreImportCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.pick(zh: "把台账文件载入一个台的台账记录（先校验；该台已有记录必须是文件的开头几行）。", en: "Load a ledger file into a desk's stream (verified first; the desk's events must be the file's first lines)."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "台账文件。", en: "The ledger file."), valueName: "file"))
    var file: String

    func run() throws {
        let context = try context()
        let address = try context.databaseAddress()
        do {
            let ledger = try LedgerFile(path: file, access: .readOnly, deskID: address.desk, operatorName: context.operatorName,
                                          now: WallClock.now, timeZone: context.timeZone)
            let events = try ledger.readNew()
            guard ledger.condition == .sound else {
                if case .damaged(let fault) = ledger.condition { throw CLIFailure.refused(context.damaged(fault)) }
                if case .tornTail(let fault) = ledger.condition { throw CLIFailure.refused(context.damaged(fault)) }
                throw StoreError.readOnly
            }
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).prefix(events.count)
            let loaded = try StoreImport.load(zip(events, lines).map { ($0, Array($1) + [UInt8(ascii: "\n")]) }, into: address)
            print(fill(context.strings.usage.storeImported, loaded, events.count, address.desk))
        } catch let problem as StoreImport.Problem {
            throw CLIFailure.refused(context.strings.ledger.describe(problem))
        } catch let failure as CLIFailure {
            throw failure
        } catch {
            throw context.storeFailure(error)
        }
    }
}
