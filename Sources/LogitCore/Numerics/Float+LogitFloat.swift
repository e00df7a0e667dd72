import CKernels
import RealModule

/// Float's passes are the kernels' (`CKernels`, lk_f32_*): sixteen or thirty-two lanes, the sums in
/// Double.
extension Float: DoubleSumKernelFloat {
    public typealias Accumulator = Double
    public static var precision: Precision { .float32 }
    static let kernelEntryPoints = KernelEntryPoints<Float>(
        scale: lk_f32_scale, max: lk_f32_max, maxScaling: lk_f32_max_z, shifted: lk_f32_shifted,
        shiftedScaling: lk_f32_shifted_z, shiftedExp: lk_f32_shifted_exp, probability: lk_f32_probability,
        normalize: lk_f32_normalize)
}
