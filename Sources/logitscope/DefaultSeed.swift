#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LogitCore

/// The seed when `--seed` is not given: from the clock (the core has none), hashed by one
/// SplitMix64 step and kept below a million, so it is short enough to read off the screen or a
/// projector and type back. Two runs in the same microsecond share it, which harms nothing.
enum DefaultSeed {
    static func fromClock() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var g = SplitMix64(seed: UInt64(truncatingIfNeeded: now.tv_sec) &* 1_000_000_007 &+ UInt64(truncatingIfNeeded: now.tv_nsec))
        return g.next() % 1_000_000
    }
}
