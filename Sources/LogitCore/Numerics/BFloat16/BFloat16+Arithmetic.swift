/// Arithmetic as PyTorch computes a bfloat16 tensor's on a CPU: in Float, the result rounded once.
/// For + − × ÷ and the square root this is the correctly rounded BFloat16 result (Float carries
/// more than twice BFloat16's significand bits, plus two); the remainders are exact in both.
extension BFloat16 {
    @inlinable
    public static func + (a: BFloat16, b: BFloat16) -> BFloat16 { BFloat16(Float(a) + Float(b)) }
    @inlinable
    public static func - (a: BFloat16, b: BFloat16) -> BFloat16 { BFloat16(Float(a) - Float(b)) }
    @inlinable
    public static func * (a: BFloat16, b: BFloat16) -> BFloat16 { BFloat16(Float(a) * Float(b)) }
    @inlinable
    public static func / (a: BFloat16, b: BFloat16) -> BFloat16 { BFloat16(Float(a) / Float(b)) }

    @inlinable
    public static func += (a: inout BFloat16, b: BFloat16) { a = a + b }
    @inlinable
    public static func -= (a: inout BFloat16, b: BFloat16) { a = a - b }
    @inlinable
    public static func *= (a: inout BFloat16, b: BFloat16) { a = a * b }
    @inlinable
    public static func /= (a: inout BFloat16, b: BFloat16) { a = a / b }

    public mutating func formRemainder(dividingBy other: BFloat16) {
        self = BFloat16(Float(self).remainder(dividingBy: Float(other)))
    }

    public mutating func formTruncatingRemainder(dividingBy other: BFloat16) {
        self = BFloat16(Float(self).truncatingRemainder(dividingBy: Float(other)))
    }

    public mutating func formSquareRoot() {
        self = BFloat16(Float(self).squareRoot())
    }

    /// self + lhs · rhs: the product is exact in Float (8 + 8 bits), the sum rounded to Float, then
    /// to BFloat16, as PyTorch's `addcmul` on a CPU.
    public mutating func addProduct(_ lhs: BFloat16, _ rhs: BFloat16) {
        self = BFloat16(Float(self).addingProduct(Float(lhs), Float(rhs)))
    }
}

extension BFloat16: Hashable {
    /// Float's hash of the same value: +0 and −0, equal, hash alike.
    public func hash(into hasher: inout Hasher) {
        Float(self).hash(into: &hasher)
    }
}

extension BFloat16: Strideable {
    public func distance(to other: BFloat16) -> BFloat16 { other - self }
    public func advanced(by n: BFloat16) -> BFloat16 { self + n }
}
