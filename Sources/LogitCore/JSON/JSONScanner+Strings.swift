/// Strings: escapes decoded, surrogate pairs joined, and everything RFC 8259 forbids refused where
/// it stands (a lone surrogate, a raw control character, bytes that are not UTF-8), so every string
/// handed out is valid Unicode and a `String` made of it loses nothing.
extension JSONScanner {
    /// The next value, which must be a string, decoded.
    public mutating func readString() throws(JSONError) -> String {
        var decoded = takeScratch()
        defer { scratch = decoded }
        guard let plain = try scanString(decoding: &decoded) else { return String(decoding: decoded, as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[plain]), as: UTF8.self) }
    }

    /// The next value, which must be a string, as the UTF-8 bytes it decodes to: for a caller that
    /// compares or maps bytes (a byte-level BPE vocabulary) and needs no `String`.
    public mutating func readStringBytes() throws(JSONError) -> [UInt8] {
        var decoded: [UInt8] = []
        if let plain = try scanString(decoding: &decoded) { return Array(bytes[plain]) }
        return decoded
    }

    /// Checks a string and passes over it; nothing is decoded unless it holds an escape.
    mutating func skipString() throws(JSONError) {
        var decoded = takeScratch()
        defer { scratch = decoded }
        _ = try scanString(decoding: &decoded)
    }

    /// The scanner's buffer for decoding escapes, emptied, its storage kept: reused from string to
    /// string, so a file of escaped strings does not allocate a buffer for each one.
    private mutating func takeScratch() -> [UInt8] {
        var buffer: [UInt8] = []
        swap(&buffer, &scratch)
        buffer.removeAll(keepingCapacity: true)
        return buffer
    }

    /// Consumes a string. Without an escape inside, returns the range of its content, whose bytes
    /// are then its UTF-8 (already checked); with one, decodes it into `decoded` and returns nil.
    private mutating func scanString(decoding decoded: inout [UInt8]) throws(JSONError) -> Range<Int>? {
        skipBlanks()
        guard peek == .quote else { throw unexpected("a string") }
        let opening = offset
        offset += 1
        let start = offset
        var run = start  // the start of the bytes not yet copied into `decoded`
        var escaped = false
        while true {
            skipPlainASCII()
            guard offset < bytes.count else { break }
            let c = bytes[offset]
            if c == .quote {
                offset += 1
                guard escaped else { return start..<(offset - 1) }
                append(run..<(offset - 1), to: &decoded)
                return nil
            } else if c == .backslash {
                append(run..<offset, to: &decoded)
                escaped = true
                try readEscape(into: &decoded)
                run = offset
            } else if c < 0x20 {
                throw error("a raw control character (U+\(String(c, radix: 16, uppercase: true).leftPadded(to: 4))) in a string (JSON needs it escaped)", isSyntax: true)
            } else {
                guard let n = UTF8Sequence.length(in: bytes, at: offset) else {
                    throw error("bytes that are not UTF-8 in a string", isSyntax: true)
                }
                offset += n
            }
        }
        throw error("a string is never closed (a missing \")", at: opening, isSyntax: true)
    }

    /// Passes over the bytes a string holds as they are, the most of most strings: printable
    /// ASCII but the quote and the backslash (one tight loop, no bounds check per byte).
    private mutating func skipPlainASCII() {
        let start = offset
        offset = bytes.withUnsafeBufferPointer { buffer in
            var i = start
            while i < buffer.count {
                let c = buffer[i]
                if c < 0x20 || c >= 0x80 || c == .quote || c == .backslash { break }
                i += 1
            }
            return i
        }
    }

    private func append(_ range: Range<Int>, to decoded: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { decoded.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// One escape, from its backslash: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\uXXXX`,
    /// and a surrogate pair as two `\u` escapes in a row.
    private mutating func readEscape(into decoded: inout [UInt8]) throws(JSONError) {
        let backslash = offset
        guard offset + 1 < bytes.count else { throw unexpected("an escape after \\", at: offset + 1) }
        let e = bytes[offset + 1]
        offset += 2
        switch e {
        case .quote, .backslash, UInt8(ascii: "/"): decoded.append(e)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4()
            func lone() -> JSONError {
                error("a lone surrogate \\u\(String(value, radix: 16)) in a string", at: backslash, isSyntax: true)
            }
            if (0xD800...0xDBFF).contains(value) {
                guard offset + 1 < bytes.count, bytes[offset] == .backslash, bytes[offset + 1] == UInt8(ascii: "u") else { throw lone() }
                offset += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw lone() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(value) {
                throw lone()
            }
            // Not a surrogate, or a pair joined: always a scalar.
            UTF8.encode(Unicode.Scalar(value)!) { decoded.append($0) }
        default:
            let shown = Substring(String(decoding: [e], as: UTF8.self)).escapedForMessage
            throw error("unknown escape \\\(shown) in a string", at: backslash, isSyntax: true)
        }
    }

    private mutating func hex4() throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let digit: UInt8
            switch peek {
            case let c? where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c): digit = c - UInt8(ascii: "0")
            case let c? where (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(c): digit = c - UInt8(ascii: "a") + 10
            case let c? where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(c): digit = c - UInt8(ascii: "A") + 10
            default: throw unexpected("four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}
