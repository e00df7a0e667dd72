import CKernels
import RealModule

/// Double's passes are the kernels' (`CKernels`, lk_f64_*). Float64 has no wider hardware type:
/// its sums are compensated instead (see `CompensatedSum`).
extension Double: DoubleSumKernelFloat {
    public typealias Accumulator = Double
    public static var precision: Precision { .float64 }
    static let kernelEntryPoints = KernelEntryPoints<Double>(
        scale: lk_f64_scale, max: lk_f64_max, maxScaling: lk_f64_max_z, shifted: lk_f64_shifted,
        shiftedScaling: lk_f64_shifted_z, shiftedExp: lk_f64_shifted_exp, probability: lk_f64_probability,
        normalize: lk_f64_normalize)
}
