import Foundation

/// A fresh folder for one test on the same disk as the checkout: durability tests mean nothing
/// on tmpfs, where fdatasync is a no-op.
public struct Scratch {
    public let path: String

    public init(_ name: String = #function) throws {
        let root = Self.packageRoot + "/.build/test-scratch"
        let safeName = name.filter { $0.isLetter || $0.isNumber }
        path = root + "/" + safeName + "-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Self.fileSystemType(of: path) != "tmpfs" else { throw ScratchError.onTmpfs(path) }
    }

    /// The type of the longest mount point that contains `path`, from /proc/mounts.
    static func fileSystemType(of path: String) -> String? {
        guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return nil }
        return mounts.split(separator: "\n")
            .map { $0.split(separator: " ").map(String.init) }
            .filter { $0.count > 2 && (path == $0[1] || path.hasPrefix($0[1] == "/" ? "/" : $0[1] + "/")) }
            .max { $0[1].count < $1[1].count }?[2]
    }

    public func file(_ name: String) -> String { path + "/" + name }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Tests/Support/Scratch.swift → the package folder.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
}

public enum ScratchError: Error { case onTmpfs(String) }
