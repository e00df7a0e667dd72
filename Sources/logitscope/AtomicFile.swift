#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LogitCore

/// Writes a file whole or not at all: into a temporary file beside the target, flushed, then
/// renamed over it, so a crash or a full disk never leaves half a file where the old one was.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws(InputError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory)/.\(name).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let error = failure(path)
                close(fd)
                unlink(temporary)
                throw error
            }
            bytes = bytes.dropFirst(n)
        }
        // mkstemp makes the file 0600; a document the user exports is as readable as any other file.
        fchmod(fd, 0o644 & ~currentUmask())
        guard fsync(fd) == 0, close(fd) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ path: String) -> InputError {
        InputError("cannot write \(path): \(String(cString: strerror(errno)))")
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
