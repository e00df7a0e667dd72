/// The one JSON reader of logitscope: every JSON input (logit files, sessions, and the tokenizer,
/// safetensors-header and logprobs readers to come) is read through it, so each follows the same
/// rules and refuses the same things with the same words.
///
/// It is strict RFC 8259: invalid UTF-8, a lone surrogate (`"\ud800"`, or a high one not followed
/// by a low one), a raw control character in a string, a leading zero, a trailing comma and text
/// after the value are refused, each with the line and column (`JSONError`). The one departure is
/// an option: Python's `json.dumps` writes the bare words `NaN`, `Infinity` and `-Infinity`, and
/// `Options.allowsNonFiniteWords` reads them as numbers (logit files hold them; nothing else should).
/// A leading UTF-8 byte-order mark is skipped (Windows editors write one).
///
/// Nothing recurses: arrays and objects may nest `Options.maximumDepth` deep (128 by default, as
/// serde_json), deeper is refused at the bracket that goes past it, and skipping a value counts
/// its depth instead of calling itself, so 10⁶ levels of `[` cost one refusal.
///
/// A reader walks the document instead of building a tree: `readObject` hands it each key (its
/// closure must consume the value), `readArray` each element, `readNumbers` streams an array of
/// numbers straight into `[Double]`, `skipValue` checks and passes over what the reader does not
/// want. `readValue` builds a small `JSONValue` tree, within a node budget, for documents modest
/// enough to hold whole. A `{"logits": [...]}` reader, for example:
///
/// ```swift
/// var s = JSONScanner(bytes)
/// var logits: [Double]?
/// do throws(JSONError) {
///     try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
///         guard key == "logits" else { return try s.skipValue() }
///         if logits != nil { throw s.duplicate(key) }
///         var values: [Double] = []
///         try s.readNumbers(into: &values)
///         logits = values
///     }
///     try s.finish()
/// } catch {
///     throw error.inputError(file: name)  // "name: line 3, column 14: not valid JSON: …"
/// }
/// ```
///
/// Numbers are read correctly rounded (`0.1`, `5e-324`, `-0.0` and every shortest round-trip form
/// `JSONValue` writes come back to the same bits), and integers exactly (`readInteger`), so a
/// 64-bit seed or a data offset past 2⁵³ loses nothing.
public struct JSONScanner {
    public struct Options: Sendable, Equatable {
        /// Arrays and objects open at once; one more is refused.
        public var maximumDepth: Int
        /// Reads Python's `NaN`, `Infinity` and `-Infinity` as numbers.
        public var allowsNonFiniteWords: Bool

        public init(maximumDepth: Int = JSONScanner.defaultMaximumDepth, allowsNonFiniteWords: Bool = false) {
            self.maximumDepth = maximumDepth
            self.allowsNonFiniteWords = allowsNonFiniteWords
        }
    }

    /// serde_json's limit: far past any real document (a tokenizer.json nests about 6 deep), and
    /// shallow enough that code walking a `JSONValue` (equality, writing) may recurse.
    public static let defaultMaximumDepth = 128

    /// What kind of value comes next (`next`).
    public enum Kind: Sendable, Equatable {
        case object, array, string, number, bool, null
        /// Only blanks remain.
        case end
        /// A byte no value starts with.
        case other

        /// How a message names it: "it holds a JSON array".
        public var noun: String {
            switch self {
            case .object: "object"
            case .array: "array"
            case .string: "string"
            case .number: "number"
            case .bool: "boolean"
            case .null: "null"
            case .end: "end of the input"
            case .other: "character"
            }
        }
    }

    let bytes: [UInt8]
    public let options: Options
    /// Where the scanner is, in bytes from the start of the input.
    public internal(set) var offset: Int
    /// Arrays and objects open at `offset`.
    public private(set) var depth = 0
    /// Where the key `readObject` last handed out starts (its opening quote), for `duplicate`.
    public private(set) var keyOffset = 0
    /// See `takeScratch`.
    var scratch: [UInt8] = []
    /// See `skipValue`.
    var skipped: [SkippedContainer] = []

    /// An array or object `skipValue` is inside: which, how many values it has had, and where its
    /// latest key starts (for a message).
    struct SkippedContainer {
        var isObject: Bool
        var count: Int
        var keyAt: Int
    }

    public init(_ bytes: [UInt8], options: Options = Options()) {
        self.bytes = bytes
        self.options = options
        offset = bytes.droppingUTF8BOM.startIndex
    }

