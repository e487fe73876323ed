import ArgumentParser
import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskSettings
import Foundation

struct DeskOptions: ParsableArguments {
    @Option(help: ArgumentHelp(HelpText.pick(zh: "台账文件（环境变量 DUTYDESK_LOG；默认 $XDG_DATA_HOME/dutydesk/ledger.jsonl）。", en: "The ledger file (env DUTYDESK_LOG; default $XDG_DATA_HOME/dutydesk/ledger.jsonl)."),
                               valueName: "path"))
    var log: String?

    @Option(help: ArgumentHelp(HelpText.pick(zh: "台账不存文件时的存储位置：postgres://用户@主机:端口/数据库?desk=代码（环境变量 DUTYDESK_STORE；密码取自 PGPASSWORD 或 ~/.pgpass）。", en: "Where the ledger lives instead of a file: postgres://user@host:port/db?desk=CODE (env DUTYDESK_STORE; the password from PGPASSWORD or ~/.pgpass)."),
                               valueName: "address"))
    var store: String?

    @Option(help: ArgumentHelp(HelpText.pick(zh: "数据库存储中另一个台的台账记录：用于查看、添加批示、导入或导出。", en: "On a database store: another desk's stream to read, to add an instruction to, or to import into or export."),
                               valueName: "code"))
    var desk: String?

    @Option(help: ArgumentHelp(HelpText.pick(zh: "数据库存储中编号以此开头的所有台（3301：一个市的各县），用于值班台和时期报表。", en: "On a database store: every desk whose code starts with this (3301: a city's counties), for the console and the period reports."),
                               valueName: "prefix"))
    var desks: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp(HelpText.pick(zh: "值班员，即在台账上记下每条记录的人（环境变量 DUTYDESK_OPERATOR；默认登录名，没有则为未署名）。", en: "The operator, who records the events (env DUTYDESK_OPERATOR; default the login name, or a mark for an unnamed operator without one)."),
                                                             valueName: "name"))
    var operatorName: String?

    @Option(help: ArgumentHelp(HelpText.pick(zh: "消息语言：zh 或 en（环境变量 DUTYDESK_LANG；默认 zh）。", en: "Language of messages: zh or en (env DUTYDESK_LANG; default zh)."), valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp(HelpText.pick(zh: "本台设置（环境变量 DUTYDESK_CONFIG；默认 $XDG_CONFIG_HOME/dutydesk/config.toml，否则台账旁的 config.toml）。", en: "The desk's settings (env DUTYDESK_CONFIG; default $XDG_CONFIG_HOME/dutydesk/config.toml, else config.toml beside the ledger)."),
                               valueName: "path"))
    var config: String?

    @Option(name: .customLong("as-of"), parsing: .unconditional,
            help: ArgumentHelp(HelpText.pick(zh: "查看值班台在该时刻的状态（只读）。", en: "Review the desk as it stood at that moment (read-only)."), valueName: "time"))
    var asOf: String?

    @Option(name: .customLong("lock-timeout"),
            help: ArgumentHelp(HelpText.pick(zh: "等待其他进程释放台账的秒数（默认 30）。", en: "Seconds to wait for another process's hold on the ledger (default 30)."), valueName: "seconds"))
    var lockTimeout: Double?

    /// Options typed after the subcommand win over those typed before it.
    func overriding(_ outer: DeskOptions) -> DeskOptions {
        var merged = self
        merged.log = log ?? outer.log
        merged.store = store ?? outer.store
        merged.desk = desk ?? outer.desk
        merged.desks = desks ?? outer.desks
        merged.operatorName = operatorName ?? outer.operatorName
        merged.lang = lang ?? outer.lang
        merged.config = config ?? outer.config
        merged.asOf = asOf ?? outer.asOf
        merged.lockTimeout = lockTimeout ?? outer.lockTimeout
        return merged
    }
}

/// Everything a command needs from its surroundings, resolved once: where the ledger is,
/// who is recording, the language, the local time zone and the moment "now".
struct DeskContext {
    let ledgerPath: String
    /// Where the ledger lives: the file at `ledgerPath`, or a desk's stream on a database.
    let location: StoreLocation
    let operatorName: String
    /// The desks of a database the command works on (`--desk`, `--desks`).
    let scope: DeskScope
    let strings: Strings
    let timeZone: TimeZone
    /// The moment clocks are computed at: the wall clock, or the `--as-of` moment under review.
    let now: Date
    /// Set when reviewing the past: the ledger is read up to this moment and never written.
    let asOf: Date?
    let settings: DeskSettings
    var policy: DeadlinePolicy { settings.policy }
    /// Where this machine remembers how far it has seen each ledger ($XDG_STATE_HOME/dutydesk).
    let anchors: AnchorBook
    /// The desk's signing key ($XDG_DATA_HOME/dutydesk/desk.key).
    let keyPath: String
    /// How long to wait for another process's lock; says whom it waits for after a second.
    let patience: LockPatience
    private let environment: [String: String]

