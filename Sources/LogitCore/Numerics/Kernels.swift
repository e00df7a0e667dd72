import CKernels

/// The instruction set the whole-vector passes run on (the C target `CKernels`: one skeleton per
/// pass, compiled for each), chosen once per process as numpy's dispatch does: the widest this
/// processor supports, or the one `LOGITSCOPE_KERNELS` names (`sse2` or `baseline`, `avx2`,
/// `avx512`), read once at the first analysis, so the reference tests can run on each path in turn.
/// A name the processor cannot run falls back to the widest below it.
///
/// Within one path a per-class value (`Analysis.softmax(at:)`) is the value the pass computed, bit
/// for bit; between paths the last bit may differ (the AVX paths fuse multiply-adds), so an
/// analysis keeps the path it was made with.
public enum Kernels: Int32, CaseIterable, Sendable, CustomStringConvertible {
    /// SSE2 on x86-64, which every x86-64 has; the compiler's own vectors elsewhere.
    case baseline = 0
    /// AVX2 with FMA and F16C.
    case avx2 = 1
    /// AVX-512 F/BW/DQ/VL with FMA and F16C.
    case avx512 = 2

    /// The path of this process.
    public static let chosen = Kernels(rawValue: lk_chosen()) ?? .baseline

    /// The paths this processor runs, narrowest first.
    public static var supported: [Kernels] { allCases.filter { lk_supported($0.rawValue) != 0 } }

    /// As `--version` and `LOGITSCOPE_KERNELS` spell it: `sse2`, `avx2`, `avx512`.
    public var description: String { String(cString: lk_name(rawValue)) }
}

/// One element type's entry points in `CKernels` (lk_f32_* for Float, lk_f64_* for Double), so
/// that one conformance (`DoubleSumKernelFloat`) maps both types' passes onto them.
struct KernelEntryPoints<F>: Sendable {
    let scale: @Sendable (Int32, UnsafePointer<Double>?, Int, F, UnsafeMutablePointer<F>?) -> Int32
    let max: @Sendable (Int32, UnsafePointer<F>?, Int, UnsafeMutablePointer<Int>?) -> F
    let maxScaling: @Sendable (Int32, UnsafePointer<Double>?, Int, F, UnsafeMutablePointer<Int>?, UnsafeMutablePointer<Int32>?) -> F
    let shifted: @Sendable (Int32, UnsafePointer<F>?, Int, F, UnsafeMutablePointer<F>?, Int32, UnsafePointer<lk_masses>?) -> lk_sums
    let shiftedScaling: @Sendable (Int32, UnsafePointer<Double>?, Int, F, F, Int32, UnsafePointer<lk_masses>?) -> lk_sums
    let shiftedExp: @Sendable (Int32, F, F) -> F
    let probability: @Sendable (Int32, F, Double) -> F
    let normalize: @Sendable (Int32, UnsafeMutablePointer<F>?, Int, Double) -> Void
}

/// A type whose passes are `CKernels`' and whose sums are Doubles: Float and Double.
protocol DoubleSumKernelFloat: LogitFloat where Accumulator == Double {
    static var kernelEntryPoints: KernelEntryPoints<Self> { get }
}

extension DoubleSumKernelFloat {
    public static func scale(_ z: UnsafeBufferPointer<Double>, by t: Self, into out: UnsafeMutablePointer<Self>, on k: Kernels) -> Bool {
        kernelEntryPoints.scale(k.rawValue, z.baseAddress, z.count, t, out) != 0
    }

    public static func largest(in u: UnsafeBufferPointer<Self>, on k: Kernels) -> (value: Self, index: Int) {
        var first = 0
        let m = kernelEntryPoints.max(k.rawValue, u.baseAddress, u.count, &first)
        return (m, first)
    }

    public static func largest(scaling z: UnsafeBufferPointer<Double>, by t: Self, on k: Kernels) -> (value: Self, index: Int, overflowed: Bool) {
        var first = 0
        var overflowed: Int32 = 0
        let m = kernelEntryPoints.maxScaling(k.rawValue, z.baseAddress, z.count, t, &first, &overflowed)
        return (m, first, overflowed != 0)
    }

    public static func shiftedPass(
        _ u: UnsafeBufferPointer<Self>, shift m: Self, into out: UnsafeMutablePointer<Self>?,
        entropy: Bool, masses: BlockMasses?, on k: Kernels
    ) -> (sum: Double, eLogE: Double) {
        let s = BlockMasses.with(masses) {
            kernelEntryPoints.shifted(k.rawValue, u.baseAddress, u.count, m, out, entropy ? 1 : 0, $0)
        }
        return (s.sum, s.e_log_e)
    }

    public static func shiftedPass(
        scaling z: UnsafeBufferPointer<Double>, by t: Self, shift m: Self, entropy: Bool, masses: BlockMasses?,
        on k: Kernels
    ) -> (sum: Double, eLogE: Double) {
        let s = BlockMasses.with(masses) {
            kernelEntryPoints.shiftedScaling(k.rawValue, z.baseAddress, z.count, t, m, entropy ? 1 : 0, $0)
        }
        return (s.sum, s.e_log_e)
    }

    public static func shiftedExp(_ u: Self, shift m: Self, on k: Kernels) -> Self {
        kernelEntryPoints.shiftedExp(k.rawValue, u, m)
    }

    public static func probability(_ e: Self, sum: Double, on k: Kernels) -> Self {
        kernelEntryPoints.probability(k.rawValue, e, sum)
    }

    public static func normalize(_ e: UnsafeMutableBufferPointer<Self>, sum: Double, on k: Kernels) {
        kernelEntryPoints.normalize(k.rawValue, e.baseAddress, e.count, sum)
    }
}

extension BlockMasses {
    /// `body` with the C form of `masses` (nil for none).
    static func with<R>(_ masses: BlockMasses?, _ body: (UnsafePointer<lk_masses>?) -> R) -> R {
        guard let m = masses else { return body(nil) }
        var c = lk_masses(ranks: m.ranks, by_index: m.byIndex, by_rank: m.byRank, block_shift: UInt32(m.blockShift))
        return withUnsafePointer(to: &c) { body($0) }
    }
}
