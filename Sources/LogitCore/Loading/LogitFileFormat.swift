/// The kinds of logit file logitscope reads.
public enum LogitFileFormat: String, Sendable, Equatable, CaseIterable {
    /// Numbers separated by commas, blanks or newlines, optionally in one pair of brackets.
    case text
    /// A value column and an optional label column, with or without a header row.
    case csv
    /// An array of numbers, or `{"labels": [...], "logits": [...]}`.
    case json
    /// NumPy's binary format: float16/32/64, either byte order, 1-D or a row of a 2-D array.
    case npy
    /// HuggingFace's safetensors: an 8-byte header length, a JSON header, the tensors' bytes.
    case safetensors
    /// numpy's `savez` / `savez_compressed`: a zip of `.npy` members, stored or deflated.
    case npz

    /// The file name extensions of the format, lowercase without the dot: what `detect` goes by
    /// and what the shell completes after `--file`.
    public var extensions: [String] {
        switch self {
        case .text: ["txt", "text"]
        case .csv: ["csv"]
        case .json: ["json"]
        case .npy: ["npy"]
        case .safetensors: ["safetensors"]
        case .npz: ["npz"]
        }
    }

    /// What the format holds, for the manual page.
    public var summary: String {
        switch self {
        case .text: "numbers separated by commas, blanks or newlines, optionally in one pair of brackets"
        case .csv: "a value column and an optional label column, with or without a header row"
        case .json: "an array of numbers, an array of arrays (one row with --row), or {\"labels\": [...], \"logits\": [...]}"
        case .npy: "NumPy's binary format: float16, float32 or float64, either byte order, a vector or rows [rows, vocab]"
        case .safetensors: "HuggingFace safetensors: an F16, BF16, F32 or F64 vector or rows [rows, vocab] ([1, rows, vocab] too); --tensor picks one of several"
        case .npz: "numpy's savez or savez_compressed archive of .npy members; --tensor picks one of several"
        }
    }

    /// The binary array formats, opened as rows (`ArrayFile`) from their header before their data.
    public var isArray: Bool { self == .npy || self == .safetensors || self == .npz }

    /// Every extension logitscope reads, in the order of the cases.
    public static var fileExtensions: [String] { allCases.flatMap(\.extensions) }

    /// How many leading bytes `detect` looks at; a caller reading in chunks passes at least this many
    /// (or the whole file when it is shorter).
    public static let detectionPrefixLength = 4096

    /// Decides the format from the first bytes and the name, before the rest is read.
    ///
    /// The NumPy magic wins over any name (a `.bin` that is really `.npy` loads), and a `.npy`
    /// name wins over the bytes (so a corrupt `.npy` is reported as one, not as bad text). Then the
    /// extensions `.json`, `.csv`, `.txt`; without one (stdin is `-`), the bytes decide: `{` or `[`
    /// opens JSON, and a first line holding a field that is not a number (a header, a label) is CSV.
    public static func detect(prefix: some Collection<UInt8>, name: String) -> LogitFileFormat {
        let head = Array(prefix.prefix(detectionPrefixLength))
        if head.starts(with: NpyHeader.magic) { return .npy }
        // A zip (numpy's .npz): a local header, or the end record of an empty archive.
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .npz }
        let suffix = fileExtension(name)
        if let named = allCases.first(where: { $0.extensions.contains(suffix) }) { return named }
        // safetensors has no magic: a header length below its 100 MB limit, then `{`.
        if head.count > 8, head[8] == UInt8(ascii: "{"),
           head[0..<8].reversed().reduce(UInt64(0), { $0 << 8 | UInt64($1) }) <= UInt64(SafetensorsHeader.maximumHeaderLength) {
            return .safetensors
        }
        let body = head.droppingUTF8BOM
        guard let first = body.first(where: { !$0.isASCIIBlank }) else { return .text }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
        let firstLine = body.drop(while: \.isASCIIBlank).prefix(while: { $0 != UInt8(ascii: "\n") })
        if firstLine.contains(UInt8(ascii: "\"")) { return .csv }
        let fields = String(decoding: firstLine, as: UTF8.self)
            .split(whereSeparator: { $0 == "," || $0.isWhitespace })
        if fields.contains(where: { NumberParser.parse($0) == nil }) { return .csv }
        return .text
    }

    /// The lowercased extension of a path, or "" (for `-`, or a name without a dot).
    static func fileExtension(_ name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return String(base[base.index(after: dot)...]).lowercased()
    }
}

