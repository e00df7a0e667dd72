import Testing
@testable import LogitCore

/// The loader itself: the file is found, holds what the brief asks for, and its numbers arrive
/// bit-exact (a 1-ulp misread would hide inside every tolerance below).
@Suite struct ReferenceFileTests {
    @Test func loadsEveryCaseWithTheVersionsRecorded() {
        let file = ReferenceFile.shared
        #expect(file.cases.count >= 40)
        #expect(file.numpy.hasPrefix("2."))
        #expect(file.scipy.hasPrefix("1."))
        for p in Precision.allCases {
            #expect(file.cases.contains { $0.input.precision == p && $0.input.logits.count == 1000 })
        }
    }

    @Test func numbersAreReadBitExact() {
        let seed = ReferenceFile.shared.named("seed float64 T=1")
        // Literals printed by Python's repr for the same doubles.
        #expect(seed.expected.softmax == [0.6590011388859679, 0.24243297070471392, 0.09856589040931818])
        #expect(seed.expected.logsumexp == 2.4170300162778338)
        let f16 = ReferenceFile.shared.named("seed float16 T=1")
        #expect(f16.expected.logits[2] == 0.0999755859375)
        // A Float32 subnormal, the hardest kind of decimal to read back.
        let cold = ReferenceFile.shared.named("cold float32 T=0.01")
        #expect(cold.expected.softmax[2] == Double(Float(3.783505853677006e-44)))
        #expect(cold.expected.softmax[2] == 3.783505853677006e-44)
    }

    @Test func nonFiniteValuesAreDecodedFromTheirStrings() {
        let overflow = ReferenceFile.shared.named("overflow float16")
        #expect(overflow.expected.naiveSoftmax[0].isNaN)
        #expect(overflow.expected.naiveSoftmax[1] == 0)
        let masked = ReferenceFile.shared.named("masked float64")
        #expect(masked.input.logits[1] == -.infinity)
        #expect(masked.expected.logSoftmax[1] == -.infinity)
        #expect(ReferenceFile.shared.named("masked target float64").expected.crossEntropy == .infinity)
    }
}
