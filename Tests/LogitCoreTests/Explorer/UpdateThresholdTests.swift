import Testing
@testable import LogitCore

@Suite struct UpdateThresholdTests {
    /// Each value is the Double that the decimal reads as (0.65, never 0.7000000000000001), since
    /// quitting prints it back on a command line.
    @Test func globalThresholdMovesByFiveHundredthsExactly() {
        var s = ExplorerState()
        var expected = 0.5
        let ups = [0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.95]
        for e in ups {
            s = update(s, .nudgeThreshold(up: true)).state
            expected = e
            #expect(s.document.threshold == expected)
        }
        let downs = [0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.05]
        for e in downs {
            s = update(s, .nudgeThreshold(up: false)).state
            #expect(s.document.threshold == e)
        }
    }

    /// A typed threshold off the grid snaps to it: 0.37 goes up to 0.4 and down to 0.35.
    @Test func offGridThresholdSnapsToTheGrid() {
        let s = ExplorerState(document: LogitDocument(logits: [1, 2], threshold: 0.37))
        #expect(update(s, .nudgeThreshold(up: true)).state.document.threshold == 0.4)
        #expect(update(s, .nudgeThreshold(up: false)).state.document.threshold == 0.35)
    }

    @Test func perClassThresholdStartsFromTheGlobalOne() {
        let s = reduce(.select(1), .nudgeClassThreshold(up: true))
        #expect(s.document.classThresholds == [nil, 0.55, nil])
        #expect(s.analysis.thresholds == [0.5, 0.55, 0.5])
        #expect(s.document.threshold == 0.5)
        let cleared = update(s, .clearClassThreshold).state
        #expect(cleared.document.classThresholds == [nil, nil, nil])
        // Clearing nothing records nothing.
        #expect(update(cleared, .clearClassThreshold).state.history == cleared.history)
    }

    @Test func targetToggles() {
        let s = reduce(.select(1), .toggleTarget)
        #expect(s.document.target == 1)
        #expect(s.analysis.crossEntropy != nil)
        #expect(update(s, .toggleTarget).state.document.target == nil)
        #expect(reduce(from: s, .select(2), .toggleTarget).document.target == 2)
    }
}
