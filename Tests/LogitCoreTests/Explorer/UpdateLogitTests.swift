import Testing
@testable import LogitCore

@Suite struct UpdateLogitTests {
    /// 2.0 → 2.1 exactly: the Double a person typing "2.1" would get, not 2.1000000000000001.
    @Test func nudgeMovesByTheStepExactly() {
        let s = reduce(.nudgeLogit(steps: 1))
        #expect(s.document.logits[0] == 2.1)
        #expect(formatPlain(s.document.logits[0]) == "2.1")
        #expect(reduce(.nudgeLogit(steps: -1)).document.logits[0] == 1.9)
        // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in binary; three nudges read 0.3.
        let zero = ExplorerState(document: LogitDocument(logits: [0, 1]))
        #expect(reduce(from: zero, .nudgeLogit(steps: 1), times: 3).document.logits[0] == 0.3)
        #expect(reduce(.select(2), .nudgeLogit(steps: 1)).document.logits == [2, 1, 0.2])
    }

    /// A typed value keeps its digits: 2.345 nudged by 0.1 is 2.445, not 2.45.
    @Test func nudgeKeepsTheDigitsTheUserTyped() {
        let s = ExplorerState(document: LogitDocument(logits: [2.345, 1]))
        #expect(reduce(from: s, .nudgeLogit(steps: 1)).document.logits[0] == 2.445)
        #expect(reduce(from: s, .cycleStep(up: false), .nudgeLogit(steps: -1)).document.logits[0] == 2.335)
        let pi = ExplorerState(document: LogitDocument(logits: [-3.14159, 0]))
        #expect(reduce(from: pi, .nudgeLogit(steps: 1)).document.logits[0] == -3.04159)
    }

    @Test func stepCyclesBothWays() {
        #expect(ExplorerState().step == 0.1)
        let up = [ExplorerState.steps[2], 10, 0.01, 0.1]
        var s = ExplorerState()
        for expected in up {
            s = update(s, .cycleStep(up: true)).state
            #expect(s.step == expected)
        }
        #expect(reduce(.cycleStep(up: false)).step == 0.01)
        #expect(reduce(.cycleStep(up: true)).message == .info("step 1"))
        #expect(reduce(.cycleStep(up: true), .nudgeLogit(steps: 2)).document.logits[0] == 4)
        #expect(reduce(.cycleStep(up: false), .nudgeLogit(steps: 1)).document.logits[0] == 2.01)
    }

    @Test func maskedLogitIsNotNudged() {
        let s = ExplorerState(document: LogitDocument(logits: [-.infinity, 1], labels: ["a", "b"]))
        let t = update(s, .nudgeLogit(steps: 1)).state
        #expect(t.document == s.document)
        #expect(t.message == .error("a is masked (-inf): press Enter to type a value"))
    }

    @Test func setLogitRefusesToMaskEverything() {
        let s = ExplorerState(document: LogitDocument(logits: [-.infinity, 1], labels: ["a", "b"]))
        let t = update(s, .setLogit(index: 1, value: -.infinity)).state
        #expect(t.document == s.document)
        #expect(t.message == .error("cannot mask b: at least one class must stay unmasked"))
        #expect(update(s, .setLogit(index: 0, value: 3)).state.document.logits == [3, 1])
        #expect(update(s, .setLogit(index: 0, value: .nan)).state.document == s.document)
        #expect(update(s, .setLogit(index: 0, value: .infinity)).state.document == s.document)
        #expect(update(s, .setLogit(index: 5, value: 1)).state.document == s.document)
    }

    /// Setting a probability solves for the logit: p = 0.5 on News gives softmax p₀ ≈ 0.5.
    @Test(arguments: [1.0, 2.0, 0.25, 0.01, 100])
    func setProbabilitySolvesForTheLogit(_ t: Double) {
        var s = reduce(.setTemperature(t))
        s = update(s, .setProbability(index: 0, probability: 0.5)).state
        #expect(isClose(s.analysis.softmax[0], 0.5, within: 1e-3))
        #expect(s.document.logits[1] == 1 && s.document.logits[2] == 0.1)
        s = update(s, .setProbability(index: 2, probability: 0.9)).state
        #expect(isClose(s.analysis.softmax[2], 0.9, within: 1e-3))
    }

    /// Large logits (real models reach hundreds) must not lose the target to rounding: within the
    /// 2e-5 `Update.swift` promises. u = logit(0.3) + log(e^1001 + e^0) = 1000.1527021…, kept to
    /// 4 decimals at T = 1, and p = 1 / (1 + e^(1001 − z) + e^(−z)) = 0.2999995507 (Python,
    /// `math`), 4.5e-7 from the request.
    @Test func setProbabilityWithLargeLogits() {
        let s = ExplorerState(document: LogitDocument(logits: [1000, 1001, 0]))
        let t = update(s, .setProbability(index: 0, probability: 0.3)).state
        #expect(t.document.logits[0] == 1000.1527)
        #expect(isClose(t.analysis.softmax[0], 0.29999955068150114, within: 1e-12))
        #expect(abs(t.analysis.softmax[0] - 0.3) <= 2e-5)
    }

    /// The promise at every temperature and size: the logit is rounded to 4 − ⌊log₁₀ T⌋ decimals,
    /// so u = z/T moves by at most 0.5·10^−decimals / T ≤ 5e-5 and p, whose slope in u is
    /// p(1 − p) ≤ 1/4, by at most 1.25e-5.
    @Test(arguments: [0.01, 0.0999, 0.25, 1, 2, 9.99, 100], [0.0, 1000, -5000])
    func setProbabilityLandsWithin2e5(_ t: Double, offset: Double) {
        var s = ExplorerState(document: LogitDocument(logits: [offset + 2, offset + 1, offset + 0.1], temperature: t))
        for (i, p) in [(0, 0.5), (2, 0.9), (1, 0.001), (0, 0.999), (2, 0.3)] {
            s = update(s, .setProbability(index: i, probability: p)).state
            #expect(abs(s.analysis.softmax[i] - p) <= 2e-5, "class \(i) asked \(p) got \(s.analysis.softmax[i])")
        }
    }

    @Test func shiftAllLeavesSoftmaxUnchanged() {
        let s = ExplorerState(document: LogitDocument(logits: [2, -.infinity, 0.1]))
        let t = update(s, .shiftAll(by: 5)).state
        #expect(t.document.logits == [7, -.infinity, 5.1])
        #expect(maxULPDistance(t.analysis.softmax, s.analysis.softmax, in: .float64) <= 4)
        #expect(t.message == .info("added 5.0 to every logit: softmax is unchanged (shift invariance)"))
    }
}