    // MARK: - Looking ahead

    /// The kind of the next value, after any blanks, without consuming it.
    public var next: Kind {
        mutating get {
            skipBlanks()
            guard let c = peek else { return .end }
            switch c {
            case .openBrace: return .object
            case .openBracket: return .array
            case .quote: return .string
            case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
            case UInt8(ascii: "n"): return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
            case UInt8(ascii: "N"), UInt8(ascii: "I"): return options.allowsNonFiniteWords ? .number : .other
            default: return .other
            }
        }
    }

    /// Refuses anything but blanks after the value: `[1, 2] x` is not a JSON document.
    public mutating func finish() throws(JSONError) {
        skipBlanks()
        if offset < bytes.count { throw error("unexpected text after the JSON value", isSyntax: true) }
    }

    // MARK: - Arrays and objects

    /// Reads an object, handing each key to `field` with the scanner at its value, which `field`
    /// must consume (read it, or `skipValue`). Keys come in document order, decoded; a key that
    /// appears twice is handed twice: refuse it with `duplicate` where it matters.
    public mutating func readObject(_ field: (inout JSONScanner, String) throws(JSONError) -> Void) throws(JSONError) {
        try open(.openBrace, "an object")
        if close(.closeBrace) { return }
        while true {
            let key = try readKey()
            let keyAt = keyOffset
            skipBlanks()
            try field(&self, key)
            if try separator(inObject: true, after: keyAt) { return }
        }
    }

    /// Reads an array, calling `element` with each element's 0-based index and the scanner at it;
    /// `element` must consume it.
    public mutating func readArray(_ element: (inout JSONScanner, Int) throws(JSONError) -> Void) throws(JSONError) {
        try open(.openBracket, "an array")
        if close(.closeBracket) { return }
        var index = 0
        while true {
            skipBlanks()
            try element(&self, index)
            index += 1
            if try separator(inObject: false, after: index) { return }
        }
    }

    /// Checks and passes over any value, without building it and without recursion: the nesting is
    /// a count, bounded by `Options.maximumDepth`. Returns the number of elements (or fields) when
    /// the value is an array (or object), 0 otherwise: a 2-D reader skipping a row learns its length.
    @discardableResult
    public mutating func skipValue() throws(JSONError) -> Int {
        // The containers open inside this value, in the scanner's buffer for them (kept from one
        // skip to the next, so skipping 10⁵ rows does not allocate 10⁵ times).
        var containers: [SkippedContainer] = []
        swap(&containers, &skipped)
        defer {
            containers.removeAll(keepingCapacity: true)
            skipped = containers
        }
        while true {
            // A value starts here.
            skipBlanks()
            switch peek {
            case .openBrace?, .openBracket?:
                let isObject = peek == .openBrace
                try open(isObject ? .openBrace : .openBracket, "a value")
                if close(isObject ? .closeBrace : .closeBracket) { break }
                if isObject { _ = try readKey(decoding: false) }
                containers.append(SkippedContainer(isObject: isObject, count: 0, keyAt: keyOffset))
                continue
            case .quote?: try skipString()
            default: try skipScalar()
            }
            // A value ended: close what it ends, up to the next value or the end of this one.
            while let top = containers.last {
                containers[containers.count - 1].count = top.count + 1
                if try !separator(inObject: top.isObject, after: top.isObject ? top.keyAt : top.count + 1) {
                    if top.isObject {
                        _ = try readKey(decoding: false)
                        containers[containers.count - 1].keyAt = keyOffset
                    }
                    break
                }
                let closed = containers.removeLast()
                if containers.isEmpty { return closed.count }
            }
            if containers.isEmpty { return 0 }
        }
    }

    // MARK: - Literals

    public mutating func readNull() throws(JSONError) {
        skipBlanks()
        try literal("null")
    }

