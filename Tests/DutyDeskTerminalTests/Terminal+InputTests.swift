import CNcursesw
import DutyDeskGrid
import DutyDeskText
import Glibc
import Testing
@testable import DutyDeskTerminal

/// `Terminal+Input`: the wait for a key also wakes for a watched descriptor, and times out when asked.
/// A part of `TerminalTests`, so it stays serialized with the rest of ncurses.
extension TerminalTests {
    @Test func watchedDescriptorWakesTheWait() throws {
        let terminal = try headless(width: 10, height: 3)
        defer { terminal.restore() }
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }

        let start = ContinuousClock.now
        #expect(terminal.nextInput(timeoutMilliseconds: 60, watching: ends[0]) == .timeout)
        // It waited rather than returning at once.
        #expect(ContinuousClock.now - start >= .milliseconds(55))

        #expect(write(ends[1], "x", 1) == 1)
        #expect(terminal.nextInput(timeoutMilliseconds: 5_000, watching: ends[0]) == .watchedReady)
    }
}
