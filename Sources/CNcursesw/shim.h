#ifndef DUTYDESK_CNCURSESW_SHIM_H
#define DUTYDESK_CNCURSESW_SHIM_H

// SwiftPM drops the defines pkg-config reports for ncursesw, and without them curses.h hides
// the wide-character API (cchar_t, wget_wch, setcchar) that CJK text needs.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <ncursesw/curses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

// glibc declares wcwidth only for _XOPEN_SOURCE, which the Glibc module is not built with.
int wcwidth(wchar_t c);

// Macros and C globals Swift cannot import, or would reject as shared mutable state.
static inline WINDOW *dd_stdscr(void) { return stdscr; }
static inline FILE *dd_stdin(void) { return stdin; }
static inline FILE *dd_stdout(void) { return stdout; }
static inline int dd_screen_height(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int dd_screen_width(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }
static inline int dd_colors(void) { return COLORS; }
static inline int dd_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t dd_attr_bold(void) { return A_BOLD; }
static inline attr_t dd_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dd_attr_reverse(void) { return A_REVERSE; }

// Restoring the terminal from signal handlers and atexit. This lives in C so the handlers touch
// no Swift runtime or actor state; they only ask ncurses to end the screen, which is what htop
// and tig do too. endwin() is not async-signal-safe, but a process about to die with raw mode
// and the alternate screen left on is the worse outcome.

// Bracketed paste (xterm mode 2004): the terminal wraps a paste in \e[200~ … \e[201~. The mode
// outlives the program, so every exit path turns it off; write(2) is async-signal-safe.
static inline void dd_bracketed_paste(int on) {
    const char *sequence = on ? "\033[?2004h" : "\033[?2004l";
    ssize_t written = write(STDOUT_FILENO, sequence, strlen(sequence));
    (void)written;
}

static inline void dd_end_screen(void) {
    // isendwin() is true after restore() already ran; with no screen at all endwin() is a no-op.
    if (!isendwin()) {
        dd_bracketed_paste(0);
        endwin();
    }
}

// Crash handlers end the screen and then die by the default action. The Swift runtime's
// backtracer is not handed the signal: on a terminal it stops for an interactive prompt (30 s
// with the tty in whatever state), which leaves an operator's screen dead at the worst moment.
// The intake draft is on disk already, written on every change.
static void dd_on_termination_signal(int signal_number) {
    dd_end_screen();
    _exit(128 + signal_number);
}

static void dd_on_crash_signal(int signal_number) {
    dd_end_screen();
    static const char message[] = "dutydesk: crashed; the terminal is restored and the intake draft kept\n";
    (void)!write(2, message, sizeof message - 1);
    signal(signal_number, SIG_DFL);
    // Blocked while this handler runs, so it is delivered to the default action on return.
    raise(signal_number);
}

static void dd_on_exit(void) { dd_end_screen(); }

/// Installs, once per process, handlers that end the screen on SIGINT/SIGTERM/SIGHUP/SIGQUIT (then
/// exit with 128 + signal), on crash signals (then die by the default action), and at exit.
static inline void dd_install_restore_handlers(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    atexit(dd_on_exit);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);

    action.sa_handler = dd_on_termination_signal;
    const int termination[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (size_t i = 0; i < sizeof termination / sizeof termination[0]; i++) {
        sigaction(termination[i], &action, NULL);
    }

    // SA_ONSTACK: a stack overflow can only be handled on the alternate stack, if one is set up.
    action.sa_handler = dd_on_crash_signal;
    action.sa_flags = SA_ONSTACK;
    const int crashes[] = { SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP };
    for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        sigaction(crashes[i], &action, NULL);
    }

    // A launcher may hand us a blocked signal mask (posix_spawn keeps the caller's): unblock
    // what the console relies on, or resizes and SIGTERM would never arrive.
    sigset_t needed;
    sigemptyset(&needed);
    const int relied_on[] = { SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (size_t i = 0; i < sizeof relied_on / sizeof relied_on[0]; i++) {
        sigaddset(&needed, relied_on[i]);
    }
    sigprocmask(SIG_UNBLOCK, &needed, NULL);
}

#endif
