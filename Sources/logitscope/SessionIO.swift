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
            try AtomicFile.replace(SessionFile.encode(request.session).utf8, at: request.path)
            return .session(.saved(path: request.path))
        } catch {
            return .session(.saveFailed(error.message))
        }
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// A regular file whose first bytes are a session's. Through a symbolic link, the file it points
    /// to is judged, since that is the file a save replaces.
    private static func isOurs(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let file = Descriptor(fd: fd, name: path)
        guard file.kind == S_IFREG, let prefix = try? file.read(upTo: 256) else { return false }
        return !prefix.isEmpty && SessionFile.looksLikeSession(prefix: prefix[...])
    }

    /// The file's bytes, judged by its size before a byte is read: a session is never gigabytes.
    private static func readAll(_ path: String) throws(InputError) -> [UInt8] {
        let file = try Descriptor.openForReading(path, role: "session")
        defer { file.close() }
        return try file.readRest(limit: maximumBytes) { size in
            "\(file.name) is \(size.map { "\($0) bytes" } ?? "more than \(maximumBytes) bytes"): more than a session file can be (at most \(maximumBytes))"
        }
    }
}
