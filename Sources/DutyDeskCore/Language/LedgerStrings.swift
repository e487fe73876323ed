/// The names of what may stand at a ledger's path instead of a regular file. The ledger module's
/// `FileKind` names one by an exhaustive switch, so a new kind there does not build without its words.
public struct FileKindNames: Sendable {
    public let directory, fifo, device, socket, special: String
}

/// What the desk says about the ledger file itself: refused paths, anchors, the lock and
/// checkpoints. Kept apart from `Strings`' other tables; same `{}` placeholders.
public struct LedgerMessages: Sendable {
    public let notAFile, vanished, replaced, shorter, rewritten: String
    public let lockWaiting, lockTimeout, lockUnknownHolder, consoleLockBusy, consoleSaveCancelled: String
    public let checkpointSigned, deskKey, noDeskKey, badToken, badKey: String
    public let tokenOK, tokenOtherLedger, tokenBeyondLedger, tokenHashDiffers, tokenBadSignature: String
    public let checkpointsOK, checkpointBad: String
    /// What is wrong with a line: incomplete, hash, chain, gap (found, expected), version, first line,
    /// CR, malformed (what).
    public let incomplete, hashMismatch, brokenChain, sequenceGap, unsupportedVersion, notALedger, carriageReturn,
        malformed: String
    /// Where a fault is: in a file (byte offset), in a database (the desk's stream).
    public let atByteOffset, inDeskStream: String
    /// What is wrong with a `--store` address: not postgres://, a password in it, a part missing, a bad desk code.
    public let notPostgres, passwordInAddress, addressMissing, badDesk, storeNeeded: String
    /// Before what is wrong with the settings file's `store` key.
    public let settingsStore: String
    /// A store no connection was made to (address, why), and the whys: nothing answered, the user
    /// or password refused, no such database, refused with a code (SQLSTATE).
    public let storeUnreachable, unreachableNoAnswer, unreachableAuthentication, unreachableNoDatabase,
        unreachableRefused: String
    /// A store that stopped answering or answered with an error (address, why), and the whys: the
    /// schema behind (version), the connection lost during an append (times), no stream for the desk,
    /// the server silent, the server's error (its message, its code), the connection broken (the
    /// client's name for it), a system call failed (call, errno).
    public let storeUnavailable, unavailableSchemaBehind, unavailableLostDuringAppend, unavailableNoStream,
        unavailableSilent, unavailableServer, unavailableConnection, unavailableSystem: String
    /// A ledger file that cannot be imported into a desk's stream: the desk's event differs from
    /// the file's line (desk, seq, seq); the desk holds more events than the file has lines
    /// (desk, events, lines).
    public let importDisagrees, importDeskIsLonger: String
    /// A snapshot not used (path, why) and the whys: unreadable, corrupt, another
    /// format version (number), its last line not in the ledger as marked.
    public let snapshotIgnored, snapshotUnreadable, snapshotCorrupt, snapshotOtherVersion, snapshotMismatch: String
    /// `dutydesk snapshot`: written (path, events), not for a database, not written for a ledger that did not read sound.
    public let snapshotWritten, snapshotOnlyForFiles, snapshotNotSound: String
    /// What stands where a ledger file should be; `FileKind.name(in:)` picks one.
    public let fileKinds: FileKindNames

