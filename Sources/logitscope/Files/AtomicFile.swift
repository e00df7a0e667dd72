#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LogitCore

/// Writes a file whole or not at all: into a temporary file beside the target, flushed, then moved
/// into place, so a crash or a full disk never leaves half a file where the old one was (or where
/// none was).
///
/// Two ways to move it: `replace` renames over the target (a session saved again, `--output`);
/// `createNew` links it under a name that must not exist yet, which the kernel refuses atomically
/// (EEXIST), so a file created by someone else between a check and the write is never overwritten
/// (an export from the explorer, the edited vector at quit).
enum AtomicFile {
    /// Writes `bytes` to `path`, replacing what is there. A symbolic link stays a link: the file it
    /// points to is what gets replaced.
    static func replace(_ bytes: some Collection<UInt8>, at path: String) throws(InputError) {
        let target = resolvingLink(path)
        let temporary = try TemporaryFile(beside: target, writing: bytes, for: path)
        guard rename(temporary.path, target) == 0 else {
            let error = failure(path)
            temporary.remove()
            throw error
        }
    }

    /// Writes `bytes` under the first name of `candidates` that does not exist yet, and returns
    /// it; nil when every name is taken. Fails only when the directory cannot be written.
    static func createNew(_ bytes: some Collection<UInt8>, trying candidates: some Sequence<String>) throws(InputError) -> String? {
        var temporary: TemporaryFile?
        defer { temporary?.remove() }
        for path in candidates {
            // One temporary file per directory: candidates usually share one.
            if temporary.map({ directory(of: $0.target) != directory(of: path) }) ?? true {
                temporary?.remove()
                temporary = try TemporaryFile(beside: path, writing: bytes, for: path)
            }
            if link(temporary!.path, path) == 0 { return path }
            switch errno {
            case EEXIST: continue
            case EPERM, ENOTSUP, EOPNOTSUPP, EXDEV:
                // A file system without hard links (FAT, some network mounts): create the name
                // exclusively and write into it, still never replacing a file.
                if let created = try createExclusively(bytes, at: path) { return created }
            default: throw failure(path)
            }
        }
        return nil
    }

    /// O_CREAT | O_EXCL, then the bytes; nil when the name exists.
    private static func createExclusively(_ bytes: some Collection<UInt8>, at path: String) throws(InputError) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0 {
            if errno == EEXIST { return nil }
            throw failure(path)
        }
        let file = Descriptor(fd: fd, name: path)
        do throws(InputError) {
            try file.writeAll(bytes)
            file.close()
        } catch {
            file.close()
            unlink(path)
            throw error
        }
        return path
    }

    /// The temporary copy: made with mkstemp in the target's directory (a rename or link across
    /// file systems fails), written whole, readable as an ordinary file, flushed to disk.
    private struct TemporaryFile {
        let path: String
        let target: String

        init(beside target: String, writing bytes: some Collection<UInt8>, for name: String) throws(InputError) {
            self.target = target
            let base = target.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? target
            var template = Array("\(directory(of: target))/.\(base).XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw AtomicFile.failure(name) }
            path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let file = Descriptor(fd: fd, name: name)
            do throws(InputError) {
                try file.writeAll(bytes)
                // mkstemp makes the file 0600; a document the user saves is readable by others, as usual.
                fchmod(fd, 0o644 & ~AtomicFile.currentUmask())
                guard fsync(fd) == 0 else { throw AtomicFile.failure(name) }
                file.close()
            } catch {
                file.close()
                unlink(path)
                throw error
            }
        }

        func remove() { unlink(path) }
    }

    fileprivate static func failure(_ path: String) -> InputError {
        InputError("cannot write \(path): \(Descriptor.reason())")
    }

    /// The file a symbolic link points to (so saving through a link keeps the link); the path
    /// itself when it is not a link, or a dangling one.
    private static func resolvingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
              let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    fileprivate static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}

/// The directory part of a path as the file calls see it: `.` for a bare name, `/` for the root.
private func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}
