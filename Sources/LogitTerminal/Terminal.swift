#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import LogitRuntime
import LogitView

/// One ncurses session on the controlling terminal, opened on `/dev/tty` so the explorer works
/// when stdin is a pipe (`--file -`) or stdout is redirected (`logitscope > final.txt`: the UI goes
/// to the terminal and the final command line to the file). As a `TerminalBackend` it turns keys,
/// mouse reports, resizes and the caught signals into events, and blits frames.
final class Terminal: TerminalBackend {
    let window: UnsafeMutablePointer<WINDOW>
    let options: RenderOptions
    /// What this terminal cannot do (colours, a mouse), said once on the status line; nil when
    /// it can do everything.
    let capabilityNote: String?
    private let mouse: Bool
    private var blitter: Blitter
    private var input = InputDecoder()
    /// The terminal went away under us (its window closed, its tmux server killed).
    private var gone = false
    private let screen: OpaquePointer
    private let tty: UnsafeMutablePointer<FILE>
    private let savedSignals: Signals.Saved
    private var closed = false

    /// Button-event mouse tracking (xterm mode 1002): without it ncurses asks only for presses
    /// and releases, and a drag arrives as nothing.
    private static let dragTrackingOn = "\u{1B}[?1002h"
    private static let dragTrackingOff = "\u{1B}[?1002l"