    public static let chinese = LedgerMessages(
        notAFile: "{} 是{}，不是普通文件，不能用作台账",
        vanished: "警报：本机见过的台账 {}（编号 {}，{} 条记录）现已不存在或为空",
        replaced: "警报：{} 处是另一本台账（编号 {}），本机见过的是编号 {}（{} 条记录）；已拒绝写入",
        shorter: "警报：台账比本机见过的短：本机见过第 {} 条（哈希 {}），现在只有 {} 条（末条哈希 {}）；已拒绝写入",
        rewritten: "警报：台账第 {} 条已被改写：本机记录的哈希 {}，现在是 {}；已拒绝写入",
        lockWaiting: "台账被进程 {}（{}）占用，等待中…",
        lockTimeout: "台账被进程 {}（{}）占用，已等待 {} 秒，放弃；未写入任何内容",
        lockUnknownHolder: "未知进程",
        consoleLockBusy: "台账被进程 {} 占用 {}s，保存待写入（Esc 取消）",
        consoleSaveCancelled: "已取消保存，表单内容保留",
        checkpointSigned: "已签名检查点：第 {} 条，哈希 {}；令牌：",
        deskKey: "值班台公钥：",
        noDeskKey: "本机没有值班台密钥（{}），请用 --key 指定公钥",
        badToken: "--anchor：无法识别的令牌「{}」",
        badKey: "--key：无法识别的公钥「{}」（应为 64 位十六进制）",
        tokenOK: "令牌相符：第 {} 条哈希 {}，签名属于公钥 {}",
        tokenOtherLedger: "令牌不符：令牌属于台账 {}，此台账编号 {}",
        tokenBeyondLedger: "令牌不符：令牌记录第 {} 条（哈希 {}），台账只有 {} 条（末条哈希 {}）",
        tokenHashDiffers: "令牌不符：第 {} 条在令牌中哈希为 {}，台账中为 {}",
        tokenBadSignature: "令牌签名无效：不是公钥 {} 所签",
        checkpointsOK: "{} 个检查点均由公钥 {} 签名，且与台账相符",
        checkpointBad: "第 {} 条检查点不符：{}",
        incomplete: "行不完整（没有换行）", hashMismatch: "哈希与该行内容不符", brokenChain: "prev 与上一行的哈希不符",
        sequenceGap: "seq 为 {}，应为 {}", unsupportedVersion: "不支持的格式版本", notALedger: "第一行不是 log.created 记录",
        carriageReturn: "行以 CR 结尾（CRLF 换行）：文件被转换过", malformed: "格式错误：{}",
        atByteOffset: "字节偏移 {}", inDeskStream: "值班台 {} 的台账记录",
        notPostgres: "{} 不是 postgres:// 地址", passwordInAddress: "密码请放在 PGPASSWORD 或 ~/.pgpass 中，不要写进存储地址",
        addressMissing: "存储地址缺少 {}（postgres://用户@主机:端口/数据库?desk=代码）",
        badDesk: "值班台 {} 不是行政区划代码（数字，如 330106）",
        storeNeeded: "--store：请给出 postgres://用户@主机:端口/数据库?desk=代码 地址（或环境变量 DUTYDESK_STORE）",
        settingsStore: "设置中的 store：",
        storeUnreachable: "无法连接台账数据库 {}：{}",
        unreachableNoAnswer: "服务器没有应答（请检查主机和端口，以及服务器是否在运行）",
        unreachableAuthentication: "服务器拒绝了该用户或密码（密码取自 PGPASSWORD 或 ~/.pgpass）",
        unreachableNoDatabase: "服务器上没有这个数据库",
        unreachableRefused: "服务器拒绝连接（错误代码 {}）",
        storeUnavailable: "台账数据库 {} 不可用：{}",
        unavailableSchemaBehind: "数据库结构不是第 {} 版（新数据库请执行「dutydesk store init」，旧结构请执行「dutydesk store migrate」）",
        unavailableLostDuringAppend: "追加记录时连接断开 {} 次，未能确认写入",
        unavailableNoStream: "没有值班台 {} 的台账记录", unavailableSilent: "服务器接受连接后没有应答",
        unavailableServer: "服务器报错：{}（错误代码 {}）", unavailableConnection: "连接中断（{}）",
        unavailableSystem: "系统调用 {} 失败（错误号 {}）",
        importDisagrees: "值班台 {} 的第 {} 条记录与文件第 {} 行不同；未导入任何内容",
        importDeskIsLonger: "值班台 {} 已有 {} 条记录，文件只有 {} 行；未导入任何内容",
        snapshotIgnored: "未使用快照 {}（{}），已从头重放台账；下次写入台账或执行 dutydesk snapshot 时重建快照",
        snapshotUnreadable: "无法读取", snapshotCorrupt: "已损坏", snapshotOtherVersion: "格式版本 {} 不适用",
        snapshotMismatch: "与台账不符",
        snapshotWritten: "快照已写入 {}（{} 条记录）", snapshotOnlyForFiles: "快照只用于台账文件，数据库存储不写快照",
        snapshotNotSound: "台账读取有问题，未写快照（请运行 dutydesk verify）",
        fileKinds: FileKindNames(directory: "目录", fifo: "命名管道（FIFO）", device: "设备文件", socket: "套接字",
                                 special: "特殊文件"))

