#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LogitCore

/// An open file descriptor with the one read loop and the one write loop of the command line:
/// both retry on EINTR and continue after a short transfer, which every caller needs and which is
/// easy to get subtly wrong when written again.
struct Descriptor {
    let fd: Int32
    /// The file as the user named it, for messages (`stdin` for `-`).
    let name: String

    static let standardInput = Descriptor(fd: STDIN_FILENO, name: "stdin")
    static let standardOutput = Descriptor(fd: STDOUT_FILENO, name: "stdout")
    static let standardError = Descriptor(fd: STDERR_FILENO, name: "stderr")

    /// Opens `path` for reading; a directory is refused by name, since reading one fails later with
    /// a less helpful "is a directory". `role` names what the file is for in messages
    /// (`session x.json: cannot open it: no such file`).
    static func openForReading(_ path: String, role: String? = nil) throws(InputError) -> Descriptor {
        let name = role.map { "\($0) \(path)" } ?? path
        if path.isEmpty { throw InputError("the \(role.map { "\($0) " } ?? "")file name is empty") }
        let fd = systemOpen(path, O_RDONLY, 0)
        guard fd >= 0 else {
            let why = errno == ENOENT ? "no such file" : Self.reason()
            throw InputError("\(name): cannot open it: \(why)")
        }
        let file = Descriptor(fd: fd, name: name)
        if file.kind == S_IFDIR {
            file.close()
            throw InputError("\(name) is a directory, not a file")
        }
        return file
    }

    /// The file type bits of `st_mode` (S_IFREG, S_IFDIR, …), nil when fstat fails.
    var kind: mode_t? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// The size of a regular file; nil for a pipe or a terminal, whose size is unknown until read.
    var regularFileSize: Int? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Up to `count` more bytes: fewer only at the end of the file.
    func read(upTo count: Int) throws(InputError) -> [UInt8] {
        guard count > 0 else { return [] }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: Swift.min(count, 1 << 20))
        while out.count < count {
            let want = Swift.min(chunk.count, count - out.count)
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError("\(name): cannot read it: \(Self.reason())")
            }
            if n == 0 { break }
            out += chunk[0..<n]
        }
        return out
    }

    /// The rest of the file after the `consumed` bytes already read, refused as soon as the whole
    /// is known to pass `limit` bytes: from its size before another byte is read when it is a
    /// regular file, else once `limit + 1` bytes have arrived (a pipe). `tooLarge` words the
    /// refusal, given the size when it is known.
    func readRest(after consumed: Int = 0, limit: Int, tooLarge: (Int?) -> String) throws(InputError) -> [UInt8] {
        if let size = regularFileSize, size > limit { throw InputError(tooLarge(size)) }
        let rest = try read(upTo: limit + 1 - consumed)
        if consumed + rest.count > limit { throw InputError(tooLarge(nil)) }
        return rest
    }

    /// The whole of a regular file, mapped read-only (the pages are read as rows are decoded, and
    /// shared with the page cache: a 131 MB generation opens without being copied); any other
    /// descriptor (a pipe) is read into memory up to `limit` bytes. `tooLarge` words the refusal.
    func mapOrRead(limit: Int, tooLarge: (Int?) -> String) throws(InputError) -> ByteStorage {
        guard let size = regularFileSize else {
            return ByteStorage(copying: try readRest(limit: limit, tooLarge: tooLarge))
        }
        if size > limit { throw InputError(tooLarge(size)) }
        if size == 0 { return ByteStorage(copying: []) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw InputError("\(name): cannot map it: \(Self.reason())")
        }
        return ByteStorage(borrowing: UnsafeRawBufferPointer(start: base, count: size), mapped: true) { region in
            _ = munmap(UnsafeMutableRawPointer(mutating: region.baseAddress), region.count)
        }
    }

    /// Writes every byte. Fails with the reason when the descriptor takes no more (a full disk, a
    /// closed pipe).
    func writeAll(_ bytes: some Collection<UInt8>) throws(InputError) {
        // A String's UTF-8 view and an array are contiguous already; anything else is copied once.
        let failure = bytes.withContiguousStorageIfAvailable { writeAll(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { writeAll($0) }
        if let failure { throw failure }
    }

    private func writeAll(_ buffer: UnsafeRawBufferPointer) -> InputError? {
        var offset = 0
        while offset < buffer.count {
            let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return InputError("cannot write \(name): \(Self.reason())") }
            offset += n
        }
        return nil
    }

    func close() {
        if fd > STDERR_FILENO { _ = systemClose(fd) }
    }

    /// strerror(errno), in lower case as the rest of a message reads.
    static func reason() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}

// The C calls under names of their own: inside `Descriptor`, `read`, `close` and `open` name its
// methods, and naming the module (`Glibc.write`) would not build on macOS.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
