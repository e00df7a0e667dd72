/// The header of a `.safetensors` file (huggingface/safetensors, "Format"): 8 bytes, a
/// little-endian u64 N; then N bytes of JSON, `{"name": {"dtype": "F32", "shape": [256, 128256],
/// "data_offsets": [begin, end]}, …, "__metadata__": {"key": "value"}}`; then the data, each
/// tensor's bytes at `begin..<end` counted from the end of the header, row-major, little-endian.
///
/// Judged as the format's own reader judges it (safetensors/src/tensor.rs, `validate`), before a
/// byte of data is touched: N at most 100,000,000 (its MAX_HEADER_SIZE) and inside the file; the
/// header UTF-8 JSON read through `JSONScanner`; each dtype known; each tensor's byte count equal to
/// its shape's element count times its dtype's size; the tensors, in offset order, covering the
/// data exactly, with no gap and no overlap (`data_offsets` past the end, or a file cut short, is
/// refused, not read). Tensors of integer or 8-bit dtypes are listed (a file may hold token ids
/// beside the logits) but only F16, BF16, F32 and F64 open as logits.
public struct SafetensorsHeader: Sendable, Equatable {
    /// safetensors' MAX_HEADER_SIZE.
    public static let maximumHeaderLength = 100_000_000

    public struct Entry: Sendable, Equatable {
        public let name: String
        /// As written: `F32`, `I64`, …
        public let dtypeName: String
        /// The element type, when it is one logitscope reads as logits.
        public let dtype: NpyHeader.DType?
        public let shape: [Int]
        /// Byte offsets from the start of the data (the end of the header).
        public let begin: Int
        public let end: Int
    }

    /// In the order the header lists them.
    public let entries: [Entry]
    public let metadata: [String: String]
    /// Where the data starts: 8 + N.
    public let dataOffset: Int

    /// The sizes, in bytes, of the dtypes safetensors defines; nil for a name it does not.
    static func elementSize(_ dtype: String) -> Int? {
        switch dtype {
        case "BOOL", "U8", "I8", "F8_E5M2", "F8_E4M3", "F8_E8M0", "F4", "F6_E2M3", "F6_E3M2": 1
        case "I16", "U16", "F16", "BF16": 2
        case "I32", "U32", "F32": 4
        case "I64", "U64", "F64", "C64": 8
        default: nil
        }
    }

    static func logitType(_ dtype: String) -> NpyHeader.DType? {
        switch dtype {
        case "F16": .init(precision: .float16, littleEndian: true)
        case "BF16": .init(precision: .bfloat16, littleEndian: true)
        case "F32": .init(precision: .float32, littleEndian: true)
        case "F64": .init(precision: .float64, littleEndian: true)
        default: nil
        }
    }

