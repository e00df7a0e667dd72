import LogitCore

/// Reads `--file` and `--vocab` (a path, or `-` for stdin) and hands the bytes to the core's
/// loaders. It judges before it reads: an array file (`.npy`, `.safetensors`, `.npz`) is mapped
/// and judged from its header before a value is touched; any other file is refused from its size
/// alone when it is larger than `textByteLimit`, and stdin as soon as it passes that size.
enum FileInput {
    /// The largest text, CSV, JSON or vocabulary file read: 256 MiB, about ten million numbers as
    /// text, far beyond any vocabulary (a 256k-entry one is a few MB).
    static let textByteLimit = 256 << 20

    /// The largest array file (`.npy`, `.safetensors`, `.npz`) opened: 8 GiB. It is mapped, not
    /// read, so this bounds the address space, not memory; `LoadLimits` bounds the values.
    static let arrayByteLimit = 8 << 30

    /// What `--file` holds: one vector, an array file's rows, or an API response's generated
    /// tokens (rows of their own).
    enum Contents {
        case vector(LoadedLogits)
        case rows(ArrayFile.Opened)
        case logprobs(LogprobSequence)
    }

    /// Opens `--file`: an array file (`.npy`, `.safetensors`, `.npz`, by content or name) is mapped
    /// and judged from its header (`ArrayFile`); rows stay in the file's bytes. Anything else is
    /// read as one vector (`LogitFileLoader.load`), or as an API response's tokens. `row` picks one row of a JSON array of arrays; for an
    /// array file the caller picks the row from the rows.
    static func open(path: String, row: Int?, tensor: String?, choice: Int? = nil) throws(InputError) -> Contents {
        let file = try open(path)
        defer { file.close() }
        let prefix = try file.read(upTo: LogitFileFormat.detectionPrefixLength)
        let format = LogitFileFormat.detect(prefix: prefix, name: file.name)
        guard format.isArray else {
            if let tensor { throw InputError("--tensor \"\(Substring(tensor).escapedForMessage)\" applies to a .safetensors or .npz file, not to a \(format.rawValue) file") }
            let bytes = try readText(file, prefix: prefix, format: format)
            if format == .json && LogprobsReader.recognizes(bytes) {
                return .logprobs(try LogprobsReader.read(bytes, name: file.name, choice: choice))
            }
            return .vector(try LogitFileLoader.load(bytes, name: file.name, format: format, row: row, choice: choice))
        }
        let storage: ByteStorage
        if file.regularFileSize != nil {
            storage = try file.mapOrRead(limit: arrayByteLimit) { size in
                "\(file.name) is \(megabytes(size ?? arrayByteLimit)): logitscope opens array files up to \(megabytes(arrayByteLimit))"
            }
        } else {
            // A pipe: what was read for detection, then the rest.
            let rest = try file.readRest(after: prefix.count, limit: arrayByteLimit) { _ in
                "\(file.name) is more than \(megabytes(arrayByteLimit)): logitscope opens array input up to that size"
            }
            storage = ByteStorage(copying: prefix + rest)
        }
        return .rows(try ArrayFile.open(storage, format: format, name: file.name, tensor: tensor))
    }

    /// A text, CSV or JSON file: refused from its size alone when it is larger than `textByteLimit`
    /// (stdin as soon as it passes that size), else read whole.
    private static func readText(_ file: Descriptor, prefix: [UInt8], format: LogitFileFormat) throws(InputError) -> [UInt8] {
        try prefix + file.readRest(after: prefix.count, limit: textByteLimit) { size in
            size.map { "\(file.name) is \(megabytes($0)): logitscope reads \(format.rawValue) files up to \(megabytes(textByteLimit)) (save large vectors as .npy)" }
                ?? "\(file.name) is more than \(megabytes(textByteLimit)): logitscope reads \(format.rawValue) input up to that size (save large vectors as .npy)"
        }
    }

    /// `--targets`: a file when one is there by that name (an integer `.npy` by its magic, else
    /// text), else the list itself.
    static func readTargets(_ argument: String, rows: Int, classes: Int) throws(InputError) -> [Int?] {
        guard let file = try? Descriptor.openForReading(argument) else {
            return try RowTargets.parse(argument, rows: rows, classes: classes, source: "--targets")
        }
        defer { file.close() }
        let bytes = try file.readRest(limit: textByteLimit) { size in
            "\(file.name) is \(megabytes(size ?? textByteLimit)): logitscope reads targets files up to \(megabytes(textByteLimit))"
        }
        if bytes.starts(with: NpyHeader.magic) {
            return try RowTargets.parseNpy(bytes, rows: rows, classes: classes, source: file.name)
        }
        return try RowTargets.parse(String(decoding: bytes, as: UTF8.self), rows: rows, classes: classes, source: file.name)
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
