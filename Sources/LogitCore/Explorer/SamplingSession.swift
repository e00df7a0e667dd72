/// The draws made in the explorer: the generator (seeded from the document's seed, then advanced
/// by every draw, so a session repeats exactly from its seed), the last token drawn, and the counts
/// of the last batch, whose frequencies the view shows beside the probabilities.
///
/// Not part of the document: draws change nothing undo should restore. A change of the
/// distribution clears the last draw and the batch (they described another distribution); a
/// change of seed also restarts the generator.
public struct SamplingSession: Equatable, Sendable {
    /// The seed the generator was started from.
    public private(set) var seed: UInt64
    public private(set) var generator: SplitMix64
    /// Draws since the generator was seeded.
    public private(set) var drawsSinceSeed: Int
    /// The token of the last single draw, or the last of a batch.
    public private(set) var lastDraw: Int?
    /// The last batch of draws, while it still describes the distribution shown.
    public private(set) var batch: Batch?

    /// A batch's counts per drawn token (sparse: 1000 draws from 128k tokens touch a few hundred).
    public struct Batch: Equatable, Sendable {
        public let draws: Int
        public let counts: [Int: Int]

        /// How often class i came up: count / draws.
        public func frequency(of i: Int) -> Double {
            Double(counts[i] ?? 0) / Double(max(draws, 1))
        }
    }

    public init(seed: UInt64) {
        self.seed = seed
        generator = SplitMix64(seed: seed)
        drawsSinceSeed = 0
    }

    /// Draws `count` tokens from the sampler; one draw sets `lastDraw` only, more also set `batch`.
    mutating func draw(_ count: Int, from sampler: TokenSampler) {
        let run = SampleRun(continuing: generator, seed: seed, count: count, from: sampler)
        generator = run.generator
        drawsSinceSeed += run.draws.count
        lastDraw = run.draws.last
        if count > 1 {
            var counts: [Int: Int] = [:]
            for d in run.draws { counts[d, default: 0] += 1 }
            batch = Batch(draws: run.draws.count, counts: counts)
        }
    }

    /// The distribution changed: what was drawn from the old one no longer applies.
    mutating func forgetDraws() {
        lastDraw = nil
        batch = nil
    }
}
