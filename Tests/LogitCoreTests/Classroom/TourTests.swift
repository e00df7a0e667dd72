import Testing
import LogitCore

@Suite struct TourTests {
    @Test func atLeastEightStepsCoveringTheSeedsIdeas() {
        #expect(Tour.steps.count >= 8)
        let titles = Tour.steps.map { $0.title.lowercased() }.joined(separator: " | ")
        for idea in ["raw scores", "exp", "sum to one", "argmax", "one-hot", "uniform", "constant", "sigmoid",
                     "overflow", "cross-entropy", "bfloat16", "online softmax", "losses take logits"] {
            #expect(titles.contains(idea), "no step about \(idea)")
        }
    }

    @Test(arguments: Tour.steps.indices)
    func eachStepSaysItInTwoToFourLines(_ n: Int) {
        let step = Tour.steps[n]
        for revealed in [false, true] {
            let lines = step.lines(revealed: revealed)
            #expect((2...4).contains(lines.count), "step \(n + 1): \(lines.count) lines")
            // The lesson box is 80 wide with a margin of two either side.
            #expect(lines.allSatisfy { $0.count <= 76 }, "step \(n + 1) has a line over 76 characters")
        }
        if let q = step.question {
            #expect(q.hasSuffix("Press space.") || q.hasSuffix("Press space to see.") || q.contains("Press space"))
            #expect(!step.reveal.isEmpty && !step.answer.isEmpty)
        }
    }

    @Test func theAddFiveStepAsksBeforeRevealingAndNothingMoves() throws {
        let n = try #require(Tour.steps.firstIndex { $0.title.contains("constant") })
        #expect(Tour.steps[n].question == "What happens if we add 5 to every logit? Press space to see.")
        let before = reduce(.classroom(.goToTourStep(n)))
        let after = reduce(from: before, .classroom(.revealTourStep))
        #expect(after.document.logits == [7, 6, 5.1])
        // Shift invariance, to rounding (softmax([7, 6, 5.1]) = softmax([2, 1, 0.1]) in exact arithmetic).
        #expect(isClose(after.analysis.softmax, before.analysis.softmax, within: 1e-15))
        #expect(after.classroom.tour == TourProgress(step: n, revealed: true))
        // Revealing twice applies the reveal once.
        #expect(reduce(from: after, .classroom(.revealTourStep)).document.logits == [7, 6, 5.1])
    }

    @Test func stepsSetUpTheExplorerAndTheLearnerCanPlay() {
        var s = ExplorerState.touring()
        #expect(s.classroom.tour == TourProgress(step: 0))
        for n in Tour.steps.indices {
            s.apply(.classroom(.goToTourStep(n)))
            let step = Tour.steps[n]
            #expect(s.document == step.document && s.classroom.focus == step.focus && s.classroom.maxTrick == step.maxTrick)
            // Keys keep working inside the tour, and the tour stays on its step.
            let played = reduce(from: s, .nudgeLogit(steps: 1), .scaleTemperature(up: true))
            #expect(played.document != s.document)
            #expect(played.classroom.tour == s.classroom.tour)
        }
    }

    @Test func nextAndBackMoveAndThePastTheEndEndsTheTour() {
        var s = ExplorerState.touring()
        s.apply(.classroom(.tourStep(by: -1)))
        #expect(s.classroom.tour?.step == 0)
        s.apply(.classroom(.tourStep(by: 1)))
        #expect(s.classroom.tour?.step == 1)
        s.apply(.classroom(.goToTourStep(Tour.steps.count - 1)))
        s.apply(.classroom(.tourStep(by: 1)))
        #expect(s.classroom.tour == nil)
        #expect(reduce(.classroom(.toggleTour), .classroom(.toggleTour)).classroom.tour == nil)
    }

