#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LogitCore

/// Reads `--file` and `--vocab` (a path, or `-` for stdin) and hands the bytes to the core's
/// loaders. It judges before it reads: a `.npy`'s header first (dtype, shape, the entry limit),
/// then only the bytes that header promises; any other file is refused from its size alone when
/// it is larger than `textByteLimit`, and stdin is refused as soon as it passes that size.
enum FileInput {
    /// The largest text, CSV, JSON or vocabulary file read: 256 MiB, about ten million numbers as
    /// text, far beyond any vocabulary (a 256k-entry one is a few MB).
    static let textByteLimit = 256 << 20

    static func loadLogits(path: String, row: Int?) throws(InputError) -> LoadedLogits {
        let file = try OpenFile(path)
        defer { file.close() }
        var bytes = try file.read(upTo: LogitFileFormat.detectionPrefixLength)
        let format = LogitFileFormat.detect(prefix: bytes, name: file.name)
        if format == .npy {
            // The header alone decides whether the rest is worth reading.
            if let headerLength = NpyHeader.headerLength(prefix: bytes), headerLength > bytes.count,
               headerLength <= 1 << 20 {
                bytes += try file.read(upTo: headerLength - bytes.count)
            }
            let header = try NpyHeader(prefix: bytes, name: file.name)
            let wanted = header.dataOffset + header.dataByteCount
            if wanted > bytes.count { bytes += try file.read(upTo: wanted - bytes.count) }
        } else {
            if let size = file.regularFileSize, size > textByteLimit {
                throw InputError("\(file.name) is \(megabytes(size)): logitscope reads \(format.rawValue) files up to \(megabytes(textByteLimit)) (save large vectors as .npy)")
            }
            bytes += try file.read(upTo: textByteLimit + 1 - bytes.count)
            if bytes.count > textByteLimit {
                throw InputError("\(file.name) is more than \(megabytes(textByteLimit)): logitscope reads \(format.rawValue) input up to that size (save large vectors as .npy)")
            }
        }
        return try LogitFileLoader.load(bytes, name: file.name, format: format, row: row)
    }

    static func readVocabulary(path: String) throws(InputError) -> (labels: [String], name: String) {
        let file = try OpenFile(path)
        defer { file.close() }
        if let size = file.regularFileSize, size > textByteLimit {
            throw InputError("\(file.name) is \(megabytes(size)): logitscope reads vocabulary files up to \(megabytes(textByteLimit))")
        }
        let bytes = try file.read(upTo: textByteLimit + 1)
        if bytes.count > textByteLimit {
            throw InputError("\(file.name) is more than \(megabytes(textByteLimit)): logitscope reads vocabulary files up to that size")
        }
        return (try VocabularyReader.read(bytes, name: file.name), file.name)
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }
}

/// A file descriptor opened for reading, with messages that name the file as the user typed it.
private struct OpenFile {
    let fd: Int32
    let name: String
    let isStdin: Bool

    init(_ path: String) throws(InputError) {
        if path == "-" {
            fd = STDIN_FILENO
            name = "stdin"
            isStdin = true
            return
        }
        name = path
        isStdin = false
        if path.isEmpty { throw InputError("the file name is empty") }
        let opened = open(path, O_RDONLY)
        if opened < 0 {
            let why = errno == ENOENT ? "no such file" : String(cString: strerror(errno)).lowercased()
            throw InputError("\(path): cannot open it: \(why)")
        }
        fd = opened
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            closeDescriptor(fd)
            throw InputError("\(path) is a directory, not a file")
        }
    }

    /// The size of a regular file; nil for a pipe or a terminal.
    var regularFileSize: Int? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Up to `count` more bytes: fewer only at the end of the file.
    func read(upTo count: Int) throws(InputError) -> [UInt8] {
        guard count > 0 else { return [] }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(count, 1 << 20))
        while out.count < count {
            let want = min(chunk.count, count - out.count)
            let n = chunk.withUnsafeMutableBytes { readDescriptor(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError("\(name): cannot read it: \(String(cString: strerror(errno)).lowercased())")
            }
            if n == 0 { break }
            out += chunk[0..<n]
        }
        return out
    }

    func close() {
        if !isStdin { closeDescriptor(fd) }
    }
}

// The C calls under names of their own: inside `OpenFile`, `close` and `read` are its methods.
private func closeDescriptor(_ fd: Int32) { _ = close(fd) }
private func readDescriptor(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
