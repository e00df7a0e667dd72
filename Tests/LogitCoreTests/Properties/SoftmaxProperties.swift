import PropertyBased
import Testing
@testable import LogitCore

/// Properties of softmax that hold for every vector, checked on random ones in each precision.
@Suite struct SoftmaxProperties {
    /// Logits on a grid of eighths in [−64, 64]: exact in Float16 (11 significant bits), so shifting
    /// by an integer is exact too and differences between logits are never lost to rounding.
    static let gridLogits = Gen.int(in: -512...512).map { Double($0) / 8 }.array(of: 1...40)
    static let wideLogits = Gen.double(in: -300...300).array(of: 1...60)
    static let precision = Gen.int(in: 0...Precision.allCases.count - 1).map { Precision.allCases[$0] }

    /// The grid for BFloat16's 8 significant bits: quarters in [−32, 32] (the eighths halved and
    /// rounded), so that a shift by a whole number in [−32, 32] stays exact.
    static func onGrid(_ z: [Double], _ p: Precision) -> [Double] {
        p == .bfloat16 ? z.map { ($0 * 2).rounded() / 4 } : z
    }

    /// Σp rounds each pᵢ once to F (relative error ≤ ε/2) after exp in F (another ε/2 each), so
    /// |Σp − 1| ≤ 2ε of F, where ε = 2⁻¹⁰ (Float16), 2⁻²³ (Float32), 2⁻⁵² (Float64), 2⁻⁷ (BFloat16); the Float16
    /// subnormal floor adds at most n · 2⁻²⁴.
    @Test func probabilitiesLieInUnitIntervalAndSumToOne() async {
        await propertyCheck(input: Self.wideLogits, Self.precision) { z, p in
            let a = Analysis(AnalysisInput(logits: z, precision: p))
            #expect(a.softmax.allSatisfy { $0 >= 0 && $0 <= 1 })
            let eps: Double = switch p {
            case .float16: 0x1p-10
            case .float32: 0x1p-23
            case .float64: 0x1p-52
            case .bfloat16: 0x1p-7
            }
            let floor = p == .float16 ? Double(z.count) * 0x1p-24 : 0
            #expect(abs(a.softmax.reduce(0, +) - 1) <= 2 * eps + floor)
        }
    }

    /// softmax(z + c) = softmax(z): bit for bit when the shift is exact in the precision.
    @Test func shiftInvariance() async {
        await propertyCheck(input: Self.gridLogits, Gen.int(in: -64...64), Self.precision) { z, c, p in
            let z = Self.onGrid(z, p), c = p == .bfloat16 ? c / 2 : c
            let a = Analysis(AnalysisInput(logits: z, precision: p))
            let b = Analysis(AnalysisInput(logits: z.map { $0 + Double(c) }, precision: p))
            #expect(a.softmax == b.softmax)
            #expect(a.logSoftmax == b.logSoftmax)
            #expect(a.entropyNats == b.entropyNats)
        }
    }

    /// Approximately for any shift in Float64: within a few ulp per unit of magnitude moved.
    @Test func shiftInvarianceInFloat64() async {
        await propertyCheck(input: Self.wideLogits, Gen.double(in: -100...100)) { z, c in
            let a = Analysis(AnalysisInput(logits: z))
            let b = Analysis(AnalysisInput(logits: z.map { $0 + c }))
            let scale = (z.map(abs).max() ?? 0) + abs(c) + 1
            for (x, y) in zip(a.softmax, b.softmax) {
                #expect(abs(x - y) <= 4 * scale * 0x1p-52 * Swift.max(x, y) + Double.leastNonzeroMagnitude * 4)
            }
        }
    }

    @Test func argmaxOfLogitsIsArgmaxOfSoftmax() async {
        await propertyCheck(input: Self.gridLogits, Gen.double(in: 0.05...20), Self.precision) { z, t, p in
            let z = Self.onGrid(z, p)
            let a = Analysis(AnalysisInput(logits: z, temperature: t, precision: p))
            #expect(a.argmax == argmax(z))
            #expect(a.softmax[a.argmax] == a.softmax.max())
            // On the grid no two distinct logits round to one probability, except when both underflow.
            if a.softmax[a.argmax] > 0 { #expect(argmax(a.softmax) == a.argmax) }
        }
    }

    /// Entropy never falls as T rises (the distribution only flattens). In Float32 and Float64;
    /// each H is rounded once to F, so the comparison allows 4 ulp of F.
    @Test func entropyIsNonDecreasingInTemperature() async {
        let precision = Gen.bool.map { $0 ? Precision.float32 : .float64 }
        await propertyCheck(input: Self.wideLogits, Gen.double(in: 0.01...50), Gen.double(in: 1...4), precision) { z, t, factor, p in
            let cold = Analysis(AnalysisInput(logits: z, temperature: t, precision: p))
            let hot = Analysis(AnalysisInput(logits: z, temperature: t * factor, precision: p))
            let eps: Double = p == .float32 ? 0x1p-23 : 0x1p-52
            #expect(hot.entropyNats >= cold.entropyNats - 4 * eps * Swift.max(cold.entropyNats, 1))
            #expect(cold.entropyNats >= 0)
            #expect(hot.entropyNats <= Double.log(Double(z.count)) * (1 + 4 * eps) + 4 * eps)
        }
    }
}

import RealModule
