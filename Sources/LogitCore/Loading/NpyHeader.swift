/// The header of a NumPy `.npy` file, read from its first bytes alone, so that a caller reading a
/// large file in chunks (or memory-mapping it) can judge it — format, dtype, shape, size — before
/// reading the values, and then read only the bytes of the row it wants.
///
/// Layout (numpy/lib/format.py, "The .npy format"): the magic `\x93NUMPY`, a major and a minor
/// version byte, the header length (uint16 little-endian in version 1.0, uint32 in 2.0 and 3.0),
/// then the header: a Python dict literal `{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }`
/// padded with spaces and ended by a newline (ASCII in 1.0 and 2.0, UTF-8 in 3.0). The values follow,
/// in C order unless `fortran_order` is True.
public struct NpyHeader: Sendable, Equatable {
    public static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // \x93NUMPY

    /// The element type: a float of 2, 4 or 8 bytes in either byte order.
    public struct DType: Sendable, Equatable {
        public let precision: Precision
        public let littleEndian: Bool
        public var byteCount: Int {
            switch precision {
            case .float16, .bfloat16: 2
            case .float32: 4
            case .float64: 8
            }
        }
        var name: String { precision.rawValue }
    }

    public let majorVersion: UInt8
    public let minorVersion: UInt8
    /// The `descr` string as written (`<f4`).
    public let descr: String
    public let dtype: DType
    public let fortranOrder: Bool
    public let shape: [Int]
    /// Where the values start: the size of magic, version, length field and header.
    public let dataOffset: Int
    /// The number of values the shape promises.
    public let count: Int

    /// The bytes needed to read the header: 10 or 12 for the preamble, then `dataOffset`.
    /// nil while fewer than 12 bytes (or than the preamble of a short file) are at hand.
    public static func headerLength(prefix: some Collection<UInt8>) -> Int? {
        let p = Array(prefix.prefix(12))
        guard p.count >= 10, p.starts(with: magic) else { return nil }
        if p[6] == 1 { return 10 + (Int(p[8]) | Int(p[9]) << 8) }
        guard p.count >= 12 else { return nil }
        return 12 + (Int(p[8]) | Int(p[9]) << 8 | Int(p[10]) << 16 | Int(p[11]) << 24)
    }