    init(colorScheme: ColorScheme) throws(TerminalError) {
        setlocale(LC_ALL, "")
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term.isEmpty || term == "dumb" {
            let what = term.isEmpty ? "TERM is not set" : "TERM=dumb cannot draw the explorer"
            throw TerminalError("\(what); run it in a terminal, or use --print or --json")
        }
        guard let tty = fopen("/dev/tty", "r+") else {
            throw TerminalError("no terminal: cannot open /dev/tty (\(String(cString: strerror(errno)))); use --json or --print")
        }
        var settings = termios()
        let haveSettings = tcgetattr(fileno(tty), &settings) == 0
        // Ours before ncurses' own: newterm installs its SIGINT/SIGTERM/SIGTSTP handlers only
        // where it finds the default.
        let savedSignals = Signals.install()
        guard let screen = newterm(term, tty, tty) else {
            Signals.uninstall(savedSignals)
            fclose(tty)
            throw TerminalError("no terminal: unknown terminal type TERM=\(term); use --json or --print")
        }
        self.screen = screen
        self.tty = tty
        self.savedSignals = savedSignals
        set_term(screen)
        window = ls_stdscr()
        options = RenderOptions(unicode: ls_locale_is_utf8() != 0, colorScheme: colorScheme)

        cbreak()  // keys at once, but Ctrl-C and Ctrl-Z still raise their signals
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)  // reads never wait: the wait is `waitForInput`, with signals let through
        intrflush(window, false)
        set_escdelay(25)  // Esc cancels promptly; the explorer needs no Alt sequences
        curs_set(0)
        let noColorRequested = getenv("NO_COLOR") != nil
        blitter = Blitter(palette: ColorPalette(noColorRequested: noColorRequested))
        // Zero when the terminal has no mouse (no kmous in its terminfo, as vt100): then no
        // tracking is asked for either, since such a terminal would print the request.
        mouse = mousemask(ls_all_mouse_events(), nil) != 0
        mouseinterval(0)  // presses and releases as they come, no click folding and no delay
        capabilityNote = Self.note(term: term, colors: noColorRequested || blitter.palette.colors, mouse: mouse)
        refresh()  // sends ncurses' own mouse mode first, so ours comes after it and wins
        if mouse { write(Self.dragTrackingOn) }
        if haveSettings {
            CrashGuard.arm(fd: fileno(tty), settings: settings, restore: Self.crashRestore)
        }
    }

    /// The one line that says what is missing and that nothing is lost by it, short enough to leave
    /// the help and quit hints beside it at 80 columns.
    private static func note(term: String, colors: Bool, mouse: Bool) -> String? {
        switch (colors, mouse) {
        case (true, true): nil
        case (false, true): "TERM=\(term): no colours; the marks and bold show the same"
        case (true, false): "TERM=\(term): no mouse; every action has a key (? lists them)"
        case (false, false): "TERM=\(term): no colours, no mouse; marks and keys do the same"
        }
    }

    /// What a dying explorer sends: mouse reporting off (every mode ncurses or we may have set),
    /// attributes reset, cursor shown, main screen back (terminfo's own strings where it has them).
    private static var crashRestore: String {
        func capability(_ name: String) -> String? {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
            return String(cString: value)
        }
        return "\u{1B}[?1002l\u{1B}[?1000l\u{1B}[?1006l"
            + (capability("sgr0") ?? "\u{1B}[m")
            + (capability("cnorm") ?? "\u{1B}[?25h")
            + (capability("rmcup") ?? "")
            + (capability("rmkx") ?? "")
    }

    var size: Size { Size(width: Int(ls_getmaxx(window)), height: Int(ls_getmaxy(window))) }

    /// The most urgent thing waiting: a caught signal (quit before suspend before redraw), then
    /// what ncurses has read. Ctrl-Z is handled here, whole: the terminal is given back, the
    /// process stops, and on `fg` the loop is asked to redraw.
    func poll() -> TerminalEvent? {
        while !gone {
            switch Signals.take() {
            case .quit: return .quit
            case .suspend:
                suspend()
                return .redraw
            case .redraw:
                // After SIGCONT the screen may be stale: the next refresh repaints it whole.
                clearok(ls_curscr(), true)
                return .redraw
            case nil: break
            }
            switch input.poll(window) {
            case nil: return nil
            case .key(let key)??: return .key(key)
            case .mouse(let event)??: return .mouse(event)
            case .resize??: return .resize(size)
            case .some(nil): continue  // a key or mouse report the explorer does not use
            }
        }
        return .quit  // hung up, as SIGHUP
    }

    /// Blocks until input is waiting or a signal arrives. No timeout: an idle explorer uses no CPU.
    /// A terminal that is gone reads as endlessly "ready" with nothing in it, and waiting again
    /// would spin: it is noted, and the next poll says quit.
    func wait() {
        var mask = Signals.waitMask
        guard ls_wait_readable(fileno(tty), &mask) > 0 else { return }
        var descriptor = pollfd(fd: fileno(tty), events: Int16(POLLIN), revents: 0)
        guard pollNow(&descriptor) > 0 else { return }
        gone = descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Shows a frame: ncurses sends only the cells that changed.
    func draw(_ frame: Screen) {
        blitter.blit(frame, into: window)
        wnoutrefresh(window)
        doupdate()
    }

    /// Ctrl-Z: give the terminal back as it was, stop, and on `fg` take it again.
    private func suspend() {
        leaveScreen()
        Signals.stopSelf()
        enterScreen()
    }

    /// Leaves the terminal as it was found: mouse tracking off, alternate screen left, cursor,
    /// echo and line mode back. Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        CrashGuard.disarm()
        leaveScreen()
        delscreen(screen)
        fclose(tty)
        Signals.uninstall(savedSignals)
    }

    deinit { close() }

    private func leaveScreen() {
        if mouse { write(Self.dragTrackingOff) }
        curs_set(1)
        endwin()
    }

    private func enterScreen() {
        clearok(ls_curscr(), true)
        refresh()  // leaves endwin mode: program modes, mouse and alternate screen come back
        curs_set(0)
        if mouse { write(Self.dragTrackingOn) }
    }

    /// Writes straight to the terminal, after what ncurses has sent (it flushes on refresh).
    private func write(_ sequence: String) {
        fputs(sequence, tty)
        fflush(tty)
    }
}

/// poll(2) without a timeout, out of `Terminal`, whose own `poll` would shadow it.
private func pollNow(_ descriptor: inout pollfd) -> Int32 {
    poll(&descriptor, 1, 0)
}
