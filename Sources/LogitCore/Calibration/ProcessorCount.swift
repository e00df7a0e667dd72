#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many processors the calibration passes split their rows among (sysconf's online count;
/// `LOGITSCOPE_THREADS` is not read: the core reads no environment). Not a clock or a file, so it
/// may live in the core.
enum ProcessorCount {
    static let active: Int = {
        #if canImport(Glibc) || canImport(Darwin)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }()
}
