/// What the strip and `--json`'s `sequence` show for one row: its entropy, and for its chosen
/// token — the target when the row has one, else its argmax — the log-probability and the rank.
///
/// Computed by `Analysis` on the row as the explorer would open it (the same passes, kernels and
/// precision, no filter), so a row's figures equal the document's when that row is open; the rank
/// is 1-based in the ranked list's order (by u = z / T, descending, ties by index: numpy's stable
/// argsort of −u, and torch.topk's order).
public struct RowFigures: Sendable, Equatable {
    public let entropyNats: Double
    /// The row's target, nil for none.
    public let target: Int?
    /// The target, or the argmax when there is none.
    public let chosen: Int
    /// log p of `chosen` (−inf for a masked class); its surprisal is −logprob nats.
    public let logprob: Double
    /// 1-based rank of `chosen`.
    public let rank: Int
    public let argmax: Int
    /// A partial row's rest mass (an API response's token); nil for a row of a whole vocabulary.
    public var restMass: Double?
    /// True when `chosen` is a token the server gave only as "below the listed ones": its logprob,
    /// surprisal and rank are unknown (`logprob` is then −inf, which nothing shows).
    public var belowListed = false

    public var surprisal: Double { -logprob }

    public init(entropyNats: Double, target: Int?, chosen: Int, logprob: Double, rank: Int, argmax: Int) {
        self.entropyNats = entropyNats
        self.target = target
        self.chosen = chosen
        self.logprob = logprob
        self.rank = rank
        self.argmax = argmax
    }

    /// The figures of a row open as `document`, whose analysis is `analysis`.
    public init(_ document: LogitDocument, analysis a: Analysis) {
        let chosen = document.target ?? a.argmax
        self.init(entropyNats: a.entropyNats, target: document.target, chosen: chosen, logprob: a.logSoftmax(at: chosen),
                  rank: LogitRows.rank(of: chosen, in: a.logits), argmax: a.argmax)
        restMass = document.partial?.restMass
        belowListed = document.isBelowListed(chosen)
    }
}

extension LogitRows {
    /// Row i's figures at temperature `temperature` in `precision`; `buffer` is reused between
    /// rows so that a pass over every row allocates once.
    public func figures(row i: Int, temperature: Double = 1, precision: Precision = .float64, buffer: inout [Double]) -> RowFigures {
        if buffer.count != classCount { buffer = [Double](repeating: 0, count: classCount) }
        buffer.withUnsafeMutableBufferPointer { decodeRow(i, into: $0) }
        let target = target(at: i)
        // The analysis shares the buffer's storage (no copy); it is let go before the next row.
        let analysis = Analysis(AnalysisInput(logits: buffer, temperature: temperature, precision: precision, target: target))
        let chosen = target ?? analysis.argmax
        let logprob = analysis.logSoftmax(at: chosen)
        let rank = Self.rank(of: chosen, in: analysis.logits)
        return RowFigures(entropyNats: analysis.entropyNats, target: target, chosen: chosen, logprob: logprob,
                          rank: rank, argmax: analysis.argmax)
    }

    /// Every row's figures, in row order.
    public func allFigures(temperature: Double = 1, precision: Precision = .float64) -> [RowFigures] {
        var buffer: [Double] = []
        return (0..<rowCount).map { figures(row: $0, temperature: temperature, precision: precision, buffer: &buffer) }
    }

    /// 1 + the classes before `i` in the ranked order: larger, or equal with a smaller index.
    /// (Dividing by T > 0 keeps the order of the rounded logits, so they are compared directly.)
    static func rank(of i: Int, in z: RoundedLogits) -> Int {
        let zi = z[i]
        var before = 0
        for j in z.indices {
            let zj = z[j]
            if zj > zi || (zj == zi && j < i) { before += 1 }
        }
        return before + 1
    }
}
