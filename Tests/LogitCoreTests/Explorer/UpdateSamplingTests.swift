import Testing
@testable import LogitCore

/// The draw keys and the seed field. The expected draws are the Python transcription's
/// (filters-reference.json, sampler case "seed softmax, seed 42": the seed example, seed 42, 20
/// draws [1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]).
@Suite struct UpdateSamplingTests {
    static let reference = [1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]
    static let seeded = ExplorerState(document: LogitDocument(
        logits: [2.0, 1.0, 0.1], labels: ["News", "Entertainment", "Technology"], seed: 42))

    @Test func singleDrawsContinueTheSeedsStream() {
        var s = Self.seeded
        for expected in Self.reference.prefix(5) {
            s = update(s, .draw(count: 1)).state
            #expect(s.sampling.lastDraw == expected)
        }
        #expect(s.sampling.drawsSinceSeed == 5)
        #expect(s.sampling.batch == nil)
        #expect(s.message?.text.hasPrefix("drew News (id 0, draw 5 from seed 42)") == true)
    }

    @Test func aBatchCountsTheDraws() throws {
        let s = reduce(from: Self.seeded, .draw(count: 20))
        let batch = try #require(s.sampling.batch)
        #expect(batch.draws == 20)
        #expect(batch.counts == [0: 15, 1: 5])
        #expect(batch.frequency(of: 1) == 0.25)
        #expect(batch.frequency(of: 2) == 0)
        #expect(s.sampling.lastDraw == 1)
    }

    @Test func drawsAreNotUndoneButAChangeForgetsThem() {
        let s = reduce(from: Self.seeded, .draw(count: 20))
        #expect(!s.history.canUndo)
        let changed = reduce(from: s, .nudgeLogit(steps: 1))
        #expect(changed.sampling.batch == nil)
        #expect(changed.sampling.lastDraw == nil)
        // The generator carries on: the 21st draw of seed 42, not the first again.
        #expect(changed.sampling.drawsSinceSeed == 20)
    }

    @Test func filtersRestrictTheDraws() throws {
        let s = reduce(from: Self.seeded, .setFilters(try SamplingFilters(topK: 1)), .draw(count: 50))
        #expect(s.sampling.batch?.counts == [0: 50])
    }

    @Test func theSeedFieldRestartsTheGenerator() {
        var s = reduce(from: Self.seeded, .draw(count: 3), .beginEdit(.seed))
        #expect(s.field?.text == "42")
        s = reduce(from: s, .commitEdit)
        #expect(s.sampling.drawsSinceSeed == 0)
        #expect(s.document.seed == 42)
        s = reduce(from: s, .draw(count: 1))
        #expect(s.sampling.lastDraw == Self.reference[0])

        let typed = reduce(from: Self.seeded, .beginEdit(.seed), .edit(.insert("7")), .commitEdit)
        #expect(typed.document.seed == 7)
        #expect(typed.sampling.seed == 7)
        #expect(typed.message == .info("seed 7: draws start again from it"))
        #expect(reduce(from: typed, .undo).document.seed == 42)
        #expect(reduce(from: typed, .undo).sampling.seed == 42)
    }

    @Test func aBadSeedIsRefusedInTheField() {
        let s = reduce(from: Self.seeded, .beginEdit(.seed), .edit(.insert("-3")), .commitEdit)
        #expect(s.field?.purpose == .seed)
        #expect(s.message == .error("seed \"-3\" is not a whole number from 0 to 18446744073709551615"))
        #expect(s.document.seed == 42)
    }

    /// [70000, 1] in Float16: 70000 overflows to +inf, softmax is NaN, and nothing can be drawn.
    @Test func nothingIsDrawnFromNonFiniteProbabilities() {
        let s = reduce(from: ExplorerState(document: LogitDocument(logits: [70000, 1], precision: .float16)), .draw(count: 1))
        #expect(s.sampling.lastDraw == nil)
        #expect(s.message == .error("cannot draw: the probabilities are not finite in Float16"))
    }
}
