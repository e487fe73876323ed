import DutyDeskGrid

/// What one wait in `Terminal.nextInput` produced.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    /// The terminal changed size; `Terminal.width` and `height` already hold the new size.
    case resize
    /// The descriptor passed as `watching` became readable (e.g. inotify saw the ledger change).
    case watchedReady
    case timeout
}

public enum TerminalError: Error {
    case notATerminal(String)
    /// ncurses has no entry for the terminal type named (TERM).
    case unknownTerminal(String)
    case setupFailed(String)
}
