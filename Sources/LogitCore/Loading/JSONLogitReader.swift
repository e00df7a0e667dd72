/// JSON: an array of numbers (`[2.0, 1.0, 0.1]`), or an object `{"labels": [...], "logits": [...]}`
/// (other keys are ignored). An array of arrays is 2-D: a row must be chosen.
///
/// Python's `json.dumps` writes −inf as the bare word `-Infinity` (not JSON, but what real files
/// hold), and careful writers use the string `"-inf"`; both are read, and so are `Infinity`, `NaN`
/// and their strings, which are then refused like any +inf or NaN, with the position named.
///
/// This is a small reader of its own rather than Foundation's: the core has no Foundation, and each
/// number token goes to `NumberParser` (Swift's correctly rounded `Double(String)`), which is exact
/// where `JSONSerialization` on Linux can be an ulp off.
struct JSONLogitReader {
    let bytes: [UInt8]
    let name: String
    var i = 0

    static func read(_ bytes: [UInt8], name: String, row: Int?, limits: LoadLimits) throws(InputError) -> LoadedLogits {
        var reader = JSONLogitReader(bytes: bytes, name: name)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.i = 3 }
        reader.skipBlanks()
        var logits: [Double]?
        var labels: [String]?
        switch reader.peek {
        case UInt8(ascii: "["):
            logits = try reader.readLogits(row: row, limits: limits)
        case UInt8(ascii: "{"):
            reader.i += 1
            reader.skipBlanks()
            if reader.peek == UInt8(ascii: "}") { reader.i += 1 } else {
                while true {
                    reader.skipBlanks()
                    let keyAt = reader.i
                    guard reader.peek == UInt8(ascii: "\"") else { throw reader.fail("expected a key in double quotes") }
                    let key = try reader.readString()
                    try reader.expect(":")
                    reader.skipBlanks()
                    switch key {
                    case "logits":
                        if logits != nil { throw reader.fail("\"logits\" appears twice", at: keyAt) }
                        logits = try reader.readLogits(row: row, limits: limits)
                    case "labels":
                        if labels != nil { throw reader.fail("\"labels\" appears twice", at: keyAt) }
                        labels = try reader.readLabels(limits: limits)
                    default:
                        try reader.skipValue()
                    }
                    reader.skipBlanks()
                    if reader.peek == UInt8(ascii: ",") { reader.i += 1; continue }
                    if reader.peek == UInt8(ascii: "}") { reader.i += 1; break }
                    throw reader.fail("expected , or } in the object")
                }
            }
            if logits == nil {
                throw InputError("\(name): no \"logits\" key: the object needs {\"logits\": [...]} (and optionally \"labels\")")
            }
        default:
            throw reader.fail("expected a JSON array of numbers or an object with \"logits\"")
        }
        reader.skipBlanks()
        if reader.i < bytes.count { throw reader.fail("unexpected text after the JSON value") }
        guard let logits else { throw InputError("\(name): no logits") }
        if let labels, labels.count != logits.count {
            throw InputError("\(name): \(labels.count) label\(labels.count == 1 ? "" : "s") for \(logits.count) logit\(logits.count == 1 ? "" : "s"): the counts must match")
        }
        return LoadedLogits(logits: logits, labels: labels, format: .json)
    }

    // MARK: - Values

    /// The logits array, or the chosen row of an array of arrays.
    mutating func readLogits(row: Int?, limits: LoadLimits) throws(InputError) -> [Double] {
        guard peek == UInt8(ascii: "[") else { throw fail("\"logits\" must be an array of numbers") }
        var probe = self
        probe.i += 1
        probe.skipBlanks()
        if probe.peek == UInt8(ascii: "[") { return try readRow(row, limits: limits) }
        if let row { throw InputError("\(name): row \(row) was asked for, but the logits are a 1-D array") }
        return try readNumbers(limits: limits)
    }

    mutating func readNumbers(limits: LoadLimits) throws(InputError) -> [Double] {
        i += 1  // [
        var values: [Double] = []
        skipBlanks()
        if peek == UInt8(ascii: "]") {
            i += 1
            throw InputError("\(name): the logits array is empty")
        }
        while true {
            skipBlanks()
            let at = i
            let text: Substring
            if peek == UInt8(ascii: "\"") {
                text = Substring(try readString())
            } else {
                text = readBareToken()
                if text.isEmpty { throw fail("expected a number") }
            }
            do {
                values.append(try LogitListParser.parseLogit(text, position: values.count + 1))
            } catch {
                throw InputError("\(name): line \(lineNumber(at)): \(error.message)")
            }
            if values.count > limits.maximumEntryCount { try limits.check(values.count, name: name) }
            skipBlanks()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; break }
            throw fail("expected , or ] after logit \(values.count)")
        }
        return values
    }

    /// A 2-D array: reads the chosen row and skips the others; refuses without a row, naming the shape.
    mutating func readRow(_ row: Int?, limits: LoadLimits) throws(InputError) -> [Double] {
        i += 1  // outer [
        var rows = 0
        var chosen: [Double]?
        var firstLength = 0
        while true {
            skipBlanks()
            guard peek == UInt8(ascii: "[") else { throw fail("expected a row (an array) in the array of arrays") }
            if rows == row {
                chosen = try readNumbers(limits: limits)
                if rows == 0 { firstLength = chosen?.count ?? 0 }
            } else {
                let n = try skipValue()
                if rows == 0 { firstLength = n }
            }
            rows += 1
            skipBlanks()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; break }
            throw fail("expected , or ] after row \(rows - 1)")
        }
        guard let row else {
            throw InputError("\(name): the logits are a 2-D array (\(rows) rows of \(firstLength)): choose a row (0 to \(rows - 1))")
        }
        guard let chosen else {
            throw InputError("\(name): row \(row) is out of range: the array has \(rows) row\(rows == 1 ? "" : "s") (0 to \(rows - 1))")
        }
        return chosen
    }

    mutating func readLabels(limits: LoadLimits) throws(InputError) -> [String] {
        guard peek == UInt8(ascii: "[") else { throw fail("\"labels\" must be an array of strings") }
        i += 1
        var labels: [String] = []
        skipBlanks()
        if peek == UInt8(ascii: "]") { i += 1; return labels }
        while true {
            skipBlanks()
            guard peek == UInt8(ascii: "\"") else { throw fail("label \(labels.count + 1) is not a string") }
            labels.append(try readString())
            if labels.count > limits.maximumEntryCount { try limits.check(labels.count, name: name) }
            skipBlanks()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; break }
            throw fail("expected , or ] after label \(labels.count)")
        }
        return labels
    }

    /// Skips any value; for an array, returns its element count (the shape of a row not read).
    @discardableResult
    mutating func skipValue() throws(InputError) -> Int {
        skipBlanks()
        switch peek {
        case UInt8(ascii: "\""):
            _ = try readString()
            return 0
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let close = peek == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            i += 1
            var count = 0
            skipBlanks()
            if peek == close { i += 1; return 0 }
            while true {
                skipBlanks()
                if close == UInt8(ascii: "}") {
                    guard peek == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                    _ = try readString()
                    try expect(":")
                }
                try skipValue()
                count += 1
                skipBlanks()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                if peek == close { i += 1; break }
                throw fail("expected , or \(Character(UnicodeScalar(close)))")
            }
            return count
        default:
            if readBareToken().isEmpty { throw fail("expected a value") }
            return 0
        }
    }

    // MARK: - Tokens

    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipBlanks() {
        while i < bytes.count, bytes[i].isASCIIBlank { i += 1 }
    }

    mutating func expect(_ c: Character) throws(InputError) {
        skipBlanks()
        guard let b = c.asciiValue, peek == b else { throw fail("expected \(c)") }
        i += 1
    }

    /// A number or a bare word (`-Infinity`, `NaN`, `true`, `null`): up to a separator.
    mutating func readBareToken() -> Substring {
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b.isASCIIBlank || b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}")
                || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") || b == UInt8(ascii: "\"") || b == UInt8(ascii: ":") { break }
            i += 1
        }
        return Substring(String(decoding: bytes[start..<i], as: UTF8.self))
    }

    /// A JSON string with its escapes decoded (`\"`, `\\`, `\n`, `\u00e9`, surrogate pairs).
    mutating func readString() throws(InputError) -> String {
        let open = i
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") {
                guard i + 1 < bytes.count else { break }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try readHex4()
                    if (0xD800...0xDBFF).contains(scalar), i + 1 < bytes.count,
                       bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try readHex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                    }
                    out.append(contentsOf: String(Character(UnicodeScalar(scalar) ?? "\u{FFFD}")).utf8)
                default:
                    throw fail("unknown escape \\\(Substring(String(Character(UnicodeScalar(e)))).escapedForMessage) in a string", at: i - 2)
                }
                continue
            }
            out.append(b)
            i += 1
        }
        throw fail("a string is never closed (a missing \")", at: open)
    }

    mutating func readHex4() throws(InputError) -> UInt32 {
        guard i + 4 <= bytes.count,
              let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)
        else { throw fail("\\u needs four hex digits") }
        i += 4
        return v
    }

    // MARK: - Messages

    func lineNumber(_ at: Int) -> Int {
        1 + bytes[..<min(at, bytes.count)].lazy.filter { $0 == UInt8(ascii: "\n") }.count
    }

    func fail(_ what: String, at: Int? = nil) -> InputError {
        InputError("\(name): line \(lineNumber(at ?? i)): not valid JSON: \(what)")
    }
}
