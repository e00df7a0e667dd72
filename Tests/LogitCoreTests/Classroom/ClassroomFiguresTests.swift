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
