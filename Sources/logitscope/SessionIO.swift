#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LogitCore

/// The session file on disk: the core encodes and judges it, this reads and writes the bytes.
enum SessionIO {
    /// The largest session file read: 2^24 logits with long labels fit well inside it.
    static let maximumBytes = 1 << 30

    /// Reads and decodes `path`; every failure names it.
    static func load(_ path: String) throws(InputError) -> SavedSession {
        try SessionFile.decode(try readAll(path), name: path)
    }

    /// Performs a save the core asked for and returns its outcome. An existing file that is not a
    /// session of ours is only replaced once the user has said yes.
    static func perform(_ request: SaveRequest) -> Action {
        if !request.overwrite, exists(request.path), !isOurs(request.path) {
            return .session(.askToOverwrite(path: request.path))
        }
        do throws(InputError) {
            try AtomicFile.write(SessionFile.encode(request.session), to: request.path)
            return .session(.saved(path: request.path))
        } catch {
            return .session(.saveFailed(error.message))
        }
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// A regular file whose first bytes are a session's.
    private static func isOurs(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return n > 0 && SessionFile.looksLikeSession(prefix: buffer[..<n])
    }

    private static func readAll(_ path: String) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError("cannot read session \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputError("cannot read session \(path): \(String(cString: strerror(errno)))") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw InputError("cannot read session \(path): it is a directory") }
        // Judged by its size before a byte is read: a session is never gigabytes.
        if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maximumBytes {
            throw InputError("\(path): \(info.st_size) bytes is more than a session file can be (at most \(maximumBytes))")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw InputError("cannot read session \(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[..<n])
            if bytes.count > maximumBytes {
                throw InputError("\(path): more than \(maximumBytes) bytes is more than a session file can be")
            }
        }
        return bytes
    }
}
