#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RealModule
import Testing
@testable import LogitCore

/// The kernels' exp on every path this processor runs, against libm, in ulps, over the whole range
/// each type can return, and at the edges where it stops: overflow to +inf (88.72 / 709.78), the
/// subnormal results, the last nonzero result (−103.97 / −745.13), −inf, +inf and NaN. Float16's,
/// for every one of its 65,536 inputs, against `Float16.exp`, the scalar path it must equal.
///
/// The references: for Float, exp computed in Double and rounded once (correctly rounded but for a
/// double rounding about once in 2²⁹, and what glibc's expf returns); for Double, glibc's exp
/// (< 1 ulp, correctly rounded in nearly every case).
@Suite struct KernelExpTests {
    /// Every 1013th Float from −104 to 89 (about 40 thousand values, subnormal results included).
    @Test(arguments: Kernels.supported)
    func floatWithinOneULPOverTheWholeRange(_ k: Kernels) {
        var xs: [Float] = []
        var x: Float = -104
        while x < 89 {
            xs.append(x)
            x = Float(bitPattern: x < 0 ? x.bitPattern &- 1013 : x.bitPattern &+ 1013)
            if x.magnitude < 1e-6 { x = 1e-6 }
        }
        let ys = exps(xs, on: k)
        let worst = xs.indices.map { ulpDistance(Double(ys[$0]), Double(Float(exp(Double(xs[$0])))), in: .float32) }.max()!
        #expect(worst <= 1, "worst \(worst) ulp")
    }

    /// 20 thousand Doubles spread evenly over [−746, 710], and 10 thousand in [−1, 1].
    @Test(arguments: Kernels.supported)
    func doubleWithinOneULPOverTheWholeRange(_ k: Kernels) {
        let spread: [Double] = (0..<20_000).map { (j: Int) -> Double in
            let step: Double = 1456 * Double(j) / 20_000
            return -746 + step + 1e-7 * Double(j % 7)
        }
        let near: [Double] = (0..<10_000).map { (j: Int) -> Double in -1 + 2 * Double(j) / 10_000 }
        let xs = spread + near
        let ys = exps(xs, on: k)
        let worst = xs.indices.map { ulpDistance(ys[$0], exp(xs[$0]), in: .float64) }.max()!
        #expect(worst <= 1, "worst \(worst) ulp")
    }

    @Test(arguments: Kernels.supported)
    func floatEdges(_ k: Kernels) {
        func e(_ x: Float) -> Float { exps([x], on: k)[0] }
        // ln(Float.greatestFiniteMagnitude) = 88.7228391: the last finite result, then +inf.
        #expect(e(88.72283) == 3.4027985e38)
        #expect(e(88.72284) == .infinity)
        #expect(e(1000) == .infinity)
        #expect(e(.infinity) == .infinity)
        // Subnormal results, rounded once: exp(−87.33655) is just below the least normal.
        #expect(e(-87.33655) == Float(exp(Double(Float(-87.33655)))))
        #expect(e(-100) == Float(exp(Double(Float(-100)))))
        // ln(least subnormal / 2) = −103.972: the least subnormal, then exactly 0.
        #expect(e(-103.97) == Float.leastNonzeroMagnitude)
        #expect(e(-103.98) == 0)
        #expect(e(-.infinity) == 0)
        #expect(e(.nan).isNaN)
        #expect(e(0) == 1 && e(-0.0) == 1)
        // A subnormal argument: exp(x) = 1 to the last bit.
        #expect(e(Float.leastNonzeroMagnitude) == 1)
    }

    @Test(arguments: Kernels.supported)
    func doubleEdges(_ k: Kernels) {
        func e(_ x: Double) -> Double { exps([x], on: k)[0] }
        #expect(e(709.782712893384) == 1.7976931348622732e308)
        #expect(e(709.7827128933841) == .infinity)
        #expect(e(.infinity) == .infinity)
        #expect(e(-708.4) == exp(-708.4))
        #expect(e(-740.0) == exp(-740.0))
        #expect(e(-745.1332191019411) == Double.leastNonzeroMagnitude)
        #expect(e(-745.1332191019412) == 0)
        #expect(e(-.infinity) == 0)
        #expect(e(.nan).isNaN)
        #expect(e(Double.leastNonzeroMagnitude) == 1)
    }

    #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
    /// Every half, through the pass (x − 0 = x), in every lane of a block (the halves after 0 to 31
    /// masked classes; AVX-512 looks up half of a block's lanes and computes the other half), and
    /// alone (`shiftedExp`), against `Float16.exp`: the same bits, NaN for NaN.
    @Test(arguments: Kernels.supported)
    func float16EqualsTheScalarPathForEveryInputInEveryLane(_ k: Kernels) {
        let xs = (0...UInt16.max).map(Float16.init(bitPattern:))
        let want = xs.map { Float16.exp($0) }
        func same(_ a: Float16, _ b: Float16) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }
        for lane in 0..<32 {
            let ys = exps([Float16](repeating: -.infinity, count: lane) + xs, on: k)
            let differ = xs.indices.filter { !same(ys[lane + $0], want[$0]) }
            #expect(differ.isEmpty, "lane offset \(lane): \(differ.count) inputs differ, the first \(differ.prefix(3).map { xs[$0] })")
        }
        let alone = xs.indices.filter { !same(Float16.shiftedExp(xs[$0], shift: 0, on: k), want[$0]) }
        #expect(alone.isEmpty, "alone: \(alone.count) inputs differ, the first \(alone.prefix(3).map { xs[$0] })")
    }
    #endif

    /// A value gives the same result in any lane, beside any neighbours, and alone (`shiftedExp`,
    /// what the per-class values call): a pass of 37 (full blocks and a tail on every path).
    @Test(arguments: Kernels.supported)
    func aValueAloneIsTheValueInThePass(_ k: Kernels) {
        let xs: [Float] = (0..<37).map { [-.infinity, -103.97, -50, -1, 0, 1, 88.72284, .nan][$0 % 8] + Float($0 / 8) }
        let pass = exps(xs, on: k)
        for (i, x) in xs.enumerated() {
            let alone = Float.shiftedExp(x, shift: 0, on: k)
            #expect(pass[i].bitPattern == alone.bitPattern || (pass[i].isNaN && alone.isNaN), "\(x)")
        }
    }

    /// exp as the path's passes compute it: the shifted pass with a shift of 0.
    private func exps<F: LogitFloat>(_ x: [F], on k: Kernels) -> [F] {
        [F](unsafeUninitializedCapacity: x.count) { out, n in
            x.withUnsafeBufferPointer { _ = F.shiftedPass($0, shift: 0, into: out.baseAddress, entropy: false, masses: nil, on: k) }
            n = x.count
        }
    }
}
