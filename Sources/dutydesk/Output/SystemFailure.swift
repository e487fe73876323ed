import DutyDeskCore
import DutyDeskLedger
import Glibc

/// A failed system call (`LedgerError.system`) as a person reads it. The C library says why in
/// English (`strerror`); in Chinese the usual reasons are named in Chinese, the others by their
/// number, and the call's name is left out: the path says what could not be done.
enum SystemFailure {
    static func text(call: String, path: String, errno code: Int32, in language: Language) -> String {
        guard language == .chinese else { return "\(call) \(path): \(String(cString: strerror(code)))" }
        return "\(path)：" + (chineseReasons[code] ?? "系统错误（错误码 \(code)）")
    }

    /// The failures a desk meets: a folder missing or closed to it, a full or read-only disk.
    static let chineseReasons: [Int32: String] = [
        ENOENT: "没有这个文件或目录", EACCES: "没有权限", EPERM: "不允许此操作", ENOSPC: "磁盘空间已满",
        EDQUOT: "超出磁盘配额", EROFS: "文件系统只读", EISDIR: "这是一个目录", ENOTDIR: "路径中有一项不是目录",
        EEXIST: "已经存在", EIO: "读写设备出错", ENAMETOOLONG: "文件名太长",
    ]

    /// Any error as text in `language`: a system call's failure as above, others as they describe themselves.
    static func text(_ error: Error, in language: Language) -> String {
        if case LedgerError.system(let call, let path, let code) = error {
            return text(call: call, path: path, errno: code, in: language)
        }
        return String(describing: error)
    }
}
