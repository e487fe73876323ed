import DutyDeskTestSupport
import Foundation
import Testing

/// The tmux driver leaves no server behind, even after its test deleted the socket with the
/// scratch folder (how nine servers were once left after a run).
@Suite(.serialized) struct TmuxDriverTests {
    /// Processes whose command line names `socket`: the server keeps the one that started it.
    static func processes(naming socket: String) -> [String] {
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return pids.filter { Int32($0) != nil }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let arguments = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
            guard arguments.contains(socket),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  stat.split(separator: ")").last?.split(separator: " ").first != "Z" else { return nil }
            return pid + " " + arguments
        }
    }

    @Test func theServerIsKilledAfterItsSocketIsGone() throws {
        let scratch = try Scratch("tmuxdriver")
        let socket = scratch.file("tmux.sock")
        let tmux = try Tmux(width: 80, height: 24, environment: ["PATH": "/usr/bin:/bin"], folder: scratch.path)
        #expect(try tmux.waitFor { $0.contains("$") }.ok)
        #expect(!Self.processes(naming: socket).isEmpty, "the server runs")
        scratch.remove()
        tmux.kill()
        #expect(Self.processes(naming: socket).isEmpty, "\(Self.processes(naming: socket))")
    }

    @Test func droppingTheDriverKillsTheServer() throws {
        let scratch = try Scratch("tmuxdriver")
        defer { scratch.remove() }
        let socket = scratch.file("tmux.sock")
        do {
            let tmux = try Tmux(width: 80, height: 24, environment: ["PATH": "/usr/bin:/bin"], folder: scratch.path)
            #expect(try tmux.waitFor { $0.contains("$") }.ok)
        }
        #expect(Self.processes(naming: socket).isEmpty, "\(Self.processes(naming: socket))")
    }
}
