import RealModule

/// swift-numerics' `Real` as its `Float16+Real.swift` does it: each function evaluated in Float and
/// rounded once, which is also what PyTorch's CPU kernels do for a bfloat16 tensor (`torch.exp` of
/// bfloat16 converts to float, takes exp, converts back). `exp10`, `cosMinusOne`, `signGamma`,
/// `sqrt`, `reciprocal` and the relaxed operations keep `Real`'s defaults.
extension BFloat16: Real {
    public static func exp(_ x: BFloat16) -> BFloat16 { BFloat16(Float.exp(Float(x))) }
    public static func expMinusOne(_ x: BFloat16) -> BFloat16 { BFloat16(Float.expMinusOne(Float(x))) }
    public static func exp2(_ x: BFloat16) -> BFloat16 { BFloat16(Float.exp2(Float(x))) }
    public static func log(_ x: BFloat16) -> BFloat16 { BFloat16(Float.log(Float(x))) }
    public static func log(onePlus x: BFloat16) -> BFloat16 { BFloat16(Float.log(onePlus: Float(x))) }
    public static func log2(_ x: BFloat16) -> BFloat16 { BFloat16(Float.log2(Float(x))) }
    public static func log10(_ x: BFloat16) -> BFloat16 { BFloat16(Float.log10(Float(x))) }

    public static func cos(_ x: BFloat16) -> BFloat16 { BFloat16(Float.cos(Float(x))) }
    public static func sin(_ x: BFloat16) -> BFloat16 { BFloat16(Float.sin(Float(x))) }
    public static func tan(_ x: BFloat16) -> BFloat16 { BFloat16(Float.tan(Float(x))) }
    public static func acos(_ x: BFloat16) -> BFloat16 { BFloat16(Float.acos(Float(x))) }
    public static func asin(_ x: BFloat16) -> BFloat16 { BFloat16(Float.asin(Float(x))) }
    public static func atan(_ x: BFloat16) -> BFloat16 { BFloat16(Float.atan(Float(x))) }
    public static func atan2(y: BFloat16, x: BFloat16) -> BFloat16 { BFloat16(Float.atan2(y: Float(y), x: Float(x))) }

    public static func cosh(_ x: BFloat16) -> BFloat16 { BFloat16(Float.cosh(Float(x))) }
    public static func sinh(_ x: BFloat16) -> BFloat16 { BFloat16(Float.sinh(Float(x))) }
    public static func tanh(_ x: BFloat16) -> BFloat16 { BFloat16(Float.tanh(Float(x))) }
    public static func acosh(_ x: BFloat16) -> BFloat16 { BFloat16(Float.acosh(Float(x))) }
    public static func asinh(_ x: BFloat16) -> BFloat16 { BFloat16(Float.asinh(Float(x))) }
    public static func atanh(_ x: BFloat16) -> BFloat16 { BFloat16(Float.atanh(Float(x))) }

    public static func pow(_ x: BFloat16, _ y: BFloat16) -> BFloat16 { BFloat16(Float.pow(Float(x), Float(y))) }
    /// Float's pow(x, n) keeps the parity of n, so (−2)ⁿ has the right sign for every Int.
    public static func pow(_ x: BFloat16, _ n: Int) -> BFloat16 { BFloat16(Float.pow(Float(x), n)) }
    public static func root(_ x: BFloat16, _ n: Int) -> BFloat16 { BFloat16(Float.root(Float(x), n)) }
    /// Float's hypot, which also gives +inf for an infinite input beside a NaN.
    public static func hypot(_ x: BFloat16, _ y: BFloat16) -> BFloat16 { BFloat16(Float.hypot(Float(x), Float(y))) }

    public static func erf(_ x: BFloat16) -> BFloat16 { BFloat16(Float.erf(Float(x))) }
    public static func erfc(_ x: BFloat16) -> BFloat16 { BFloat16(Float.erfc(Float(x))) }
    public static func gamma(_ x: BFloat16) -> BFloat16 { BFloat16(Float.gamma(Float(x))) }
    #if !os(Windows)
    public static func logGamma(_ x: BFloat16) -> BFloat16 { BFloat16(Float.logGamma(Float(x))) }
    #endif
}