    /// Parses and checks the header of a file of `fileSize` bytes, from its first bytes (at least
    /// 8 + N of them, or the whole file when it is shorter).
    public init(prefix: UnsafeRawBufferPointer, fileSize: Int, name: String, limits: LoadLimits = .standard) throws(InputError) {
        guard prefix.count >= 8, fileSize >= 8 else {
            throw InputError("\(name): truncated: a .safetensors file starts with an 8-byte header length, but the file has \(fileSize) byte\(fileSize == 1 ? "" : "s")")
        }
        let length = prefix.loadUnaligned(as: UInt64.self).littleEndian
        guard length <= UInt64(Self.maximumHeaderLength) else {
            throw InputError("\(name): the .safetensors header length is \(length) bytes, more than the format allows (100,000,000): not a safetensors file, or a corrupt one")
        }
        let n = Int(length)
        guard n >= 2 else { throw InputError("\(name): the .safetensors header length is \(n): too short for a JSON object") }
        guard 8 + n <= fileSize, 8 + n <= prefix.count else {
            throw InputError("\(name): truncated: the .safetensors header is \(n) bytes but only \(fileSize - 8) follow the length")
        }
        dataOffset = 8 + n
        let dataSize = fileSize - dataOffset
        var parsed = Parsed()
        var s = JSONScanner(Array(prefix[8..<(8 + n)]))
        do throws(JSONError) {
            guard s.next == .object else {
                throw s.error("the .safetensors header must be a JSON object, found a JSON \(s.next.noun)")
            }
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                try parsed.field(key, &s, dataSize: dataSize)
            }
            try s.finish()
        } catch {
            throw error.inputError(file: name, context: "the .safetensors header")
        }
        entries = parsed.entries
        metadata = parsed.metadata ?? [:]
        try Self.checkCoverage(entries, dataSize: dataSize, name: name)
        for e in entries where e.dtype != nil {
            let count = e.shape.reduce(1, *)
            try limits.check(shape: e.shape, count: count, name: name)
        }
    }

    /// The tensors in offset order must tile the data: each begins where the one before ended, and
    /// the last ends at the end of the file.
    static func checkCoverage(_ entries: [Entry], dataSize: Int, name: String) throws(InputError) {
        var at = 0
        for e in entries.sorted(by: { ($0.begin, $0.end) < ($1.begin, $1.end) }) {
            if e.begin != at {
                let what = e.begin < at ? "overlaps the tensor before it" : "leaves a gap of \(e.begin - at) bytes before it"
                throw InputError("\(name): tensor \"\(Substring(e.name).escapedForMessage)\" starts at data offset \(e.begin) and \(what) (which ends at \(at)): a corrupt .safetensors file")
            }
            at = e.end
        }
        if at != dataSize {
            throw InputError(at > dataSize
                ? "\(name): truncated: the .safetensors tensors need \(at) bytes of data but only \(dataSize) follow the header"
                : "\(name): \(dataSize - at) bytes after the last tensor's data: a corrupt .safetensors file (the tensors must cover the data exactly)")
        }
    }

    /// The header's fields as they are read.
    private struct Parsed {
        var entries: [Entry] = []
        var names: Set<String> = []
        var metadata: [String: String]?

        mutating func field(_ key: String, _ s: inout JSONScanner, dataSize: Int) throws(JSONError) {
            if key == "__metadata__" {
                if metadata != nil { throw s.duplicate(key) }
                metadata = try Self.metadata(&s)
                return
            }
            if !names.insert(key).inserted { throw s.duplicate(key) }
            entries.append(try Self.entry(key, &s, dataSize: dataSize))
        }

        static func metadata(_ s: inout JSONScanner) throws(JSONError) -> [String: String] {
            guard s.next == .object else { throw s.error("\"__metadata__\" must be an object of strings") }
            var values: [String: String] = [:]
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                guard s.next == .string else { throw s.error("\"__metadata__\" value \(JSONScanner.quoted(key)) must be a string") }
                if values.updateValue(try s.readString(), forKey: key) != nil { throw s.duplicate(key) }
            }
            return values
        }

        static func entry(_ name: String, _ s: inout JSONScanner, dataSize: Int) throws(JSONError) -> Entry {
            let shownName = "tensor \"\(Substring(name).escapedForMessage)\""
            guard s.next == .object else { throw s.error("\(shownName) must be an object with dtype, shape and data_offsets") }
            let at = s.offset
            var dtype: String?
            var shape: [Int]?
            var offsets: [Int]?
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                switch key {
                case "dtype":
                    if dtype != nil { throw s.duplicate(key) }
                    guard s.next == .string else { throw s.error("\(shownName): dtype must be a string") }
                    let valueAt = s.offset
                    let d = try s.readString()
                    guard SafetensorsHeader.elementSize(d) != nil else {
                        throw s.error("\(shownName): dtype \"\(Substring(d).escapedForMessage)\" is unknown (logitscope reads F16, BF16, F32 and F64)", at: valueAt)
                    }
                    dtype = d
                case "shape":
                    if shape != nil { throw s.duplicate(key) }
                    shape = try integers(&s, noun: "\(shownName): a dimension", what: "shape")
                case "data_offsets":
                    if offsets != nil { throw s.duplicate(key) }
                    let o = try integers(&s, noun: "\(shownName): a data offset", what: "data_offsets")
                    guard o.count == 2 else { throw s.error("\(shownName): data_offsets must be [begin, end], found \(o.count) numbers") }
                    offsets = o
                default:
                    throw s.error("\(shownName) has an unknown field \"\(Substring(key).escapedForMessage)\"", at: s.keyOffset)
                }
            }
            guard let dtype, let shape, let offsets else {
                let missing = [dtype == nil ? "dtype" : nil, shape == nil ? "shape" : nil, offsets == nil ? "data_offsets" : nil].compactMap { $0 }
                throw s.error("\(shownName) has no \(missing.joined(separator: " or "))", at: at)
            }
            let (begin, end) = (offsets[0], offsets[1])
            guard begin <= end else { throw s.error("\(shownName): data_offsets [\(begin), \(end)] end before they begin", at: at) }
            guard end <= dataSize else {
                throw s.error("\(shownName): data_offsets [\(begin), \(end)] go past the end of the file (\(dataSize) bytes of data; truncated?)", at: at)
            }
            var count = 1
            for d in shape {
                let (product, overflow) = count.multipliedReportingOverflow(by: d)
                if overflow { throw s.error("\(shownName): the shape \(NpyHeader.describe(shape)) is impossibly large", at: at) }
                count = product
            }
            let size = SafetensorsHeader.elementSize(dtype)!
            let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
            guard !overflow, bytes == end - begin else {
                throw s.error("\(shownName): shape \(NpyHeader.describe(shape)) of \(dtype) needs \(overflow ? "more" : String(bytes)) bytes but data_offsets [\(begin), \(end)] hold \(end - begin)", at: at)
            }
            return Entry(name: name, dtypeName: dtype, dtype: SafetensorsHeader.logitType(dtype), shape: shape, begin: begin, end: end)
        }

        /// An array of non-negative integers (a shape, the offsets), at most 8 of them for a shape.
        static func integers(_ s: inout JSONScanner, noun: String, what: String) throws(JSONError) -> [Int] {
            guard s.next == .array else { throw s.error("\(what) must be an array of whole numbers") }
            var values: [Int] = []
            try s.readArray { (s: inout JSONScanner, index: Int) throws(JSONError) in
                if index >= 64 { throw s.error("\(what) has more than 64 numbers") }
                guard s.next == .number else { throw s.error("\(what) must hold whole numbers, found a JSON \(s.next.noun)") }
                let v = try s.readInteger(UInt64.self, noun: noun)
                guard v <= UInt64(Int.max) else { throw s.error("\(noun) \(v) is too large") }
                values.append(Int(v))
            }
            return values
        }
    }

    /// The tensors as `ArrayTensor`s, whose offsets count from the start of the file.
    public var tensors: [ArrayTensor] {
        entries.compactMap { e in
            e.dtype.map { ArrayTensor(name: e.name, dtype: $0, shape: e.shape, fortranOrder: false,
                                       offset: dataOffset + e.begin, count: e.shape.reduce(1, *)) }
        }
    }
}
