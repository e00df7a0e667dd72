#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

/// Gives the terminal back even when the process dies mid-run (a Swift runtime trap, a fatal
/// signal): no `defer` runs then, and the user would be left on the alternate screen, with no
/// echo and the mouse reporting into the shell.
///
/// The handler does only async-signal-safe things: one write(2) of bytes prepared in advance and
/// tcsetattr(3) with the settings saved before ncurses changed them. Then the previous disposition
/// (the default, or Swift's backtracer) is put back and the signal delivered to it.
enum CrashGuard {
    static let fatal: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS]

    /// Prepares the restore and installs the handlers. `restore` is what leaving the screen sends
    /// (mouse off, cursor shown, main screen); `settings` are the terminal's modes from before.
    static func arm(fd: Int32, settings: termios, restore: String) {
        let bytes = Array(restore.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        guardedTerminal = fd
        restoreBytes = buffer
        restoreCount = bytes.count
        savedSettings = settings
        for signal in fatal where Int(signal) < signalSlots {
            installSignalHandler(signal, restoreAndRedeliver, previous: previousActions + Int(signal))
        }
    }

    /// Back to the dispositions found, once the terminal has been restored the ordinary way.
    static func disarm() {
        guard let buffer = restoreBytes else { return }
        for signal in fatal where Int(signal) < signalSlots {
            sigaction(signal, previousActions + Int(signal), nil)
        }
        guardedTerminal = -1
        restoreBytes = nil
        restoreCount = 0
        buffer.deallocate()
    }
}

// Set before the handlers are installed and read only by them.
nonisolated(unsafe) private var guardedTerminal: Int32 = -1
nonisolated(unsafe) private var restoreBytes: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var restoreCount = 0
nonisolated(unsafe) private var savedSettings = termios()
/// Indexed by signal number; raw memory, so the handler touches no Swift array.
nonisolated(unsafe) private var previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
private let signalSlots = 65

private let restoreAndRedeliver: @convention(c) (Int32) -> Void = { signal in
    if guardedTerminal >= 0, let bytes = restoreBytes {
        _ = write(guardedTerminal, bytes, restoreCount)
        _ = tcsetattr(guardedTerminal, TCSANOW, &savedSettings)
    }
    // The signal is blocked while this runs: raised now, it reaches the previous disposition as
    // soon as the handler returns (a trap's instruction would also simply fault again).
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
}
