#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals the explorer answers, caught into flags that the main loop reads between events.
///
/// The signals stay blocked while the loop works and are let through only inside the wait for
/// input (`pselect` with the saved mask), so one arriving at any moment ends the wait at once:
/// no race between "check the flags" and "block in read", and no SA_RESTART to fight.
enum Signals {
    /// What a caught signal asks of the loop.
    enum Request: Equatable {
        /// SIGINT, SIGTERM, SIGHUP: leave cleanly and hand back the state.
        case quit(Int32)
        /// SIGTSTP (Ctrl-Z): leave the screen, stop, and redraw on `fg`.
        case suspend
        /// SIGCONT after someone else stopped us (SIGSTOP): the screen may be stale.
        case redraw
    }

    static let quitting: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let handled: [Int32] = quitting + [SIGTSTP, SIGCONT]

    /// What `install` replaced, for `uninstall` to put back.
    struct Saved {
        fileprivate var mask: sigset_t
        fileprivate var actions: [(Int32, sigaction)]
    }

    /// Installs the handlers and blocks the signals. Call before `newterm`, so ncurses sees our
    /// handlers and does not install its own for these signals (it still handles SIGWINCH).
    /// A signal the caller ignores stays ignored, as shells expect: `nohup` ignores SIGHUP, and a
    /// shell without job control ignores SIGTSTP (stopping there could never be undone).
    static func install() -> Saved {
        caughtQuit = 0
        caughtSuspend = 0
        caughtContinue = 0
        var saved = Saved(mask: sigset_t(), actions: [])
        var set = sigset_t()
        sigemptyset(&set)
        for signal in handled {
            var previous = sigaction()
            sigaction(signal, nil, &previous)
            if isIgnored(previous) && signal != SIGCONT { continue }
            saved.actions.append((signal, previous))
            setHandler(signal, handler: recordSignal)
            sigaddset(&set, signal)
        }
        // SIGWINCH keeps ncurses' own handler, but is blocked outside the wait like the others:
        // delivered while a frame is drawn, its flag would sit unseen through the next pselect
        // and the resize would wait for a key.
        sigaddset(&set, SIGWINCH)
        sigprocmask(SIG_BLOCK, &set, &saved.mask)
        waitMask = saved.mask
        for signal in handled { sigdelset(&waitMask, signal) }
        sigdelset(&waitMask, SIGWINCH)
        return saved
    }

    /// Puts back the dispositions and the signal mask that `install` found.
    static func uninstall(_ saved: Saved) {
        for (signal, previous) in saved.actions {
            var action = previous
            sigaction(signal, &action, nil)
        }
        var mask = saved.mask
        sigprocmask(SIG_SETMASK, &mask, nil)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
        let handler = action.__sigaction_handler.sa_handler
        #else
        let handler = action.__sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// The mask to wait with: ours, with the handled signals (and SIGWINCH) let through.
    nonisolated(unsafe) static var waitMask = sigset_t()

    /// Takes the most urgent pending request, if any (quit before suspend before redraw).
    static func take() -> Request? {
        if caughtQuit != 0 {
            defer { caughtQuit = 0 }
            return .quit(caughtQuit)
        }
        if caughtSuspend != 0 {
            caughtSuspend = 0
            caughtContinue = 0
            return .suspend
        }
        if caughtContinue != 0 {
            caughtContinue = 0
            return .redraw
        }
        return nil
    }

    /// Stops the process as the default SIGTSTP would, returning after SIGCONT (`fg`), with our
    /// handler and the blocking back in place.
    static func stopSelf() {
        setHandler(SIGTSTP, handler: SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTSTP)
        kill(getpid(), SIGTSTP)
        // Pending and blocked until here: unblocking delivers it and the process stops.
        sigprocmask(SIG_UNBLOCK, &set, nil)
        sigprocmask(SIG_BLOCK, &set, nil)
        setHandler(SIGTSTP, handler: recordSignal)
        caughtContinue = 0
    }

    /// Handlers do not nest (each blocks the others), so each flag has one writer at a time.
    private static func setHandler(_ signal: Int32, handler: (@convention(c) (Int32) -> Void)?) {
        installSignalHandler(signal, handler, blocking: handled)
    }
}

// Written only by the handler and cleared only by the loop, while the signals are blocked. Plain
// word-sized stores: nothing in the handler allocates or calls into the Swift runtime (the values
// are first touched in `install`, so no lazy initialisation runs in the handler either).
nonisolated(unsafe) private var caughtQuit: Int32 = 0
nonisolated(unsafe) private var caughtSuspend: Int32 = 0
nonisolated(unsafe) private var caughtContinue: Int32 = 0

private let recordSignal: @convention(c) (Int32) -> Void = { signal in
    switch signal {
    case SIGTSTP: caughtSuspend = 1
    case SIGCONT: caughtContinue = 1
    default: caughtQuit = signal
    }
}