    public static let english = LedgerMessages(
        notAFile: "{} is a {}, not a regular file: it cannot be a ledger",
        vanished: "ALARM: the ledger at {} that this machine has seen (id {}, {} events) is missing or empty",
        replaced: "ALARM: {} holds another ledger (id {}) than the one this machine has seen (id {}, {} events); writing refused",
        shorter: "ALARM: the ledger is shorter than this machine has seen: seq {} (hash {}) was seen, now {} events (head {}); writing refused",
        rewritten: "ALARM: ledger line {} was rewritten: this machine remembers hash {}, the ledger has {}; writing refused",
        lockWaiting: "the ledger is held by process {} ({}); waiting…",
        lockTimeout: "the ledger is held by process {} ({}); gave up after {} s, nothing appended",
        lockUnknownHolder: "unknown process",
        consoleLockBusy: "ledger held by process {} for {}s; the save is waiting (Esc cancels)",
        consoleSaveCancelled: "save cancelled; the form is kept",
        checkpointSigned: "checkpoint signed at seq {}, hash {}; token:",
        deskKey: "desk public key:",
        noDeskKey: "this machine has no desk key ({}); name the public key with --key",
        badToken: "--anchor: not a checkpoint token: \"{}\"",
        badKey: "--key: not a public key: \"{}\" (64 hex digits expected)",
        tokenOK: "token holds: seq {} hash {}, signed by key {}",
        tokenOtherLedger: "token does not hold: it is for ledger {}, this ledger is {}",
        tokenBeyondLedger: "token does not hold: it names seq {} (hash {}), the ledger has {} events (head {})",
        tokenHashDiffers: "token does not hold: seq {} has hash {} in the token, {} in the ledger",
        tokenBadSignature: "token signature is not by key {}",
        checkpointsOK: "{} checkpoints, all signed by key {} and matching the ledger",
        checkpointBad: "checkpoint at seq {} does not hold: {}",
        incomplete: "incomplete line (no newline)", hashMismatch: "hash does not match the line",
        brokenChain: "prev does not match the previous line's hash", sequenceGap: "seq {}, expected {}",
        unsupportedVersion: "unsupported format version", notALedger: "the first line is not a log.created event",
        carriageReturn: "the line ends in CR (CRLF line endings): the file was converted", malformed: "malformed: {}",
        atByteOffset: "byte offset {}", inDeskStream: "desk {}'s stream",
        notPostgres: "{} is not a postgres:// address",
        passwordInAddress: "put the password in PGPASSWORD or ~/.pgpass, not in the store address",
        addressMissing: "the store address names no {} (postgres://user@host:port/db?desk=CODE)",
        badDesk: "desk {} is not an administrative-division code (digits, e.g. 330106)",
        storeNeeded: "--store: name a postgres://user@host:port/db?desk=CODE address (or DUTYDESK_STORE)",
        settingsStore: "store (config): ",
        storeUnreachable: "cannot reach the database store {}: {}",
        unreachableNoAnswer: "the server did not answer (check the host and port, and that the server is running)",
        unreachableAuthentication: "the server refused the user or the password (taken from PGPASSWORD or ~/.pgpass)",
        unreachableNoDatabase: "the server holds no such database",
        unreachableRefused: "the server refused the connection (SQLSTATE {})",
        storeUnavailable: "the database store {} is unavailable: {}",
        unavailableSchemaBehind: "the schema is not at version {} (run dutydesk store init on a new database, dutydesk store migrate on an old one)",
        unavailableLostDuringAppend: "the connection was lost {} times during an append; the write is not confirmed",
        unavailableNoStream: "no stream for desk {}", unavailableSilent: "the server took the connection and did not answer",
        unavailableServer: "the server said: {} (SQLSTATE {})", unavailableConnection: "the connection broke ({})",
        unavailableSystem: "the system call {} failed (errno {})",
        importDisagrees: "desk {}'s event {} differs from the file's line {}; nothing imported",
        importDeskIsLonger: "desk {} holds {} events, the file only {} lines; nothing imported",
        snapshotIgnored: "snapshot {} not used ({}); the ledger was replayed from its first line; the next write to the "
            + "ledger or dutydesk snapshot rebuilds it",
        snapshotUnreadable: "unreadable", snapshotCorrupt: "corrupt", snapshotOtherVersion: "format version {} does not apply",
        snapshotMismatch: "does not match the ledger",
        snapshotWritten: "snapshot {} written ({} events)", snapshotOnlyForFiles: "snapshots are kept beside a ledger file only, not for a database store",
        snapshotNotSound: "the ledger did not read sound: no snapshot written (run dutydesk verify)",
        fileKinds: FileKindNames(directory: "folder", fifo: "FIFO", device: "device", socket: "socket", special: "special file"))
}

extension Strings {
    public var ledger: LedgerMessages { language == .chinese ? .chinese : .english }
}
