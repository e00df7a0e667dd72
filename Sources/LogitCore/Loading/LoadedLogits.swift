/// What a logit file holds once read: the logits, the labels when the file names them, and for a
/// `.npy` the precision its values were stored in (so the command line can default `--precision`
/// to it: a float16 dump is best explored in Float16).
public struct LoadedLogits: Sendable, Equatable {
    /// Finite numbers or −inf (a masked class); never NaN or +inf, never all −inf, never empty.
    public var logits: [Double]
    /// One per logit when present.
    public var labels: LabelList?
    /// The dtype of a `.npy` file; nil for text formats, whose numbers are decimal.
    public var sourcePrecision: Precision?
    public var format: LogitFileFormat
    /// For one step of an API's logprobs: the produced token (the target) and what makes the
    /// distribution partial.
    public var target: Int?
    public var partial: PartialDistribution?

    public init(logits: [Double], labels: [String]? = nil, sourcePrecision: Precision? = nil, format: LogitFileFormat) {
        self.logits = logits
        self.labels = labels.map(LabelList.init)
        self.sourcePrecision = sourcePrecision
        self.format = format
    }

    /// One step of an API's logprobs (`LogprobSequence.document`): its logits, labels, target
    /// and rest.
    public init(step d: LogitDocument) {
        self.init(logits: d.logits, format: .json)
        labels = d.labels
        target = d.target
        partial = d.partial
    }

    /// Labels from a vocabulary (`--vocab`), which replace any the logit file had, with the
    /// warning to show when the vocabulary was cut to the vector (see `Vocabulary.labels`).
    public func labeled(by vocabulary: Vocabulary, vocabularyName: String, logitsName: String) throws(InputError) -> (loaded: LoadedLogits, warning: String?) {
        let fit = try vocabulary.labels(count: logits.count, vocabularyName: vocabularyName, logitsName: logitsName)
        var copy = self
        copy.labels = fit.labels
        return (copy, fit.warning)
    }
}

/// Limits checked before anything large is allocated, so a wrong or hostile file is refused from
/// its first bytes instead of after minutes of reading.
public struct LoadLimits: Sendable, Equatable {
    /// The most logits a file may hold. The default, 2^24 (16,777,216), is 64 times the largest
    /// vocabulary in use (256k). The stated memory bound: a run holds about 80 bytes per logit
    /// (the logits, default labels, analysis, ranking and filtered distribution), measured with
    /// `/usr/bin/time -f %M` on a float32 .npy: 1M logits peak at 94 MB and 10M at 770 MB for
    /// `--print` or `--json` alike (the JSON is streamed), so the largest file accepted needs
    /// about 1.3 GB; a larger one is refused from its header, before its data is read.
    public var maximumEntryCount: Int
    /// The most values an array file of rows may hold in all (each row is held to
    /// `maximumEntryCount`): 64 times that by default, 2^30, a 4 GB float32 file. The rows are
    /// mapped, not copied, so what a row set costs is its file (an `.npz` member inflated once).
    public var maximumArrayCount: Int

    public init(maximumEntryCount: Int = 1 << 24, maximumArrayCount: Int? = nil) {
        self.maximumEntryCount = maximumEntryCount
        self.maximumArrayCount = maximumArrayCount ?? maximumEntryCount * 64
    }

    public static let standard = LoadLimits()

    func check(_ count: Int, name: String) throws(InputError) {
        if count > maximumEntryCount { throw InputError("\(name): \(refusal(count: count))") }
    }

    /// An array of `shape`: its rows (the last dimension) held to `maximumEntryCount`, the whole to
    /// `maximumArrayCount`; a 1-D array is one row.
    func check(shape: [Int], count: Int, name: String) throws(InputError) {
        try check(shape.last ?? count, name: name)
        if count > maximumArrayCount {
            throw InputError("\(name): \(count) values in all is more than logitscope reads from one array file (at most \(maximumArrayCount))")
        }
    }

    /// Why `count` values are refused (a reader that knows where it stands adds the place).
    public func refusal(count: Int) -> String {
        "\(count) values is more than logitscope reads (at most \(maximumEntryCount))"
    }
}
