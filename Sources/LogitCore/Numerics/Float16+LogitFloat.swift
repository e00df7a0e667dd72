import CKernels
import RealModule

#if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
/// Float16's passes are the kernels' (`CKernels`), on halves by their bits; its exp and e·log e are
/// looked up in `HalfTables`, made from the scalar functions, so a pass gives exactly what
/// `Float16.exp` gives (AVX-512 computes half of the lanes' exp, with the same bits for every half).
extension Float16: LogitFloat {
    public typealias Accumulator = Float
    public static var precision: Precision { .float16 }

    public static func scale(_ z: UnsafeBufferPointer<Double>, by t: Float16, into out: UnsafeMutablePointer<Float16>, on k: Kernels) -> Bool {
        lk_f16_scale(k.rawValue, z.baseAddress, z.count, t.bitPattern, bits(out)) != 0
    }

    public static func largest(in u: UnsafeBufferPointer<Float16>, on k: Kernels) -> (value: Float16, index: Int) {
        var first = 0
        let m = lk_f16_max(k.rawValue, bits(u.baseAddress), u.count, &first)
        return (Float16(bitPattern: m), first)
    }

    public static func largest(scaling z: UnsafeBufferPointer<Double>, by t: Float16, on k: Kernels) -> (value: Float16, index: Int, overflowed: Bool) {
        var first = 0
        var overflowed: Int32 = 0
        let m = lk_f16_max_z(k.rawValue, z.baseAddress, z.count, t.bitPattern, &first, &overflowed)
        return (Float16(bitPattern: m), first, overflowed != 0)
    }

    public static func shiftedPass(
        _ u: UnsafeBufferPointer<Float16>, shift m: Float16, into out: UnsafeMutablePointer<Float16>?,
        entropy: Bool, masses: BlockMasses?, on k: Kernels
    ) -> (sum: Float, eLogE: Float) {
        let s = HalfTables.shared.with { tables in
            BlockMasses.with(masses) {
                lk_f16_shifted(k.rawValue, bits(u.baseAddress), u.count, m.bitPattern, bits(out), entropy ? 1 : 0, $0, tables)
            }
        }
        return (Float(s.sum), Float(s.e_log_e))
    }

    public static func shiftedPass(
        scaling z: UnsafeBufferPointer<Double>, by t: Float16, shift m: Float16, entropy: Bool, masses: BlockMasses?,
        on k: Kernels
    ) -> (sum: Float, eLogE: Float) {
        let s = HalfTables.shared.with { tables in
            BlockMasses.with(masses) {
                lk_f16_shifted_z(k.rawValue, z.baseAddress, z.count, t.bitPattern, m.bitPattern, entropy ? 1 : 0, $0, tables)
            }
        }
        return (Float(s.sum), Float(s.e_log_e))
    }

    public static func shiftedExp(_ u: Float16, shift m: Float16, on k: Kernels) -> Float16 {
        Float16(bitPattern: HalfTables.shared.with { lk_f16_shifted_exp(k.rawValue, u.bitPattern, m.bitPattern, $0) })
    }

    public static func probability(_ e: Float16, sum: Float, on k: Kernels) -> Float16 {
        Float16(bitPattern: lk_f16_probability(k.rawValue, e.bitPattern, sum))
    }

    public static func normalize(_ e: UnsafeMutableBufferPointer<Float16>, sum: Float, on k: Kernels) {
        lk_f16_normalize(k.rawValue, bits(e.baseAddress), e.count, sum)
    }

    private static func bits(_ p: UnsafePointer<Float16>?) -> UnsafePointer<UInt16>? {
        UnsafeRawPointer(p)?.assumingMemoryBound(to: UInt16.self)
    }

    private static func bits(_ p: UnsafeMutablePointer<Float16>?) -> UnsafeMutablePointer<UInt16>? {
        UnsafeMutableRawPointer(p)?.assumingMemoryBound(to: UInt16.self)
    }
}

/// `Float16.exp` and Float(e)·log(Float(e)) of every half, by its bits (CKernels.h): 384 KB, made
/// once, the first time a Float16 pass runs.
final class HalfTables: @unchecked Sendable {
    static let shared = HalfTables()

    // Written once in init, read only after: safe to share between threads.
    private let exp: UnsafeMutablePointer<UInt16>
    private let eLogE: UnsafeMutablePointer<Float>

    private init() {
        let count = 1 << 16
        exp = .allocate(capacity: count + 1)
        eLogE = .allocate(capacity: count)
        for bits in 0..<count {
            let x = Float16(bitPattern: UInt16(bits))
            exp[bits] = Float16.exp(x).bitPattern
            let e = Float(x)
            eLogE[bits] = e > 0 ? e * Float.log(e) : 0
        }
        exp[count] = 0
    }

    func with<R>(_ body: (UnsafePointer<lk_half_tables>) -> R) -> R {
        withUnsafePointer(to: lk_half_tables(exp: exp, e_log_e: eLogE), body)
    }
}
#endif
