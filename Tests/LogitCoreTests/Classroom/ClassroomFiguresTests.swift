import Testing
import LogitCore

@Suite struct ClassroomFiguresTests {
    @Test func seedWorkedStepsAreTheArticles() {
        // numpy: exp([2, 1, 0.1]) = [7.389056, 2.718282, 1.105171], sum 11.212509.
        let s = ExplorerState()
        let naive = s.analysis.naive
        #expect(isClose(naive.exponentials, [7.389056, 2.718282, 1.105171], within: 1e-6))
        #expect(isClose(naive.sum, 11.212509, within: 1e-6))
        #expect(ClassroomFigures(s).shifted == [0, -1, -1.9])
    }

    @Test(arguments: Precision.allCases)
    func overflowMakesTheNaiveSumInfinite(_ p: Precision) throws {
        let s = ExplorerState(document: LogitDocument(logits: try #require(Figures.overflow[p]), precision: p))
        let naive = s.analysis.naive
        #expect(naive.exponential(at: 0) == .infinity)
        #expect(naive.exponential(at: 1).isFinite && naive.exponential(at: 2).isFinite)
        #expect(naive.sum == .infinity)
        #expect(ClassroomFigures(s).shifted == [0, -1, -2])
    }

    @Test(arguments: Precision.allCases)
    func underflowMakesTheNaiveSumZero(_ p: Precision) throws {
        let s = ExplorerState(document: LogitDocument(logits: try #require(Figures.underflow[p]), precision: p))
        let naive = s.analysis.naive
        #expect(naive.exponentials == [0, 0, 0])
        #expect(naive.sum == 0)
    }

    @Test func binaryCrossEntropyNaiveBreaksWhereStableDoesNot() {
        // Float32, u = 40: σ rounds to 1. PyTorch BCEWithLogits(40, y=0) = 40; naive −log(1 − 1) = inf.
        let s = ExplorerState(document: LogitDocument(logits: [40, -40], precision: .float32, binaryLabels: [false, true]))
        let f = ClassroomFigures(s)
        #expect(f.naiveBinaryCrossEntropy[0] == .infinity)
        #expect(f.stableBinaryCrossEntropy[0] == 40)
        // u = −40, y = 1: σ = 4.25e-18 is still a Float32, so the naive form holds here (40).
        #expect(isClose(f.naiveBinaryCrossEntropy[1], 40, within: 1e-5))
        #expect(f.stableBinaryCrossEntropy[1] == 40)
    }

    /// NUMERICS.md: adding 3000 ones one at a time stops at 2048 in Float16 and at 256 in
    /// BFloat16; every later one is lost. Float32 and Float64 hold the whole sum.
    @Test(arguments: [(Precision.float16, 2048.0), (.bfloat16, 256), (.float32, 3000), (.float64, 3000)])
    func naiveSumOfOnesStallsWhereNumericsMdSays(_ p: Precision, _ stop: Double) {
        let naive = ExplorerState(document: LogitDocument(logits: Array(repeating: 0, count: 3000), precision: p)).analysis.naive
        #expect(naive.sum == stop)
        #expect(naive.lostTerms == 3000 - Int(stop))
    }

    @Test func nothingIsLostFromTheSeedOrAnOverflowingSum() {
        #expect(ExplorerState().analysis.naive.lostTerms == 0)
        let over = ExplorerState(document: LogitDocument(logits: [89, 88, 87, 1], precision: .bfloat16)).analysis.naive
        #expect(over.sum == .infinity && over.lostTerms == 0)
    }

    /// log(softmax) against log_softmax: the same where p is a normal number (the seed's
    /// −0.417, −1.417, −2.317, scipy.special.log_softmax), −inf where p underflowed.
    @Test(arguments: Precision.allCases)
    func logOfSoftmaxIsTheLogOfTheRoundedP(_ p: Precision) {
        let s = ExplorerState(document: LogitDocument(logits: Figures.seed, precision: p, target: 0))
        let f = ClassroomFigures(s)
        #expect(isClose(f.logOfSoftmax, [-0.417030, -1.417030, -2.317030], within: 4 * Figures.quoted(p)))
        #expect(isClose(f.crossEntropyOfSoftmax ?? .nan, 0.417030, within: 4 * Figures.quoted(p)))
        let gap = Figures.underflow[p]!.map { -$0 }  // 0 and a gap past the underflow limit
        let state = ExplorerState(document: LogitDocument(logits: [0, -gap[2]], precision: p, target: 1))
        let far = ClassroomFigures(state)
        #expect(far.logOfSoftmax == [0, -.infinity] && far.crossEntropyOfSoftmax == .infinity)
        #expect(state.analysis.logSoftmax[1].isFinite && state.analysis.crossEntropy?.isFinite == true)
        #expect(ClassroomFigures(ExplorerState()).crossEntropyOfSoftmax == nil)
    }

    /// A subnormal p is held with fewer bits: Float32 has e^−100 = 3.72e-44 only as 27 · 2⁻¹⁴⁹
    /// (the nearest multiple of its smallest subnormal), whose log is 149 ln 2 − ln 27 = −99.98.
    /// A p that rounded to 0 is not subnormal: it is gone.
    @Test func subnormalProbabilitiesAreFlaggedAndTheirLogDrifts() throws {
        #expect(Float(Double.exp(-100)) == 27 * Float.leastNonzeroMagnitude)
        let subnormal = ClassroomFigures(ExplorerState(document: LogitDocument(logits: [0, -100], precision: .float32, target: 1)))
        #expect(subnormal.softmaxIsSubnormal == [false, true])
        #expect(isClose(subnormal.logOfSoftmax[1], Double.log(Double(27 * Float.leastNonzeroMagnitude)), within: 1e-5))
        #expect(isClose(subnormal.crossEntropyOfSoftmax ?? .nan, 149 * Double.log(2) - Double.log(27), within: 1e-5))
        let gone = ClassroomFigures(try #require(Preset.named("log-softmax")).state)
        #expect(gone.softmaxIsSubnormal == [false, false])
        #expect(ClassroomFigures(ExplorerState()).softmaxIsSubnormal == [false, false, false])
    }

    @Test func statsOfTheSeed() {
        // numpy: H = 0.846738, H / log 3 = 0.770734; margin 2 − 1; top p 0.659001.
        let f = ClassroomFigures(ExplorerState())
        #expect(isClose(f.normalizedEntropy ?? .nan, 0.770734, within: 1e-6))
        #expect(f.margin == 1)
        #expect(isClose(f.topProbability, 0.659001, within: 1e-6))
    }

    @Test func normalizedEntropyCountsOnlyUnmaskedClassesAndNeedsTwo() {
        let masked = ClassroomFigures(ExplorerState(document: LogitDocument(logits: [0, -.infinity, 0])))
        #expect(masked.normalizedEntropy == 1)  // two equal unmasked classes: uniform
        #expect(masked.margin == 0)
        let single = ClassroomFigures(ExplorerState(document: LogitDocument(logits: [3])))
        #expect(single.normalizedEntropy == nil && single.margin == nil && single.topProbability == 1)
    }

    @Test func binaryFiguresAreSoftmaxAsSigmoidOfLogOdds() {
        // One logit: softmax([1.2, 0]) = σ(1.2) = 0.768525 (scipy expit).
        let one = BinaryFigures(Analysis(AnalysisInput(logits: [1.2])), index: 0)
        #expect(one.kind == .single && one.logOdds == 1.2)
        #expect(isClose(one.softmax, 0.768525, within: 1e-6) && isClose(one.sigmoid, one.softmax, within: 1e-15))
        // Two classes: p₁ = σ(z₁ − z₂).
        let two = BinaryFigures(Analysis(AnalysisInput(logits: [0.3, 1.5])), index: 0)
        #expect(two.kind == .pair(other: 1) && isClose(two.logOdds, -1.2, within: 1e-15))
        #expect(isClose(two.sigmoid, two.softmax, within: 1e-15) && two.softmax < 0.5)
        // Seed, News against the rest: 2 − log(e + e^0.1) = 0.658846 (numpy).
        let rest = BinaryFigures(Analysis(AnalysisInput(logits: [2, 1, 0.1])), index: 0)
        #expect(rest.kind == .againstRest && isClose(rest.logOdds, 0.658846, within: 1e-6))
        #expect(isClose(rest.sigmoid, rest.softmax, within: 1e-15))
    }

    @Test func binaryFiguresAgreeInFloat16ToTheLastDigit() {
        let b = BinaryFigures(Analysis(AnalysisInput(logits: [12, 11, 10], precision: .float16)), index: 0)
        #expect(b.sigmoid == b.softmax)
    }
}