/// Reads any logit file from its bytes. The command line reads the file (or stdin) and calls this;
/// nothing here touches the file system.
public enum LogitFileLoader {
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - name: how messages name the file (`logits.npy`, or `stdin`).
    ///   - format: nil to `detect` it.
    ///   - row: for a 2-D `.npy` or a JSON array of arrays, the 0-based row to read; refused for 1-D data.
    public static func load(
        _ bytes: some Collection<UInt8>, name: String, format: LogitFileFormat? = nil,
        row: Int? = nil, choice: Int? = nil, limits: LoadLimits = .standard
    ) throws(InputError) -> LoadedLogits {
        let format = format ?? LogitFileFormat.detect(prefix: bytes, name: name)
        if bytes.isEmpty { throw InputError("\(name): the file is empty") }
        if let row, row < 0 { throw InputError("\(name): row \(row) is negative: rows count from 0") }
        if let choice, choice < 0 { throw InputError("\(name): choice \(choice) is negative: choices count from 0") }
        if choice != nil, format != .json { throw InputError("\(name): --choice applies to an API response's logprobs (JSON), not to a \(format.rawValue) file") }
        if row != nil, !format.isArray, format != .json {
            throw InputError("\(name): a row applies to an array file's rows or a JSON array of arrays, not to a \(format.rawValue) file")
        }
        let loaded: LoadedLogits
        switch format {
        case .npy: loaded = try NpyReader.read(Array(bytes), name: name, row: row, limits: limits)
        case .safetensors, .npz:
            let opened = try ArrayFile.open(ByteStorage(copying: bytes), format: format, name: name, limits: limits)
            loaded = try opened.loaded(row: row, name: name)
        case .json:
            let all = Array(bytes)
            if LogprobsReader.recognizes(all) {
                loaded = try logprobs(all, name: name, position: row, choice: choice)
            } else {
                if choice != nil { throw InputError("\(name): --choice applies to an API response's logprobs, and this is a logit file") }
                loaded = try JSONLogitReader.read(all, name: name, row: row, limits: limits)
            }
        case .csv: loaded = try CSVLogitReader.read(Array(bytes), name: name, limits: limits)
        case .text: loaded = try TextLogitReader.read(Array(bytes), name: name, limits: limits)
        }
        try checkNotAllMasked(loaded.logits, name: name)
        return loaded
    }

    /// One step of an API response's logprobs, as a partial distribution (`LogprobSequence.document`).
    static func logprobs(_ bytes: [UInt8], name: String, position: Int?, choice: Int?) throws(InputError) -> LoadedLogits {
        let sequence = try LogprobsReader.read(bytes, name: name, choice: choice)
        return LoadedLogits(step: sequence.document(position: try sequence.check(position: position ?? 0, name: name)))
    }

    /// Every logit −inf leaves softmax undefined (NUMERICS.md); the same rule as `LogitListParser`.
    static func checkNotAllMasked(_ logits: [Double], name: String) throws(InputError) {
        if !logits.isEmpty, logits.allSatisfy({ $0 == -.infinity }) {
            throw InputError("\(name): every logit is -inf: softmax is undefined when every class is masked")
        }
    }
}

extension UInt8 {
    /// Space, tab, newline, carriage return, vertical tab, form feed.
    var isASCIIBlank: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}

extension Array where Element == UInt8 {
    /// The bytes without a leading UTF-8 byte-order mark (Windows editors write one).
    var droppingUTF8BOM: ArraySlice<UInt8> {
        starts(with: [0xEF, 0xBB, 0xBF]) ? self[3...] : self[...]
    }
}
