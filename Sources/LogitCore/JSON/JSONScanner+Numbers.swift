/// Numbers: JSON's grammar exactly (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`), converted
/// correctly rounded to a Double, or exactly to an integer type.
extension JSONScanner {
    /// The next value, which must be a number, correctly rounded to the nearest Double: beyond the
    /// largest Double it is ±inf, below the least subnormal ±0, as `Double(String)` has it. With
    /// `Options.allowsNonFiniteWords`, `NaN`, `Infinity` and `-Infinity` too.
    public mutating func readNumber() throws(JSONError) -> Double {
        value(of: try scanNumber())
    }

    /// The next value, which must be a number, as written (a non-finite word included).
    public mutating func readNumberText() throws(JSONError) -> String {
        let token = try scanNumber()
        return String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    /// The next value, which must be a number equal to a whole number that `T` holds, read exactly
    /// from its digits (no Double in between, so 2⁵³ + 1 and 2⁶⁴ − 1 come back as written; `1.0`
    /// and `1e3` are whole, `1.5` is not). Anything else is refused at the number as
    /// "`noun` 1.5 is not a whole number from `T.min` to `T.max`".
    public mutating func readInteger<T: FixedWidthInteger>(_ type: T.Type = T.self, noun: String) throws(JSONError) -> T {
        let token = try scanNumber()
        guard let value: T = integer(of: token) else {
            let text = Substring(String(decoding: bytes[token.start..<token.end], as: UTF8.self))
            let shown = text.count > 40 ? text.prefix(40) + "…" : text
            throw error("\(noun) \(shown) is not a whole number from \(T.min) to \(T.max)", at: token.start)
        }
        return value
    }

    /// Reads an array of numbers into `values` (appending), without a tree and without a String per
    /// number (digits go straight to a Double): the reader for a 128k–1M-entry vector, and for each
    /// row of a 2-D one (`readArray` over the rows). An element that is not a finite JSON
    /// number (a string, `null`, a number past the largest Double, a non-finite word) is handed to
    /// `otherwise` with its 0-based index and the scanner at it; `otherwise` consumes it and returns
    /// the value to store, or refuses it. More than `limits.maximumEntryCount` numbers are refused
    /// at the first one too many, before the array grows further.
    public mutating func readNumbers(
        into values: inout [Double], limits: LoadLimits = .standard,
        otherwise: (inout JSONScanner, Int) throws(JSONError) -> Double = { (s: inout JSONScanner, index: Int) throws(JSONError) -> Double in
            throw s.error("item \(index + 1) of the array is not a finite number")
        }
    ) throws(JSONError) {
        try readArray { (s: inout JSONScanner, index: Int) throws(JSONError) in
            if index >= limits.maximumEntryCount { throw s.error(limits.refusal(count: index + 1)) }
            var value = Double.nan
            if let c = s.peek, c == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) {
                let start = s.offset
                value = s.value(of: try s.scanNumber())
                if !value.isFinite { s.offset = start }
            }
            if !value.isFinite { value = try otherwise(&s, index) }
            values.append(value)
        }
    }

    // MARK: - Tokens

    /// A number as scanned: where it is, and its value as significand × 10^exponent when that is
    /// exact in 64 bits (the fast path), or the non-finite word it spells.
    struct NumberToken {
        var start: Int
        var end = 0
        var negative = false
        /// The first 19 significant digits.
        var significand: UInt64 = 0
        var exponent = 0
        /// Whether `significand` holds every nonzero digit.
        var exact = true
        /// The exponent after `e` as written (clamped to ±10⁶).
        var writtenExponent = 0
        var word: Double?
    }

    /// Consumes one number (or, with the option, a non-finite word), checking its grammar.
    mutating func scanNumber() throws(JSONError) -> NumberToken {
        skipBlanks()
        var token = NumberToken(start: offset)
        if peek == UInt8(ascii: "-") {
            token.negative = true
            offset += 1
        }
        guard let first = peek, first.isDigit else {
            if options.allowsNonFiniteWords, let word = nonFiniteWord(negative: token.negative) {
                token.word = word
                token.end = offset
                return token
            }
            throw token.negative ? unexpected("a digit after '-'") : unexpected("a value")
        }
        var kept = 0
        func digit(_ c: UInt8, inFraction: Bool) {
            let d = UInt64(c - UInt8(ascii: "0"))
            if kept < 19 {
                if token.significand != 0 || d != 0 {
                    token.significand = token.significand * 10 + d
                    kept += 1
                }
                if inFraction { token.exponent -= 1 }
            } else {
                if d != 0 { token.exact = false }
                if !inFraction { token.exponent += 1 }
            }
        }
        if first == UInt8(ascii: "0") {
            offset += 1
        } else {
            while let c = peek, c.isDigit { digit(c, inFraction: false); offset += 1 }
        }
        if peek == UInt8(ascii: ".") {
            offset += 1
            guard let c = peek, c.isDigit else { throw unexpected("a digit after '.'") }
            while let c = peek, c.isDigit { digit(c, inFraction: true); offset += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            offset += 1
            var sign = 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") {
                if peek == UInt8(ascii: "-") { sign = -1 }
                offset += 1
            }
            guard let c = peek, c.isDigit else { throw unexpected("a digit in the exponent") }
            var e = 0
            // Clamped: past a million, every nonzero significand is ±inf or 0 anyway.
            while let c = peek, c.isDigit { e = min(e * 10 + Int(c - UInt8(ascii: "0")), 1_000_000); offset += 1 }
            token.writtenExponent = sign * e
            token.exponent += sign * e
        }
        token.end = offset
        return token
    }

