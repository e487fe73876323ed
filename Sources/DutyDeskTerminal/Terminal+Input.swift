import CNcursesw
import Glibc

extension Terminal {
    /// Waits at most `timeoutMilliseconds` (negative: no limit) for a key, a resize, or `fd`
    /// becoming readable. Blocks in poll(2) rather than in ncurses, which can only wait on the
    /// terminal, and asks ncurses for input only once some is there.
    public func nextInput(timeoutMilliseconds: Int, watching fd: Int32? = nil) -> TerminalInput {
        guard activate() else { return .timeout }
        let deadline = timeoutMilliseconds < 0 ? nil : ContinuousClock.now + .milliseconds(timeoutMilliseconds)
        var terminalDescriptor = inputDescriptor
        while true {
            // ncurses may hold keys it read with an earlier one (a paste, a burst of arrows), and
            // a SIGWINCH shows up here as KEY_RESIZE; poll would not see either.
            if let input = bufferedInput() { return input }
            var descriptors = [
                pollfd(fd: terminalDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: fd ?? -1, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, nfds_t(descriptors.count), Self.pollTimeout(until: deadline))
            if ready == 0 { return .timeout }
            // EINTR is usually SIGWINCH, which the next bufferedInput reports; the clock still runs.
            if ready < 0 { if errno == EINTR { continue } else { return .timeout } }
            if descriptors[0].revents != 0 {
                if let input = bufferedInput() { return input }
                // Readable but nothing came: the terminal hung up. Stop polling it, or this spins.
                if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { terminalDescriptor = -1 }
            }
            if descriptors[1].revents != 0 { return .watchedReady }
        }
    }

    /// The next input ncurses has without waiting, skipping keys that mean nothing here.
    private func bufferedInput() -> TerminalInput? {
        var value: wint_t = 0
        while true {
            let status = wget_wch(dd_stdscr(), &value)
            if status == ERR { return nil }
            if status == KEY_CODE_YES, Int32(bitPattern: value) == KeyDecoder.pasteStart {
                return .key(.paste(readPaste()))
            }
            guard let input = KeyDecoder.decode(status: status, value: value) else { continue }
            // ncurses has already resized its windows to the new size.
            if input == .resize { updateSize() }
            return input
        }
    }

    /// Everything up to the paste's end marker, as text: escapes, line breaks and keys ncurses
    /// recognised inside it (a pasted \e[A) are content, never actions. The fields decide what
    /// of it they keep. A paste arrives in one burst; if its end marker is more than
    /// `pasteGapMilliseconds` late, what came is handed on and the marker is skipped later.
    private func readPaste() -> String {
        var scalars = String.UnicodeScalarView()
        var value: wint_t = 0
        wtimeout(dd_stdscr(), Self.pasteGapMilliseconds)
        defer { wtimeout(dd_stdscr(), 0) }
        while true {
            let status = wget_wch(dd_stdscr(), &value)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                if Int32(bitPattern: value) == KeyDecoder.pasteEnd { break }
                continue
            }
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    static let pasteGapMilliseconds: Int32 = 200

    private static func pollTimeout(until deadline: ContinuousClock.Instant?) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = ContinuousClock.now.duration(to: deadline).components
        let milliseconds = remaining.seconds * 1000 + remaining.attoseconds / 1_000_000_000_000_000
        // Rounded up, so a wait never ends just before its deadline and loops for nothing.
        return Int32(clamping: max(0, milliseconds + (remaining.attoseconds % 1_000_000_000_000_000 > 0 ? 1 : 0)))
    }
}