    init(_ options: DeskOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.environment = environment
        let langCode = options.lang ?? environment["DUTYDESK_LANG"] ?? Language.chinese.rawValue
        guard let language = Language(rawValue: langCode) else {
            // The language asked for is not known: said in the one the environment names, else the default.
            let fallback = Strings.table(for: environment["DUTYDESK_LANG"].flatMap(Language.init(rawValue:)) ?? .chinese)
            throw CLIFailure.usage(fill(fallback.usage.unknownValue, "--lang", langCode,
                                        Language.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        strings = Strings.table(for: language)
        ledgerPath = options.log ?? environment["DUTYDESK_LOG"] ?? Self.defaultLedgerPath(environment)
        let given = options.store ?? environment["DUTYDESK_STORE"]
        var named: StoreLocation
        do {
            named = try StoreLocation(store: given, ledgerPath: ledgerPath)
        } catch {
            throw CLIFailure.usage("--store: " + strings.ledger.describe(error))
        }
        settings = try Self.loadSettings(options.config ?? environment["DUTYDESK_CONFIG"], environment: environment,
                                         configFolder: named.configFolder, strings: strings)
        // The third way to name the store, after --store and DUTYDESK_STORE: the desk's settings. A
        // ledger file named for this command (--log, DUTYDESK_LOG) is what the operator asked to
        // read, an exported file being verified say, so the settings do not take it away.
        let fileNamed = options.log != nil || environment["DUTYDESK_LOG"] != nil
        if given?.isEmpty ?? true, !fileNamed, let configured = settings.store {
            do {
                named = try StoreLocation(store: configured, ledgerPath: ledgerPath)
            } catch {
                throw CLIFailure.usage(strings.ledger.settingsStore + strings.ledger.describe(error))
            }
        }
        scope = try DeskScope(desk: options.desk, desks: options.desks, location: named, words: strings.desks)
        location = scope.location(named)
        operatorName = scope.operatorName(options.operatorName ?? environment["DUTYDESK_OPERATOR"] ?? Self.loginName(environment)
            ?? strings.usage.unnamedOperator)
        timeZone = settings.timeZone ?? TimeZone.current
        let wallClock = WallClock.now()
        if let text = options.asOf {
            guard case .success(let moment) = TimeInput.parse(text, now: wallClock, timeZone: timeZone) else {
                throw CLIFailure.usage(fill(strings.usage.badTime, "--as-of", text))
            }
            guard moment <= wallClock else {
                throw CLIFailure.usage(strings.recordingError(.inFuture(field: .asOf, value: moment, now: wallClock),
                                                              timeZone: timeZone))
            }
            asOf = moment
        } else {
            asOf = nil
        }
        now = asOf ?? wallClock
        let stateHome = Self.folder(environment, "XDG_STATE_HOME", else: ".local/state")
        anchors = AnchorBook(folder: (stateHome as NSString).appendingPathComponent("dutydesk"))
        keyPath = ((Self.folder(environment, "XDG_DATA_HOME", else: ".local/share") as NSString)
            .appendingPathComponent("dutydesk") as NSString).appendingPathComponent("desk.key")
        let timeout = options.lockTimeout ?? 30
        guard timeout >= 0, timeout.isFinite else {
            throw CLIFailure.usage(fill(strings.usage.unknownValue, "--lock-timeout", timeout, "0 … 86400"))
        }
        let ledger = strings.ledger
        patience = LockPatience(timeout: timeout) { holder in
            Self.warn(fill(ledger.lockWaiting, holder.map { String($0.pid) } ?? "?",
                           holder?.command ?? ledger.lockUnknownHolder))
        }
    }

    /// A named file must exist; the usual places are looked in only if there is something there.
    private static func loadSettings(_ named: String?, environment: [String: String], configFolder: String?,
                                     strings: Strings) throws -> DeskSettings {
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home(environment) as NSString).appendingPathComponent(".config")
        let candidates = named.map { [$0] } ?? [
            (configHome as NSString).appendingPathComponent("dutydesk/config.toml"),
        ] + (configFolder.map { [($0 as NSString).appendingPathComponent("config.toml")] } ?? [])
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            if let named { throw CLIFailure.usage(fill(strings.usage.configMissing, named)) }
            return DeskSettings()
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure.usage(fill(strings.usage.configUnreadable, path))
        }
        do {
            return try SettingsParser.parse(text: String(decoding: data, as: UTF8.self), fileName: path,
                                            language: strings.language)
        } catch {
            throw CLIFailure.usage(error.description)
        }
    }

    var deskID: String { environment["DUTYDESK_DESK"] ?? ProcessInfo.processInfo.hostName }

    /// What the desk is called on screens and reports: its settings' name, else the ledger's desk id.
    func deskName(_ state: DeskState) -> String { settings.deskName ?? state.identity?.deskID ?? deskID }

    /// A file of the desk's beside its ledger (`.draft.json`); for a database's desk, in the state folder.
    func sideFile(_ suffix: String) -> String { location.sideFile(suffix, stateFolder: anchors.folder) }

    /// Builds the desk's store from its location; the one way every command opens it.
    var opener: StoreOpener {
        StoreOpener(location: location, deskID: deskID, operatorName: operatorName, timeZone: timeZone, anchors: anchors,
                    patience: patience)
    }

    /// Opens the ledger; writing creates it (and a ledger file's folder, mode 0750) if needed.
    /// Another desk's stream (`--desk`) is opened for writing only to add an `instruction`. A ledger
    /// file's session starts from its snapshot (`SnapshotCache`) unless `fromSnapshot` is false
    /// (`verify` reads every line). A writer that replayed many lines leaves a new snapshot; a
    /// reader writes nothing beside the ledger (`dutydesk snapshot` writes it on request).
    func openSession(writable: Bool, instruction: Bool = false, fromSnapshot: Bool = true) throws -> DeskSession {
        try refuseDeskGroup()
        if writable, !instruction { try refuseVisitedDesk() }
        do {
            // Another desk is one the database holds: writing never starts its stream, and reading
            // a desk that is not there says so rather than showing an empty queue.
            if let visited = scope.visited, case .postgres(let address) = location {
                let desks = try StoreDesks.under("", at: address)
                guard desks.contains(visited) else {
                    throw CLIFailure.refused(fill(strings.desks.noSuchDesk, visited, desks.joined(separator: " ")))
                }
            }
            let store = try opener.open(writable: writable)
            guard fromSnapshot, case .file(let path) = location, let ledger = store as? LedgerFile else {
                return try DeskSession(store: store, operatorName: operatorName)
            }
            let cache = SnapshotCache(ledgerPath: path)
            let opening = try cache.open(ledger, operatorName: operatorName)
            if let refusal = opening.refusal { warn(snapshotNote(refusal, path: cache.path)) }
            if writable, opening.replayed >= cache.refreshAfter || opening.refusal != nil { cache.save(opening.session, of: ledger) }
            return opening.session
        } catch {
            throw storeFailure(error)
        }
    }

    /// Why a snapshot was not used, in the operator's language.
    func snapshotNote(_ refusal: SnapshotFile.Refusal, path: String) -> String {
        let ledger = strings.ledger
        let why = switch refusal {
        case .missing, .corrupt: ledger.snapshotCorrupt
        case .unreadable: ledger.snapshotUnreadable
        case .otherVersion(let version): fill(ledger.snapshotOtherVersion, version)
        case .mismatch: ledger.snapshotMismatch
        }
        return fill(ledger.snapshotIgnored, path, why)
    }

    /// Records what `command` builds; every refusal becomes a message and nothing is appended.
    /// Refused outright while reviewing the past.
    /// Returns the case the event is about, as it stands afterwards.
    @discardableResult
    /// Appends what the command drafts under the write lock; a command that drafts nothing
    /// appends nothing and answers nil.
    /// On another desk's stream (`--desk`) only an instruction is recorded: `instruction` says it is one.
    func record(in session: DeskSession? = nil, instruction: Bool = false,
                _ command: (EventDrafter) throws(DraftRefusal) -> EventDraft?) throws -> Case? {
        if asOf != nil { throw CLIFailure.usage(strings.usage.reviewIsReadOnly) }
        if !instruction { try refuseVisitedDesk() }
        let session = try session ?? openSession(writable: true, instruction: instruction)
        do {
            let appended = try session.record { state in
                try command(EventDrafter(state: state, now: now, timeZone: timeZone, responsePlans: settings.responsePlans))
                    .map { [$0] } ?? []
            }
            return appended.last?.caseID.flatMap { session.state[$0] }
        } catch let error as DraftRefusal {
            throw CLIFailure(message: strings.recordingError(error, timeZone: timeZone), exitCode: error.exitCode)
        } catch {
            throw storeFailure(error)
        }
    }

    /// Another desk's cases are recorded by that desk; from here only an instruction goes onto its chain.
    func refuseVisitedDesk() throws {
        if let visited = scope.visited { throw CLIFailure.refused(fill(strings.desks.instructionOnly, visited, visited)) }
    }

    /// Commands that read or write one desk refuse `--desks`, which only the console and period reports read.
    func refuseDeskGroup() throws {
        if scope.prefix != nil { throw CLIFailure.usage(strings.desks.notForThisCommand) }
    }

    /// A store's refusal in the operator's words, whichever store refused; anything else as it was.
    func storeFailure(_ error: any Error) -> any Error {
        switch error {
        case let error as LedgerError: failure(error)
        case let error as StoreError: failure(error)
        default: error
        }
    }

    func failure(_ error: StoreError) -> CLIFailure {
        switch error {
        case .damaged(let fault): .refused(damaged(fault))
        case .contradicted(let conflict): .refused(strings.ledger.describe(conflict))
        case .readOnly: .refused(strings.usage.readOnly)
        case .unavailable(let store, let why): .refused(fill(strings.ledger.storeUnavailable, store, strings.ledger.describe(why)))
        case .unreachable(let store, let why): .refused(fill(strings.ledger.storeUnreachable, store, strings.ledger.describe(why)))
        }
    }

    /// 台账损坏（第 N 条，where：why）.
    func damaged(_ fault: StoreFault) -> String {
        fill(strings.usage.ledgerDamaged, fault.event, strings.ledger.describe(fault.location),
             strings.ledger.describe(fault.reason))
    }

    func failure(_ error: LedgerError) -> CLIFailure {
        let usage = strings.usage
        switch error {
        case .damaged(let fault):
            return .refused(damaged(fault.storeFault))
        case .notFound(let path):
            return .refused(fill(usage.ledgerNotFound, path))
        case .readOnly:
            return .refused(usage.readOnly)
        case .system(let call, let path, let code):
            return .refused(SystemFailure.text(call: call, path: path, errno: code, in: strings.language))
        case .notAFile(let path, let kind):
            return .refused(fill(strings.ledger.notAFile, path, kind.name(in: strings.ledger.fileKinds)))
        case .busy(let holder, let waited):
            return .refused(fill(strings.ledger.lockTimeout, holder.map { String($0.pid) } ?? "?",
                                 holder?.command ?? strings.ledger.lockUnknownHolder, Int(waited)))
        case .contradicted(let conflict):
            return .refused(strings.ledger.describe(conflict))
        case .vanished(let seen):
            return .refused(fill(strings.ledger.vanished, seen.path, seen.ledgerID, seen.seq))
        }
    }

    /// Reads a vocabulary value typed in Chinese or English, or names every valid one.
    func value<V: Vocabulary>(_ token: String, as _: V.Type, option: String) throws -> V {
        guard let value = V(token: token) else {
            throw CLIFailure.usage(fill(strings.usage.unknownValue, option, token, V.validValues(in: strings.language)))
        }
        return value
    }

    /// An attendee typed for `--attendee` (`姓名:身份`, or a name the settings place), or bad usage naming
    /// the capacities.
    func attendee(_ typed: String) throws -> ConferenceAttendee {
        guard let attendee = settings.attendee(typed) else {
            throw CLIFailure.usage(fill(strings.speakers.unknownAttendee, typed, AttendeeRole.validValues(in: strings.language)))
        }
        return attendee
    }

    /// A time typed for `option`, read as the console's date-time field reads it: a `due` time's
    /// bare `23:30` is the next 23:30, anything else's the latest.
    func time(_ text: String?, as meaning: TimeInput.Meaning = .happened, option: String) throws -> Date? {
        guard let text else { return nil }
        switch TimeInput.parse(text, as: meaning, now: now, timeZone: timeZone) {
        case .success(let date): return date
        case .failure:
            throw CLIFailure.usage(fill(strings.usage.badTime, option, text))
        }
    }

    private static func defaultLedgerPath(_ environment: [String: String]) -> String {
        ((folder(environment, "XDG_DATA_HOME", else: ".local/share") as NSString).appendingPathComponent("dutydesk") as NSString)
            .appendingPathComponent("ledger.jsonl")
    }

    /// An XDG base folder: the variable if set and not empty, else its default under the home folder.
    private static func folder(_ environment: [String: String], _ variable: String, else fallback: String) -> String {
        environment[variable].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home(environment) as NSString).appendingPathComponent(fallback)
    }

    /// `$HOME` first, as XDG says; the password database only when it is unset. Foundation's
    /// NSHomeDirectory() reads the database alone, so a desk run with HOME elsewhere wrote there.
    private static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// The system's name for whoever runs this, if it has one.
    private static func loginName(_ environment: [String: String]) -> String? {
        if let name = getlogin().map({ String(cString: $0) }), !name.isEmpty { return name }
        return [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty }
    }
}