    /// `NaN`, `Infinity` or (after a `-`) `Infinity`, consumed; nil when none is there.
    private mutating func nonFiniteWord(negative: Bool) -> Double? {
        func spells(_ word: String) -> Bool {
            let w = Array(word.utf8)
            return offset + w.count <= bytes.count && bytes[offset..<(offset + w.count)].elementsEqual(w)
        }
        if spells("Infinity") {
            offset += 8
            return negative ? -.infinity : .infinity
        }
        if !negative, spells("NaN") {
            offset += 3
            return .nan
        }
        return nil
    }

    /// Exact powers of ten up to 10²²: the largest a Double holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).reduce(into: []) { p, k in p.append(k == 0 ? 1 : p[k - 1] * 10) }

    /// The correctly rounded Double. A significand up to 2⁵³ with a power of ten up to 10²² is
    /// exact in a Double, so one multiplication or division rounds once, correctly (Clinger's fast
    /// path, as fast_float and simdjson take it); anything else goes to `Double(String)`.
    func value(of token: NumberToken) -> Double {
        if let word = token.word { return word }
        let magnitude: Double
        if token.significand == 0 {
            magnitude = 0
        } else if token.exact, token.significand <= 1 << 53, (-22...22).contains(token.exponent) {
            let s = Double(token.significand)
            magnitude = token.exponent >= 0 ? s * Self.exactPowersOfTen[token.exponent] : s / Self.exactPowersOfTen[-token.exponent]
        } else {
            // The token is JSON's grammar, which Double(String) reads in full.
            return Double(String(decoding: bytes[token.start..<token.end], as: UTF8.self)) ?? .nan
        }
        return token.negative ? -magnitude : magnitude
    }

    /// The whole number a token equals, if `T` holds it. Trailing zeros are carried as a count
    /// until a nonzero digit or the exponent places them, so `1.000e3` and `18446744073709551615.0`
    /// are read without overflow; a significand past 64 bits is too large for any `T` here.
    func integer<T: FixedWidthInteger>(of token: NumberToken) -> T? {
        guard token.word == nil else { return nil }
        if token.exact && token.exponent == 0 && token.significand <= UInt64(Int64.max) {
            // Every digit is in the significand, with no power of ten left: the common case.
            return token.negative ? T(exactly: -Int64(token.significand)) : T(exactly: token.significand)
        }
        var magnitude: UInt64 = 0
        var zeros = 0  // trailing zeros not yet multiplied in
        var fractionDigits = 0
        var k = token.start + (token.negative ? 1 : 0)
        var inFraction = false
        func scaled(_ m: UInt64, by power: Int) -> UInt64? {
            var m = m
            for _ in 0..<power {
                let (r, overflow) = m.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                m = r
            }
            return m
        }
        while k < token.end {
            let c = bytes[k]
            k += 1
            if c == UInt8(ascii: ".") { inFraction = true; continue }
            guard c.isDigit else { break }
            if inFraction { fractionDigits += 1 }
            if c == UInt8(ascii: "0") { zeros += 1; continue }
            guard let m = scaled(magnitude, by: zeros + 1) else { return nil }
            let (sum, overflow) = m.addingReportingOverflow(UInt64(c - UInt8(ascii: "0")))
            if overflow { return nil }
            magnitude = sum
            zeros = 0
        }
        if magnitude == 0 { return 0 }
        let power = token.writtenExponent - fractionDigits + zeros
        guard power >= 0, let m = scaled(magnitude, by: min(power, 20)) else { return nil }
        if !token.negative { return T(exactly: m) }
        guard m <= 1 << 63 else { return nil }
        return T(exactly: m == 1 << 63 ? Int64.min : -Int64(m))
    }
}

extension UInt8 {
    var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
