#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Installs `handler` for `signal`, with `blocking` blocked while it runs and no flags: no
/// SA_RESTART, so a blocked read or wait returns EINTR and the loop sees the signal. The
/// disposition found is stored in `previous` when one is given. The one place that spells
/// `sigaction`'s handler field, which Glibc and Darwin name differently.
func installSignalHandler(
    _ signal: Int32, _ handler: (@convention(c) (Int32) -> Void)?, blocking: [Int32] = [],
    previous: UnsafeMutablePointer<sigaction>? = nil
) {
    var action = sigaction()
    #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = handler
    #else
    action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    for other in blocking { sigaddset(&action.sa_mask, other) }
    action.sa_flags = 0
    sigaction(signal, &action, previous)
}
