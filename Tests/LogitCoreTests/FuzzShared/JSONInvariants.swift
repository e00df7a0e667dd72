import LogitCore

/// Target FuzzJSON: the JSON scanner on any bytes, through every entry point. It must never crash,
/// and its entry points must agree with each other and with Swift's own parsers:
/// - the tree (`JSONValue.read`) and the walk (`skipValue` + `finish`) accept the same documents,
///   and refuse a syntax error with the same error, at the same line and column;
/// - a document accepted reads back equal after the report's writer writes it (compact and pretty);
/// - an array of numbers streams (`readNumbers`) to the bits `Double(String)` gives each numeral,
///   and a numeral that is an integer reads (`readInteger`) as `Int64(String)` / `UInt64(String)`;
/// - an object walked (`readObject`) hands out the tree's keys in order; a string read as bytes is
///   the tree's string's UTF-8;
/// - a refusal has a line and column inside the input and a message a terminal can show.
public enum JSONInvariants {
    /// Byte 0: bit 0 allows Python's non-finite words, bits 1–2 choose the depth limit (128, 4, 1, 0),
    /// bit 3 a node budget of 64 rather than 4096 (a tree is checked against everything, and so
    /// costs most; big arrays are the walk's and `FuzzLoaders`' to read); 0xF0 and above expands the rest (`FuzzExpansion`) instead of
    /// taking it as it is (one input in 16: the big ones cost most).
    public static func check(_ data: [UInt8]) -> [String] {
        var input = FuzzBytes(data)
        let mode = input.byte()
        let options = JSONScanner.Options(maximumDepth: [128, 4, 1, 0][Int(mode >> 1) & 3], allowsNonFiniteWords: mode & 1 == 1)
        let nodes = mode & 8 == 0 ? 1 << 12 : 64
        let document = mode < 0xF0 ? Array(data.dropFirst()) : FuzzExpansion.expand(&input)
        return check(document, options: options, maximumNodes: nodes)
    }

    static func check(_ document: [UInt8], options: JSONScanner.Options, maximumNodes: Int) -> [String] {
        var found: [String] = []
        let tree = Result { () throws(JSONError) in try JSONValue.read(document, options: options, maximumNodes: maximumNodes) }
        var walker = JSONScanner(document, options: options)
        let walk = Result { () throws(JSONError) in
            try walker.skipValue()
            try walker.finish()
        }
        for case .failure(let error) in [tree.map { _ in () }, walk] {
            found += problems(error, in: document)
        }
        switch (tree, walk) {
        case (.success(let value), .success):
            found += roundTrip(value, options: options, maximumNodes: maximumNodes)
            found += agreement(value, document, options: options)
        case (.success, .failure(let error)):
            found.append("the tree accepts what the walk refuses: \(error)")
        case (.failure(let error), .success):
            // Only what a tree judges and a walk does not: its budget, a key twice.
            if error.isSyntax { found.append("the walk accepts what the tree refuses: \(error)") }
        case (.failure(let a), .failure(let b)):
            if a.isSyntax && a != b { found.append("the tree refuses with \(a), the walk with \(b)") }
        }
        return found
    }

    static func problems(_ error: JSONError, in document: [UInt8]) -> [String] {
        var found = MessageChecks.problems(error.message, context: "JSON")
        // The document has the error's line: count line feeds only that far (a 2 MiB document
        // refused on its line 1 costs nothing).
        var lines = 1
        var k = 0
        while lines < error.line, let feed = document[k...].firstIndex(of: 0x0A) {
            lines += 1
            k = feed + 1
        }
        if error.line < 1 || error.line > lines || error.column < 1 || error.column > document.count + 1 {
            found.append("JSON: place \(error.line):\(error.column) past line \(lines) or \(document.count) bytes: \(error)")
        }
        return found
    }

    static func roundTrip(_ value: JSONValue, options: JSONScanner.Options, maximumNodes: Int) -> [String] {
        var found: [String] = []
        for (style, text) in [("compact", value.compact), ("pretty", value.pretty)] {
            switch Result(catching: { () throws(JSONError) in try JSONValue.read(Array(text.utf8), options: options, maximumNodes: maximumNodes) }) {
            case .success(let back): if back != value { found.append("\(style) text reads back different: \(text.prefix(200))") }
            case .failure(let error): found.append("\(style) text refused: \(error): \(text.prefix(200))")
            }
        }
        return found
    }

    /// The streaming entry points against the tree, and numbers against Swift's parsers.
    static func agreement(_ value: JSONValue, _ document: [UInt8], options: JSONScanner.Options) -> [String] {
        var found: [String] = []
        var s = JSONScanner(document, options: options)
        switch value {
        case .array(let items) where items.allSatisfy({ if case .numeral = $0 { true } else { false } }):
            var streamed: [Double] = []
            do throws(JSONError) {
                try s.readNumbers(into: &streamed) { (s: inout JSONScanner, _: Int) throws(JSONError) -> Double in try s.readNumber() }
            } catch {
                found.append("readNumbers refuses an array of numbers: \(error)")
            }
            for (item, x) in zip(items, streamed) {
                guard case .numeral(let text) = item else { continue }
                found += number(text, streamed: x, options: options)
            }
        case .object(let fields):
            var keys: [String] = []
            do throws(JSONError) {
                try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                    keys.append(key)
                    try s.skipValue()
                }
            } catch {
                found.append("readObject refuses what the tree read: \(error)")
            }
            if keys.map({ Array($0.utf8) }) != fields.map({ Array($0.key.utf8) }) { found.append("readObject's keys differ from the tree's") }
        case .string(let text):
            if (try? s.readStringBytes()) != Array(text.utf8) { found.append("readStringBytes differs from the tree's string") }
        case .numeral(let text):
            if let x = try? s.readNumber() { found += number(text, streamed: x, options: options) } else { found.append("readNumber refuses \(text)") }
        default:
            break
        }
        return found
    }

    static func number(_ text: String, streamed x: Double, options: JSONScanner.Options) -> [String] {
        var found: [String] = []
        let words: [String: Double] = ["NaN": .nan, "Infinity": .infinity, "-Infinity": -.infinity]
        guard let expected = words[text] ?? Double(text) else { return ["numeral \(text) is not a Double to Swift"] }
        if x.bitPattern != expected.bitPattern && !(x.isNaN && expected.isNaN) {
            found.append("numeral \(text) read as \(x), Double(String) gives \(expected)")
        }
        // Integers: exact, as Swift's own integer parsers read integer syntax.
        let numeral = JSONValue.numeral(text)
        if !text.contains(where: { ".eEIN".contains($0) }) {
            if numeral.integer(Int64.self) != Int64(text) && !(text == "-0" && numeral.integer(Int64.self) == 0) {
                found.append("numeral \(text) as Int64: \(String(describing: numeral.integer(Int64.self)))")
            }
            if numeral.integer(UInt64.self) != UInt64(text) && !(text == "-0" && numeral.integer(UInt64.self) == 0) {
                found.append("numeral \(text) as UInt64: \(String(describing: numeral.integer(UInt64.self)))")
            }
        } else if let whole = numeral.integer(Int64.self), Double(whole) != expected {
            // A whole number written with a fraction or exponent: both are that number, rounded.
            found.append("numeral \(text) as Int64 \(whole), as Double \(expected)")
        }
        return found
    }
}