    /// Parses the header from the first bytes of the file (at least `headerLength` of them).
    public init(prefix: some Collection<UInt8>, name: String, limits: LoadLimits = .standard) throws(InputError) {
        let p = Array(prefix.prefix(1 << 20))
        if p.isEmpty { throw InputError("\(name): the file is empty") }
        guard p.count >= 6, p.starts(with: Self.magic) else {
            throw InputError("\(name): not a NumPy .npy file: it does not start with \\x93NUMPY (corrupt, or another format)")
        }
        guard p.count >= 10 else { throw InputError("\(name): truncated: the file ends inside the .npy preamble (\(p.count) bytes)") }
        majorVersion = p[6]
        minorVersion = p[7]
        guard (1...3).contains(majorVersion) else {
            throw InputError("\(name): .npy format version \(majorVersion).\(minorVersion) is not supported: logitscope reads versions 1.0, 2.0 and 3.0")
        }
        let lengthFieldEnd = majorVersion == 1 ? 10 : 12
        guard p.count >= lengthFieldEnd, let end = Self.headerLength(prefix: p) else {
            throw InputError("\(name): truncated: the file ends inside the .npy preamble (\(p.count) bytes)")
        }
        guard p.count >= end else {
            throw InputError("\(name): truncated: the .npy header is \(end - lengthFieldEnd) bytes but only \(p.count - lengthFieldEnd) follow")
        }
        dataOffset = end
        let text = String(decoding: p[lengthFieldEnd..<end], as: UTF8.self)
        let dict = try PythonLiteral.parseDict(text, name: name)

        guard case .string(let descr)? = dict["descr"] else {
            if case .other? = dict["descr"] {
                throw InputError("\(name): the dtype is a structured (record) type: logitscope reads a plain float16, float32 or float64 array")
            }
            throw InputError("\(name): the .npy header has no 'descr' (dtype)")
        }
        self.descr = descr
        dtype = try Self.dtype(descr, name: name)
        switch dict["fortran_order"] {
        case .bool(let b)?: fortranOrder = b
        default: throw InputError("\(name): the .npy header has no 'fortran_order' True or False")
        }
        guard case .tuple(let shape)? = dict["shape"] else {
            throw InputError("\(name): the .npy header has no 'shape' tuple")
        }
        self.shape = shape
        var count = 1
        for d in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: d)
            if overflow || d < 0 { throw InputError("\(name): the shape \(Self.describe(shape)) is impossibly large") }
            count = product
        }
        self.count = count
        try limits.check(shape: shape, count: count, name: name)
    }

    /// The dtypes read, and a message naming what is wrong with any other.
    static func dtype(_ descr: String, name: String) throws(InputError) -> DType {
        let order = descr.first
        let shown = Substring(descr).escapedForMessage
        let kind = descr.dropFirst()
        let little: Bool
        switch order {
        case "<", "=": little = true  // numpy writes '<' for little-endian; '=' (native) is little on every platform Swift targets here
        case ">": little = false
        case "|" where kind.first != "f":
            throw InputError("\(name): dtype '\(shown)' is not a float type: logitscope reads float16, float32 and float64")
        default:
            throw InputError("\(name): dtype '\(shown)' is not understood: logitscope reads float16, float32 and float64 ('<f2', '<f4', '<f8' or big-endian '>f…')")
        }
        switch kind {
        case "f2": return DType(precision: .float16, littleEndian: little)
        case "f4": return DType(precision: .float32, littleEndian: little)
        case "f8": return DType(precision: .float64, littleEndian: little)
        case "f16", "f12", "f10":
            throw InputError("\(name): dtype '\(shown)' (long double) is not supported: logitscope reads float16, float32 and float64")
        default:
            throw InputError("\(name): dtype '\(shown)' is not a float type: logitscope reads float16, float32 and float64")
        }
    }

    /// The shape as NumPy prints it: `(128256,)`, `(4, 128256)`, `()`.
    public static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// Which values to read: all of a 1-D array, or one row of a 2-D one. Refuses other shapes,
    /// a missing or extra row, and an empty array, each with the shape named.
    public func selection(row: Int?, name: String) throws(InputError) -> Selection {
        let shown = Self.describe(shape)
        switch shape.count {
        case 0:
            throw InputError("\(name): the array is a scalar (shape ()): logitscope needs a vector of logits")
        case 1:
            if let row { throw InputError("\(name): row \(row) was asked for, but the array is 1-D (shape \(shown))") }
            if count == 0 { throw InputError("\(name): the array is empty (shape \(shown))") }
            return Selection(row: nil, firstValue: 0, count: count, stride: 1)
        case 2:
            let (rows, columns) = (shape[0], shape[1])
            guard let row else {
                throw InputError("\(name): the array is 2-D, shape \(shown): choose a row (0 to \(max(rows - 1, 0)))")
            }
            if count == 0 { throw InputError("\(name): the array is empty (shape \(shown))") }
            guard (0..<rows).contains(row) else {
                throw InputError("\(name): row \(row) is out of range: shape \(shown) has rows 0 to \(rows - 1)")
            }
            // C order: a row is contiguous. Fortran order: a row's values are `rows` apart.
            return fortranOrder
                ? Selection(row: row, firstValue: row, count: columns, stride: rows)
                : Selection(row: row, firstValue: row * columns, count: columns, stride: 1)
        default:
            throw InputError("\(name): the array is \(shape.count)-D, shape \(shown): logitscope reads 1-D logits or one row of a 2-D array")
        }
    }

    /// The values to decode, as element positions in the data.
    public struct Selection: Sendable, Equatable {
        public let row: Int?
        public let firstValue: Int
        public let count: Int
        public let stride: Int
    }

    /// The bytes the values occupy after `dataOffset`.
    public var dataByteCount: Int { count * dtype.byteCount }
}

