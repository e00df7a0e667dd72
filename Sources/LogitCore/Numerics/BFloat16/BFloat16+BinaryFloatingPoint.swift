/// The IEEE 754 description of the format: its constants, fields and classification, read from the
/// bits. Everything that is exact in Float (exponent, binade, rounding to an integer) is taken there.
extension BFloat16: BinaryFloatingPoint {
    public typealias Exponent = Int
    public typealias RawExponent = UInt
    public typealias RawSignificand = UInt16

    private static let signMask: UInt16 = 0x8000
    private static let exponentMask: UInt16 = 0x7F80
    private static let significandMask: UInt16 = 0x007F

    public static var exponentBitCount: Int { 8 }
    public static var significandBitCount: Int { 7 }

    public var exponentBitPattern: UInt { UInt((bitPattern & Self.exponentMask) >> 7) }
    public var significandBitPattern: UInt16 { bitPattern & Self.significandMask }

    public init(sign: FloatingPointSign, exponentBitPattern: UInt, significandBitPattern: UInt16) {
        let s: UInt16 = sign == .minus ? Self.signMask : 0
        let e = UInt16(truncatingIfNeeded: exponentBitPattern & 0xFF) << 7
        self.init(bitPattern: s | e | significandBitPattern & Self.significandMask)
    }

    /// Exact whenever the result is representable; otherwise rounded once from the exact Float
    /// (a significand of 8 bits scaled by a power of two is exact in Float down to 2⁻¹⁴¹, below
    /// which every result rounds to zero in BFloat16 anyway).
    public init(sign: FloatingPointSign, exponent: Int, significand: BFloat16) {
        self.init(Float(sign: sign, exponent: exponent, significand: Float(significand)))
    }

    // MARK: Conversions, each through Float as PyTorch converts (see `init(_: Double)`)

    public init(_ value: Int) { self.init(Float(value)) }
    public init<Source: BinaryInteger>(_ value: Source) { self.init(Float(value)) }
    public init<Source: BinaryFloatingPoint>(_ value: Source) { self.init(Float(value)) }
    #if !(os(Windows) || os(Android) || os(WASI)) && (arch(i386) || arch(x86_64))
    public init(_ value: Float80) { self.init(Float(value)) }
    #endif

    public init(integerLiteral value: Int) { self.init(Float(value)) }
    public init(floatLiteral value: Double) { self.init(Float(value)) }

    // MARK: Constants

    public static var nan: BFloat16 { BFloat16(bitPattern: 0x7FC0) }
    public static var signalingNaN: BFloat16 { BFloat16(bitPattern: 0x7FA0) }
    public static var infinity: BFloat16 { BFloat16(bitPattern: 0x7F80) }
    /// (2 − 2⁻⁷) · 2¹²⁷ ≈ 3.3895e38.
    public static var greatestFiniteMagnitude: BFloat16 { BFloat16(bitPattern: 0x7F7F) }
    /// 2⁻¹²⁶, as Float's.
    public static var leastNormalMagnitude: BFloat16 { BFloat16(bitPattern: 0x0080) }
    /// 2⁻¹³³ ≈ 9.18e-41.
    public static var leastNonzeroMagnitude: BFloat16 { BFloat16(bitPattern: 0x0001) }
    /// π rounded toward zero, as FloatingPoint asks: 3.140625.
    public static var pi: BFloat16 { BFloat16(bitPattern: 0x4049) }
    /// 2⁻⁷.
    public static var ulpOfOne: BFloat16 { BFloat16(bitPattern: 0x3C00) }
    public static var radix: Int { 2 }

    // MARK: Fields

    public var sign: FloatingPointSign { bitPattern & Self.signMask != 0 ? .minus : .plus }
    public var exponent: Int { Float(self).exponent }
    public var significand: BFloat16 { BFloat16(Float(self).significand) }
    public var binade: BFloat16 { BFloat16(Float(self).binade) }
    public var significandWidth: Int { Float(self).significandWidth }

    public var ulp: BFloat16 {
        guard isFinite else { return .nan }
        let e = exponentBitPattern
        // Below the normal range, and in its first 7 binades, the ulp is a subnormal power of two.
        if e <= 7 { return BFloat16(bitPattern: 1 << UInt16(e == 0 ? 0 : e - 1)) }
        return BFloat16(sign: .plus, exponentBitPattern: e - 7, significandBitPattern: 0)
    }

    // MARK: Classification

    public var isNaN: Bool { bitPattern & 0x7FFF > Self.exponentMask }
    public var isSignalingNaN: Bool { isNaN && bitPattern & 0x0040 == 0 }
    public var isInfinite: Bool { bitPattern & 0x7FFF == Self.exponentMask }
    public var isFinite: Bool { bitPattern & Self.exponentMask != Self.exponentMask }
    public var isZero: Bool { bitPattern & 0x7FFF == 0 }
    public var isSubnormal: Bool { bitPattern & Self.exponentMask == 0 && !isZero }
    public var isNormal: Bool { isFinite && bitPattern & Self.exponentMask != 0 }
    public var isCanonical: Bool { true }

    // MARK: Neighbours and rounding

    /// The next value toward +inf: one step along the bits (sign-magnitude order), as Float does.
    public var nextUp: BFloat16 {
        // Quiets a signaling NaN and turns −0 into +0.
        let x = self + 0
        guard x < .infinity else { return x }
        let step: UInt16 = x.sign == .minus ? 0xFFFF : 1
        return BFloat16(bitPattern: x.bitPattern &+ step)
    }

    /// Rounding to an integer is exact: a BFloat16 below 2⁷ rounds to an integer below 2⁸.
    public mutating func round(_ rule: FloatingPointRoundingRule) {
        self = BFloat16(Float(self).rounded(rule))
    }

    // MARK: Comparison (Float compares the same values, NaN and ±0 included)

    public func isEqual(to other: BFloat16) -> Bool { Float(self) == Float(other) }
    public func isLess(than other: BFloat16) -> Bool { Float(self) < Float(other) }
    public func isLessThanOrEqualTo(_ other: BFloat16) -> Bool { Float(self) <= Float(other) }
    public func isTotallyOrdered(belowOrEqualTo other: BFloat16) -> Bool {
        Float(self).isTotallyOrdered(belowOrEqualTo: Float(other))
    }

    // MARK: Magnitude and sign (bit operations, as IEEE 754 defines them)

    public var magnitude: BFloat16 { BFloat16(bitPattern: bitPattern & 0x7FFF) }
    public mutating func negate() { bitPattern ^= Self.signMask }
}