    public mutating func readBool() throws(JSONError) -> Bool {
        skipBlanks()
        if peek == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    // MARK: - Failures

    /// A refusal at `offset` (the current place by default) of JSON the reader will not take.
    public func error(_ message: String, at offset: Int? = nil) -> JSONError {
        error(message, at: offset, isSyntax: false)
    }

    /// The refusal of a key `readObject` handed out a second time, at that second key.
    public func duplicate(_ key: String) -> JSONError {
        error("\(Self.quoted(key)) appears twice", at: keyOffset)
    }

    func error(_ message: String, at offset: Int? = nil, isSyntax: Bool) -> JSONError {
        let place = JSONError.location(of: offset ?? self.offset, in: bytes)
        return JSONError(message, line: place.line, column: place.column, isSyntax: isSyntax)
    }

    /// "expected `what`", saying what was found instead: the character, bytes that are not UTF-8,
    /// or the end of the input (a truncated file).
    func unexpected(_ what: String, at place: Int? = nil) -> JSONError {
        let at = place ?? offset
        guard at < bytes.count else {
            return error("expected \(what), but the input ends (truncated?)", at: at, isSyntax: true)
        }
        let found: String
        switch bytes[at] {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            // A word (`nan`, `none`, `True`): shown whole, up to 20 letters.
            let word = bytes[at...].prefix { $0.isLetter || $0.isDigit }.prefix(20)
            found = "'\(String(decoding: word, as: UTF8.self))'"
        case 0x21...0x7E: found = "'\(Character(Unicode.Scalar(bytes[at])))'"
        case 0x80...:
            if let n = UTF8Sequence.length(in: bytes, at: at) {
                found = "'\(Substring(String(decoding: bytes[at..<(at + n)], as: UTF8.self)).escapedForMessage)'"
            } else {
                found = "bytes that are not UTF-8"
            }
        default: found = "U+\(String(bytes[at], radix: 16, uppercase: true).leftPadded(to: 4))"
        }
        return error("expected \(what), found \(found)", at: at, isSyntax: true)
    }

    /// A key or string shown in a message: quoted, escaped, cut at 40 characters.
    static func quoted(_ text: String) -> String {
        let shown = text.count > 40 ? text.prefix(40) + "…" : Substring(text)
        return "\"\(shown.escapedForMessage)\""
    }

    // MARK: - Bytes

    var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// JSON's four blanks: space, tab, line feed, carriage return (not vertical tab or form feed).
    mutating func skipBlanks() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// Consumes `bracket` (after blanks) and counts one more level of nesting.
    mutating func open(_ bracket: UInt8, _ what: String) throws(JSONError) {
        skipBlanks()
        guard peek == bracket else { throw unexpected(what) }
        if depth >= options.maximumDepth {
            throw error("nested more than \(options.maximumDepth) deep (the most logitscope reads)")
        }
        depth += 1
        offset += 1
    }

    /// Consumes `bracket` (after blanks) if it is next, closing one level.
    mutating func close(_ bracket: UInt8) -> Bool {
        skipBlanks()
        guard peek == bracket else { return false }
        depth -= 1
        offset += 1
        return true
    }

    /// After a value in a container: a comma (consumed; false) or the closing bracket (consumed,
    /// closing a level; true). `place` names the value in a message: its 1-based position in an
    /// array, or where its key starts in an object.
    mutating func separator(inObject: Bool, after place: Int) throws(JSONError) -> Bool {
        skipBlanks()
        if peek == .comma {
            offset += 1
            return false
        }
        if close(inObject ? .closeBrace : .closeBracket) { return true }
        guard inObject else { throw unexpected("',' or ']' after item \(place) of an array") }
        throw unexpected("',' or '}' after the value of \(keyShown(at: place))")
    }

    /// A key and its colon; the key decoded only when the caller wants it (or a message does).
    mutating func readKey(decoding: Bool = true) throws(JSONError) -> String {
        skipBlanks()
        keyOffset = offset
        guard peek == .quote else { throw unexpected("a key in double quotes") }
        let key = decoding ? try readString() : ""
        if !decoding { try skipString() }
        skipBlanks()
        guard peek == UInt8(ascii: ":") else { throw unexpected("':' after the key \(keyShown(at: keyOffset))") }
        offset += 1
        return key
    }

    /// The key that starts at `place`, as a message shows it.
    func keyShown(at place: Int) -> String {
        var key = self
        key.offset = place
        return (try? key.readString()).map(Self.quoted) ?? "a key"
    }

    /// A literal, a number or (with the option) a non-finite word, checked and passed over.
    mutating func skipScalar() throws(JSONError) {
        switch peek {
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): try readNull()
        default: _ = try scanNumber()
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONError) {
        for k in 0..<word.utf8CodeUnitCount {
            guard offset + k < bytes.count, bytes[offset + k] == word.utf8Start[k] else { throw unexpected("a value") }
        }
        offset += word.utf8CodeUnitCount
    }
}

extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let comma = UInt8(ascii: ",")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
}

extension UInt8 {
    var isLetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20) }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