/// Just enough of Python's literal syntax for a `.npy` header: a dict of strings, True/False and
/// tuples of integers (with Python 2's `L` suffix, as old files have it).
enum PythonLiteral: Equatable {
    case string(String)
    case bool(Bool)
    case tuple([Int])
    case other

    static func parseDict(_ text: String, name: String) throws(InputError) -> [String: PythonLiteral] {
        let s = Array(text.utf8)
        var i = 0
        func fail(_ what: String) -> InputError {
            InputError("\(name): the .npy header is corrupt (\(Substring(what).escapedForMessage)): \"\(Substring(text.prefix(80)).escapedForMessage)\"")
        }
        func skip() { while i < s.count, s[i].isASCIIBlank { i += 1 } }
        func string() throws(InputError) -> String {
            let q = s[i]
            i += 1
            let start = i
            while i < s.count, s[i] != q { i += 1 }
            guard i < s.count else { throw fail("an unclosed string") }
            defer { i += 1 }
            return String(decoding: s[start..<i], as: UTF8.self)
        }
        func value() throws(InputError) -> PythonLiteral {
            skip()
            guard i < s.count else { throw fail("it ends early") }
            switch s[i] {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "("):
                i += 1
                var dims: [Int] = []
                while true {
                    skip()
                    guard i < s.count else { throw fail("an unclosed shape tuple") }
                    if s[i] == UInt8(ascii: ")") { i += 1; break }
                    let start = i
                    while i < s.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[i]) { i += 1 }
                    guard let d = Int(String(decoding: s[start..<i], as: UTF8.self)) else { throw fail("a shape that is not whole numbers") }
                    dims.append(d)
                    if i < s.count, s[i] == UInt8(ascii: "L") || s[i] == UInt8(ascii: "l") { i += 1 }
                    skip()
                    if i < s.count, s[i] == UInt8(ascii: ",") { i += 1 }
                }
                return .tuple(dims)
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                // A structured dtype's field list: skipped, balanced.
                var depth = 0
                repeat {
                    if s[i] == UInt8(ascii: "[") || s[i] == UInt8(ascii: "{") || s[i] == UInt8(ascii: "(") { depth += 1 }
                    if s[i] == UInt8(ascii: "]") || s[i] == UInt8(ascii: "}") || s[i] == UInt8(ascii: ")") { depth -= 1 }
                    if s[i] == UInt8(ascii: "'") || s[i] == UInt8(ascii: "\"") { _ = try string(); continue }
                    i += 1
                } while i < s.count && depth > 0
                return .other
            default:
                let start = i
                while i < s.count, s[i] != UInt8(ascii: ","), s[i] != UInt8(ascii: "}"), !s[i].isASCIIBlank { i += 1 }
                switch String(decoding: s[start..<i], as: UTF8.self) {
                case "True": return .bool(true)
                case "False": return .bool(false)
                default: return .other
                }
            }
        }

        skip()
        guard i < s.count, s[i] == UInt8(ascii: "{") else { throw fail("no opening {") }
        i += 1
        var dict: [String: PythonLiteral] = [:]
        while true {
            skip()
            guard i < s.count else { throw fail("no closing }") }
            if s[i] == UInt8(ascii: "}") { break }
            guard s[i] == UInt8(ascii: "'") || s[i] == UInt8(ascii: "\"") else { throw fail("a key that is not a string") }
            let key = try string()
            skip()
            guard i < s.count, s[i] == UInt8(ascii: ":") else { throw fail("no : after '\(key)'") }
            i += 1
            dict[key] = try value()
            skip()
            if i < s.count, s[i] == UInt8(ascii: ",") { i += 1 }
        }
        return dict
    }
}
