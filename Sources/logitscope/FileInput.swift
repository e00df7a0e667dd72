import LogitCore

/// Reads `--file` and `--vocab` (a path, or `-` for stdin) and hands the bytes to the core's
/// loaders. It judges before it reads: a `.npy`'s header first (dtype, shape, the entry limit),
/// then only the bytes that header promises; any other file is refused from its size alone when
/// it is larger than `textByteLimit`, and stdin is refused as soon as it passes that size.
enum FileInput {
    /// The largest text, CSV, JSON or vocabulary file read: 256 MiB, about ten million numbers as
    /// text, far beyond any vocabulary (a 256k-entry one is a few MB).
    static let textByteLimit = 256 << 20

    static func loadLogits(path: String, row: Int?, choice: Int? = nil) throws(InputError) -> LoadedLogits {
        let file = try open(path)
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
            bytes += try file.readRest(after: bytes.count, limit: textByteLimit) { size in
                size.map { "\(file.name) is \(megabytes($0)): logitscope reads \(format.rawValue) files up to \(megabytes(textByteLimit)) (save large vectors as .npy)" }
                    ?? "\(file.name) is more than \(megabytes(textByteLimit)): logitscope reads \(format.rawValue) input up to that size (save large vectors as .npy)"
            }
        }
        return try LogitFileLoader.load(bytes, name: file.name, format: format, row: row, choice: choice)
    }

    static func readVocabulary(path: String) throws(InputError) -> (vocabulary: Vocabulary, name: String) {
        let file = try open(path)
        defer { file.close() }
        let bytes = try file.readRest(limit: textByteLimit) { size in
            size.map { "\(file.name) is \(megabytes($0)): logitscope reads vocabulary files up to \(megabytes(textByteLimit))" }
                ?? "\(file.name) is more than \(megabytes(textByteLimit)): logitscope reads vocabulary files up to that size"
        }
        return (try Vocabulary.read(bytes, name: file.name), file.name)
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    /// `-` is stdin; anything else a file opened for reading.
    private static func open(_ path: String) throws(InputError) -> Descriptor {
        path == "-" ? .standardInput : try Descriptor.openForReading(path)
    }
}
