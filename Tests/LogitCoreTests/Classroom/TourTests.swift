import Testing
import LogitCore

@Suite struct TourTests {
    @Test func atLeastEightStepsCoveringTheSeedsIdeas() {
        #expect(Tour.steps.count >= 8)
        let titles = Tour.steps.map { $0.title.lowercased() }.joined(separator: " | ")
        for idea in ["raw scores", "exp", "sum to one", "argmax", "one-hot", "uniform", "constant", "sigmoid",
                     "overflow", "cross-entropy"] {
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
}
