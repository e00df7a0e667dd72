/// A number as the screen shows it, with what kind of value it is, so that the panels can mark
/// an exact zero, an inf or a NaN (NUMERICS.md: these are results to show, not errors).
public struct FormattedNumber: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case normal
        /// Exactly 0: a masked class or an underflow, never a rounding of something small.
        case zero
        /// inf, −inf or NaN as a result.
        case nonFinite
        /// A logit of −inf: the user masked the class.
        case masked
    }
    public let text: String
    public let kind: Kind
}

/// Every number on screen is formatted here, so a probability reads the same in every panel.
/// Pure Swift (no Foundation, no C locale): the decimal point is always ".".
public enum NumberFormat {
    /// Probabilities as percentages with one decimal (`65.9%`); below 0.1% in scientific notation
    /// (`3.8e-44`) so that nothing small shows as `0.0%`; just below 1 as `>99.9%` so that nothing
    /// short of certain shows as `100.0%`. 0, inf and NaN are spelled out and marked.
    public static func probability(_ p: Double) -> FormattedNumber {
        thousandths(p, decimals: 1, nearOne: ">99.9%", suffix: "%", trimOne: false)
    }

    /// Probabilities as fractions with three decimals (`0.659`, the seed article's form), in the
    /// worked steps; below 0.001 in scientific notation and just below 1 as `>0.999`, for the same
    /// reasons as `probability`.
    public static func fraction(_ p: Double) -> FormattedNumber {
        thousandths(p, decimals: 3, nearOne: ">0.999", suffix: "", trimOne: true)
    }

    /// A probability to the nearest thousandth, written with `decimals` (1 for a percentage, 3
    /// for a fraction): inf, NaN and 0 spelled out and marked, below 0.001 in scientific notation,
    /// `nearOne` just below 1; `trimOne` writes 1 itself without its zeros.
    private static func thousandths(_ p: Double, decimals: Int, nearOne: String, suffix: String, trimOne: Bool) -> FormattedNumber {
        if let special = nonFinite(p) { return special }
        if p == 0 { return FormattedNumber(text: "0", kind: .zero) }
        if p < 0.001 { return FormattedNumber(text: scientific(p, decimals: 1), kind: .normal) }
        let n = UInt64((p * 1000).rounded())
        if n >= 1000 && p < 1 { return FormattedNumber(text: nearOne, kind: .normal) }
        return FormattedNumber(text: fixed(n, decimals: decimals, trim: trimOne && n == 1000) + suffix, kind: .normal)
    }

    /// Logits with up to six significant digits, trailing zeros dropped (`2`, `-0.5`,
    /// `0.0999756` for Float16's 0.1); −inf is a masked class.
    public static func logit(_ z: Double) -> FormattedNumber {
        if z == -.infinity { return FormattedNumber(text: "-inf", kind: .masked) }
        if let special = nonFinite(z) { return special }
        return FormattedNumber(text: significant(z, digits: 6), kind: .normal)
    }

    /// Any other quantity (entropy, logsumexp, temperature) with `digits` significant digits.
    public static func number(_ x: Double, digits: Int = 4) -> FormattedNumber {
        if let special = nonFinite(x) { return special }
        if x == 0 { return FormattedNumber(text: "0", kind: .normal) }
        return FormattedNumber(text: significant(x, digits: digits), kind: .normal)
    }

    private static func nonFinite(_ x: Double) -> FormattedNumber? {
        if x.isNaN { return FormattedNumber(text: "NaN", kind: .nonFinite) }
        if x == .infinity { return FormattedNumber(text: "inf", kind: .nonFinite) }
        if x == -.infinity { return FormattedNumber(text: "-inf", kind: .nonFinite) }
        return nil
    }