    @Test func answersQuoteWhatTheRevealReallyShows() throws {
        // Step "Cold": T = 0.25 gives News 98.2% (scipy: 0.981531); step "Hot": T = 10 gives
        // entropy 1.0956 nats (scipy.stats.entropy); step 3: Technology at 2.1 leads with 44.7%.
        func revealed(_ title: String) throws -> ExplorerState {
            let n = try #require(Tour.steps.firstIndex { $0.title.contains(title) })
            return reduce(.classroom(.goToTourStep(n)), .classroom(.revealTourStep))
        }
        #expect(isClose(try revealed("Cold").analysis.softmax[0], 0.981531, within: 1e-6))
        #expect(isClose(try revealed("Hot").analysis.entropyNats, 1.095598, within: 1e-6))
        #expect(isClose(try revealed("sum to one").analysis.softmax[2], 0.446886, within: 1e-6))
        let overflow = try revealed("Overflow")
        #expect(overflow.classroom.maxTrick)
        #expect(overflow.document.precision == .float16)
        let ce = try revealed("Cross-entropy")
        #expect(ce.document.target == 1)
        #expect(isClose(try #require(ce.analysis.crossEntropy), 1.417030, within: 1e-6))
    }

    private func step(_ title: String) throws -> (before: ExplorerState, after: ExplorerState) {
        let n = try #require(Tour.steps.firstIndex { $0.title.hasPrefix(title) })
        let before = reduce(.classroom(.goToTourStep(n)))
        return (before, reduce(from: before, .classroom(.revealTourStep)))
    }

    /// BFloat16 after Float16: the same [12, 11, 10], whose naive e^12 overflowed Float16, fits
    /// BFloat16's range (Float32's: 88.72); the answer's other figures are NUMERICS.md's.
    @Test func theBFloat16StepMovesTheOverflowOutOfRange() throws {
        let (before, after) = try step("BFloat16")
        #expect(before.document.precision == .float16 && before.analysis.naiveSoftmax[0].isNaN)
        #expect(after.document.precision == .bfloat16 && after.document.logits == before.document.logits)
        #expect(after.analysis.naiveSoftmax.allSatisfy { $0.isFinite && $0 > 0 })
        #expect(isClose(Precision.bfloat16.expOverflowLimit, 88.72, within: 0.005))
        #expect(Precision.bfloat16.round(0.1) == 0.10009765625)
        #expect(BFloat16(256) + BFloat16(1) == BFloat16(256))
        #expect(after.classroom.focus == .lab)
    }

    /// [87, 88, 89] in BFloat16, one block then blocks of one: each block raises the max by 1, so
    /// ℓ is rescaled by e^−1, which BFloat16 holds as 0.3671875 (the reference's "online rising
    /// bfloat16 B=1", numpy with ml_dtypes), and p equals the stable softmax to the last bit.
    @Test func theOnlineStepRescalesTheSumAtEveryBlock() throws {
        let (before, after) = try step("Online softmax")
        #expect(before.document.onlineBlock == 3 && before.classroom.focus == .online)
        #expect(before.analysis.naiveSoftmax[2].isNaN)
        let reference = try #require(ReferenceFile.shared.online.first { $0.name == "online rising bfloat16 B=1" })
        #expect(after.document.onlineBlock == reference.block && after.analysis.input.logits == reference.input.logits)
        let o = OnlineSoftmax(after.analysis, block: after.document.effectiveOnlineBlock)
        #expect(o.steps.map(\.rescale) == reference.steps.map(\.rescale))
        #expect(o.steps.compactMap(\.rescale) == [0.3671875, 0.3671875])
        #expect(o.maxULPs == 0)
        #expect(o.steps.allSatisfy { $0.sum.isFinite })
    }

    /// [0, −100] then [0, −110] in Float32, target dog: −log p of the rounded p is 99.98 while p is
    /// subnormal (149 ln 2 − ln 27, see ClassroomFiguresTests), then inf once p rounds to 0; the
    /// loss from the logits is 100, then 110 (scipy.special.log_softmax([0, -110])[1] = -110).
    @Test func theLossStepGoesFromDriftToInfinity() throws {
        let (before, after) = try step("Losses take logits")
        #expect(before.document.target == 1 && before.document.precision == .float32)
        #expect(isClose(try #require(ClassroomFigures(before).crossEntropyOfSoftmax), 149 * Double.log(2) - Double.log(27), within: 1e-5))
        #expect(before.analysis.crossEntropy == 100)
        #expect(ClassroomFigures(after).crossEntropyOfSoftmax == .infinity)
        #expect(after.analysis.crossEntropy == 110 && after.analysis.logSoftmax[1] == -110)
    }
}
