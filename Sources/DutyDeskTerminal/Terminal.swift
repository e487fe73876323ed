import CNcursesw
import DutyDeskGrid
import Glibc

/// The only object that talks to ncurses. All calls on the main actor: ncurses is one global
/// state machine and must stay on one thread.
@MainActor public final class Terminal {
    public private(set) var width = 0
    public private(set) var height = 0
    /// How many colours are in use after NO_COLOR / monochrome decisions (0 = attributes only).
    public private(set) var colorCount = 0

    /// nil once restored: every later call is a no-op rather than a use of a freed screen.
    private var screen: OpaquePointer?
    /// Where keys come from, for poll(2); -1 when headless (its /dev/null would always be readable).
    let inputDescriptor: Int32
    /// The /dev/null streams of a headless terminal, closed with it.
    private let streams: [UnsafeMutablePointer<FILE>]
    private let theme: Theme
    /// NO_COLOR (no-color.org) was set and not empty: attributes only, whatever the theme says.
    private let noColor: Bool
    private(set) var renditions: RenditionTable
    private var colorStarted = false
    private var defaultColors = false
    /// What the screen shows, for drawing only what changed; nil forces a full repaint.
    var lastDrawn: Grid?
    /// Cells handed to ncurses since creation, so tests can see that drawing is incremental.
    var cellsWritten = 0

    /// Takes over the real terminal on stdin/stdout.
    public convenience init(theme: Theme) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal("standard input and output must both be a terminal")
        }
        Self.prepareLocale()
        guard let screen = newterm(nil, dd_stdout(), dd_stdin()) else {
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.init(screen: screen, inputDescriptor: STDIN_FILENO, streams: [], theme: theme,
                  noColor: Self.noColorRequested)
        dd_install_restore_handlers()
        dd_bracketed_paste(1)
    }

    /// A terminal that draws into ncurses' memory only, for tests: same drawing code, no tty.
    public static func headless(theme: Theme, width: Int, height: Int,
                                termName: String = "xterm-256color") throws -> Terminal {
        try headless(theme: theme, width: width, height: height, termName: termName, noColor: noColorRequested)
    }

    /// `headless` with NO_COLOR decided by the caller, so tests do not depend on the environment.
    static func headless(theme: Theme, width: Int, height: Int, termName: String,
                         noColor: Bool) throws -> Terminal {
        prepareLocale()
        guard let output = fopen("/dev/null", "w") else { throw TerminalError.setupFailed("cannot open /dev/null") }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw TerminalError.setupFailed("cannot open /dev/null")
        }
        guard let screen = newterm(termName, output, input) else {
            fclose(output)
            fclose(input)
            throw TerminalError.unknownTerminal(termName)
        }
        let terminal = Terminal(screen: screen, inputDescriptor: -1, streams: [output, input], theme: theme,
                                noColor: noColor)
        terminal.resize(width: width, height: height)
        // resizeterm queues a KEY_RESIZE for the application; this one is not news.
        flushinp()
        return terminal
    }

    private init(screen: OpaquePointer, inputDescriptor: Int32, streams: [UnsafeMutablePointer<FILE>], theme: Theme,
                 noColor: Bool) {
        self.screen = screen
        self.inputDescriptor = inputDescriptor
        self.streams = streams
        self.theme = theme
        self.noColor = noColor
        renditions = RenditionTable(theme: theme, palette: nil, defaultColors: false, pairLimit: 0)
        // raw, not cbreak: Ctrl-C, Ctrl-S and Ctrl-Q reach the app as keys, not as SIGINT or flow control.
        raw()
        noecho()
        // Enter then arrives as "\r" and ncurses may use the faster cursor motions.
        nonl()
        keypad(dd_stdscr(), true)
        // nextInput blocks in poll(2); ncurses is only ever asked for what is already there.
        wtimeout(dd_stdscr(), 0)
        set_escdelay(25)
        curs_set(0)
        Self.defineHomeAndEnd()
        define_key("\u{1B}[200~", KeyDecoder.pasteStart)
        define_key("\u{1B}[201~", KeyDecoder.pasteEnd)
        updateSize()
        applyTheme()
    }

    isolated deinit {
        restore()
    }

    /// Ctrl-L: the next draw repaints everything, including what another program scribbled.
    public func invalidate() {
        guard activate() else { return }
        clearok(dd_stdscr(), true)
        lastDrawn = nil
    }

    /// endwin(), and for good the screen itself; idempotent. The signal and exit paths end the
    /// screen on their own (see shim.h), and find nothing left to do after this.
    public func restore() {
        guard let screen else { return }
        set_term(screen)
        // Only the real terminal turned bracketed paste on; a headless one's output is /dev/null.
        if inputDescriptor >= 0 { dd_bracketed_paste(0) }
        endwin()
        delscreen(screen)
        streams.forEach { fclose($0) }
        self.screen = nil
    }

    /// Makes this terminal's screen the one ncurses works on; false once it is restored.
    func activate() -> Bool {
        guard let screen else { return false }
        set_term(screen)
        return true
    }

    /// What a SIGWINCH does to a real terminal, for headless tests: resizeterm also queues the
    /// KEY_RESIZE that `nextInput` reports.
    func resize(width: Int, height: Int) {
        guard activate() else { return }
        resizeterm(Int32(height), Int32(width))
        updateSize()
    }

    func updateSize() {
        width = Int(dd_screen_width())
        height = Int(dd_screen_height())
        lastDrawn = nil
    }

    /// Colour is used when the theme has it, NO_COLOR does not forbid it, and the terminal has at
    /// least 8 colours. start_color runs only then, so a monochrome session never sends colour
    /// escapes at all.
    private func applyTheme() {
        if !theme.monochrome, !noColor, has_colors(), !colorStarted {
            start_color()
            defaultColors = use_default_colors() == OK
            colorStarted = true
        }
        let palette = !theme.monochrome && !noColor && colorStarted ? Palette(colorCount: Int(dd_colors())) : nil
        colorCount = palette == nil ? 0 : Int(dd_colors())
        renditions = RenditionTable(theme: theme, palette: palette, defaultColors: defaultColors,
                                    pairLimit: Int(dd_color_pairs()))
        for (index, pair) in renditions.pairs.enumerated() {
            init_extended_pair(Int32(index + 1), pair.foreground, pair.background)
        }
        lastDrawn = nil
    }

    /// ncurses knows Home and End only by the sequences terminfo lists, and xterm-style terminals
    /// send several (\e[1~ from tmux and the Linux console, \e[7~ from rxvt, \eOH and \e[H from
    /// xterm). Sequences terminfo already binds keep their meaning.
    private static func defineHomeAndEnd() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[H", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}OF", KEY_END), ("\u{1B}[F", KEY_END),
        ]
        for (sequence, key) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, key)
        }
    }

    private static var noColorRequested: Bool {
        getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
    }

    /// ncurses decides when a screen is created whether it speaks UTF-8, from LC_CTYPE. Chinese
    /// case text is unreadable otherwise, so a C or POSIX locale is upgraded to C.UTF-8.
    private static func prepareLocale() {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
