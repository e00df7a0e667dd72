/// A strict RFC 8259 reader that walks a document value by value, so a session holding a 128k
/// vocabulary is read straight into `[Double]` and `[String]` instead of a tree of boxed values.
///
/// Numbers are checked against JSON's grammar and then converted by `Double(String)`, which is
/// correctly rounded: every number `JSONValue` writes (its shortest round-trip form) reads back to
/// the same bits, `-0.0` and `5e-324` included. Every failure names the line, and one that meets the
/// end of the input says the file looks truncated.
struct JSONScanner {
    struct Failure: Error {
        let message: String
    }

    private let bytes: [UInt8]
    private(set) var i = 0
    /// Arrays and objects open at once; deeper nesting is refused rather than recursed into.
    private var depth = 0
    static let maximumDepth = 64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    var atEnd: Bool {
        mutating get {
            skipBlanks()
            return i >= bytes.count
        }
    }

    // MARK: - Structure

    /// Reads an object, handing each key to `field`, which must consume the key's value.
    mutating func readObject(_ field: (inout JSONScanner, String) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "{"), "an object")
        try enter()
        skipBlanks()
        if peek == UInt8(ascii: "}") { i += 1; depth -= 1; return }
        while true {
            skipBlanks()
            guard peek == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
            let key = try readString()
            skipBlanks()
            try expect(UInt8(ascii: ":"), "':' after the key \"\(Substring(key).escapedForMessage)\"")
            try field(&self, key)
            skipBlanks()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "}") { i += 1; break }
            throw fail("expected ',' or '}' in an object")
        }
        depth -= 1
    }

    /// Reads an array, calling `element` once per element, which must consume it.
    mutating func readArray(_ element: (inout JSONScanner) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "["), "an array")
        try enter()
        skipBlanks()
        if peek == UInt8(ascii: "]") { i += 1; depth -= 1; return }
        while true {
            try element(&self)
            skipBlanks()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; break }
            throw fail("expected ',' or ']' in an array")
        }
        depth -= 1
    }

    /// Skips any value, checking it is well formed.
    mutating func skipValue() throws(Failure) {
        skipBlanks()
        switch peek {
        case UInt8(ascii: "{"): try readObject { (s: inout JSONScanner, _: String) throws(Failure) in try s.skipValue() }
        case UInt8(ascii: "["): try readArray { (s: inout JSONScanner) throws(Failure) in try s.skipValue() }
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): try readNull()
        default: _ = try readNumber()
        }
    }

    // MARK: - Scalars

    /// What kind of value comes next, without consuming it.
    enum Kind { case object, array, string, number, bool, null, end, other }

    var next: Kind {
        mutating get {
            skipBlanks()
            guard let c = peek else { return .end }
            switch c {
            case UInt8(ascii: "{"): return .object
            case UInt8(ascii: "["): return .array
            case UInt8(ascii: "\""): return .string
            case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
            case UInt8(ascii: "n"): return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
            default: return .other
            }
        }
    }

    mutating func readNull() throws(Failure) {
        skipBlanks()
        try literal("null")
    }

    mutating func readBool() throws(Failure) -> Bool {
        skipBlanks()
        if peek == UInt8(ascii: "t") { try literal("true"); return true }
        try literal("false")
        return false
    }

    /// A JSON number, exactly: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    mutating func readNumber() throws(Failure) -> Double {
        let start = i
        let text = try readNumberText()
        guard let value = Double(text) else { throw fail("\"\(text)\" is not a number", at: start) }
        return value
    }

    /// A JSON number's text as written, for values a Double cannot hold exactly (a 64-bit seed).
    mutating func readNumberText() throws(Failure) -> String {
        skipBlanks()
        let start = i
        if peek == UInt8(ascii: "-") { i += 1 }
        guard let first = peek else { throw truncated() }
        guard isDigit(first) else { throw fail("expected a value", at: start) }
        if first == UInt8(ascii: "0") { i += 1 } else { skipDigits() }
        if peek == UInt8(ascii: ".") {
            i += 1
            guard let d = peek, isDigit(d) else { throw peek == nil ? truncated() : fail("expected a digit after '.'") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard let d = peek, isDigit(d) else { throw peek == nil ? truncated() : fail("expected a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    /// A string, with its escapes decoded (surrogate pairs joined; a lone surrogate refused).
    mutating func readString() throws(Failure) -> String {
        skipBlanks()
        try expect(UInt8(ascii: "\""), "a string")
        var out: [UInt8] = []
        while true {
            guard let c = peek else { throw truncated() }
            i += 1
            switch c {
            case UInt8(ascii: "\""):
                // The bytes were checked as UTF-8 below, so decoding loses nothing.
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let e = peek else { throw truncated() }
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if (0xD800...0xDBFF).contains(v) {
                        guard peek == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("a lone surrogate \\u\(String(v, radix: 16)) in a string")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("a lone surrogate \\u\(String(v, radix: 16)) in a string") }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(v) {
                        throw fail("a lone surrogate \\u\(String(v, radix: 16)) in a string")
                    }
                    out.append(contentsOf: String(Character(Unicode.Scalar(v)!)).utf8)
                default:
                    throw fail("unknown escape \\\(Substring(String(decoding: [e], as: UTF8.self)).escapedForMessage) in a string")
                }
            case 0..<0x20:
                throw fail("a raw control character in a string (JSON needs it escaped)")
            case 0x80...:
                // Copy one whole UTF-8 sequence, refusing bytes that are not UTF-8.
                let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0
                guard n > 0, i - 1 + n <= bytes.count,
                      String(validating: bytes[(i - 1)..<(i - 1 + n)], as: UTF8.self) != nil
                else { throw fail("bytes that are not UTF-8 in a string") }
                out.append(contentsOf: bytes[(i - 1)..<(i - 1 + n)])
                i += n - 1
            default:
                out.append(c)
            }
        }
    }

    // MARK: - Failures

    func fail(_ what: String) -> Failure { fail(what, at: i) }

    func fail(_ what: String, at position: Int) -> Failure {
        if position >= bytes.count { return truncated() }
        return Failure(message: "line \(line(at: position)): \(what)")
    }

    /// The input ended inside a value.
    func truncated() -> Failure {
        Failure(message: "it ends in the middle of a value (truncated?)")
    }

    // MARK: - Bytes

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipBlanks() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    private mutating func skipDigits() {
        while let c = peek, isDigit(c) { i += 1 }
    }

    private func isDigit(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) }

    private mutating func expect(_ c: UInt8, _ what: String) throws(Failure) {
        skipBlanks()
        guard let got = peek else { throw truncated() }
        guard got == c else { throw fail("expected \(what)") }
        i += 1
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for (n, c) in word.utf8.enumerated() {
            guard i + n < bytes.count else { throw truncated() }
            guard bytes[i + n] == c else { throw fail("expected a value") }
        }
        i += word.utf8.count
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw truncated() }
        var v: UInt32 = 0
        for c in bytes[i..<(i + 4)] {
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: throw fail("expected four hex digits after \\u")
            }
            v = v * 16 + UInt32(d)
        }
        i += 4
        return v
    }

    private func line(at position: Int) -> Int {
        1 + bytes[..<min(position, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