    /// `x` rounded to `digits` significant digits: fixed notation from 1e-4 to 1e6, else
    /// scientific (`1.5e7`, `2e-9`); trailing zeros dropped.
    static func significant(_ x: Double, digits: Int) -> String {
        guard x != 0 else { return "0" }
        let sign = x < 0 ? "-" : ""
        let a = Swift.abs(x)
        guard a >= 1e-4, a < 1e6 else { return sign + trimmedScientific(a, digits: digits) }
        var e = decimalExponent(a)
        var decimals = max(0, digits - 1 - e)
        var scaled = (a * pow10(decimals)).rounded()
        if scaled >= pow10(digits) && decimals > 0 {
            // 9.999995 rounds up to 10.0000: one digit fewer after the point.
            e += 1
            decimals = max(0, digits - 1 - e)
            scaled = (a * pow10(decimals)).rounded()
        }
        // A value that rounds to nothing reads 0, never -0.
        return scaled == 0 ? "0" : fixed(UInt64(scaled), decimals: decimals, negative: x < 0)
    }

    /// `a` (positive) as `m.de-N` with `decimals` digits after the point.
    static func scientific(_ a: Double, decimals: Int) -> String {
        let (mantissa, e) = scientificParts(a, decimals: decimals)
        return fixed(mantissa, decimals: decimals, trim: false) + "e" + String(e)
    }

    /// The mantissa's digits (as an integer, `decimals` of them after the point) and the exponent
    /// of `a` (positive) in scientific notation.
    private static func scientificParts(_ a: Double, decimals: Int) -> (mantissa: UInt64, exponent: Int) {
        var e = decimalExponent(a)
        var mantissa = (normalized(a, e) * pow10(decimals)).rounded()
        if mantissa >= pow10(decimals + 1) {
            e += 1
            mantissa = (normalized(a, e) * pow10(decimals)).rounded()
        }
        return (UInt64(mantissa), e)
    }

    /// a / 10^e, in two steps near the subnormals where 10^e itself is not representable.
    private static func normalized(_ a: Double, _ e: Int) -> Double {
        e < -300 ? (a * 1e300) / pow10(e + 300) : a / pow10(e)
    }

    private static func trimmedScientific(_ a: Double, digits: Int) -> String {
        let (mantissa, e) = scientificParts(a, decimals: digits - 1)
        return fixed(mantissa, decimals: digits - 1) + "e" + String(e)
    }

    /// An integer n shown as n / 10^decimals, `-` first if `negative`. Every number on screen
    /// passes here, so the digits go right to left into a buffer and become one String (small
    /// enough to need no allocation) rather than a String edited character by character.
    private static func fixed(_ n: UInt64, decimals: Int, trim: Bool = true, negative: Bool = false) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: decimals + 24) { buffer in
            var start = buffer.count
            var end = buffer.count
            func prepend(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            var m = n
            for _ in 0..<decimals {
                prepend(UInt8(ascii: "0") + UInt8(m % 10))
                m /= 10
            }
            if decimals > 0 {
                prepend(UInt8(ascii: "."))
                let point = start
                if trim {
                    while end - 1 > point, buffer[end - 1] == UInt8(ascii: "0") { end -= 1 }
                    if end - 1 == point { end -= 1 }
                }
            }
            repeat {
                prepend(UInt8(ascii: "0") + UInt8(m % 10))
                m /= 10
            } while m > 0
            if negative { prepend(UInt8(ascii: "-")) }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }

    /// ⌊log10 a⌋ for a positive finite a, exact at powers of ten.
    static func decimalExponent(_ a: Double) -> Int {
        var e = Int((Double(a.exponent) * 0.301029995663981).rounded(.down))
        while e > -324, pow10(e) > a { e -= 1 }
        while e < 308, pow10(e + 1) <= a { e += 1 }
        return e
    }

    /// 10^k, correctly rounded (the standard library's decimal parser does the work).
    static func pow10(_ k: Int) -> Double {
        if k >= -340 && k <= 340 { return powersOfTen[k + 340] }
        return k < 0 ? 0 : .infinity
    }

    private static let powersOfTen: [Double] = (-340...340).map { Double("1e\($0)")! }
}
