import LogitCore

/// The command line's document options as the user typed them, turned into a `LogitDocument` by
/// the core's parsers, so the `logitscope` command, the quit line's round-trip tests and anything
/// else that reads these flags refuse the same input with the same message.
public struct DocumentArguments: Equatable, Sendable {
    public var logits: String?
    public var labels: String?
    public var temperature: String?
    public var precision: String?
    public var threshold: String?
    public var target: String?
    /// One entry per class: a probability, or `-` for "the global threshold".
    public var classThresholds: String?
    public var topK: String?
    public var topP: String?
    public var minP: String?
    public var seed: String?
    /// `I=V,…`: logits to set after loading (0-based indices), how the quit line keeps a file's
    /// edits without listing a whole vocabulary.
    public var edits: String?
    /// The online softmax's block size.
    public var block: String?

    public init(
        logits: String? = nil, labels: String? = nil, temperature: String? = nil,
        precision: String? = nil, threshold: String? = nil, target: String? = nil,
        classThresholds: String? = nil, topK: String? = nil, topP: String? = nil,
        minP: String? = nil, seed: String? = nil, edits: String? = nil, block: String? = nil
    ) {
        self.logits = logits
        self.labels = labels
        self.temperature = temperature
        self.precision = precision
        self.threshold = threshold
        self.target = target
        self.classThresholds = classThresholds
        self.topK = topK
        self.topP = topP
        self.minP = minP
        self.seed = seed
        self.edits = edits
        self.block = block
    }

    /// The document these options describe, each option overriding `base` (`LogitDocument.example`, or a
    /// preset). Without `--logits` or a file the base's logits stand (so `--labels` must then name
    /// as many classes); the first bad value is refused, named.
    ///
    /// - Parameters:
    ///   - file: the logits a file gave (`--file`), labelled by `--vocab` already if one was given.
    ///     `--labels` then replaces the file's labels, and `--precision` defaults to a `.npy`'s dtype.
    ///   - fileName: how messages name the file.
    ///   - defaultSeed: the seed when `--seed` is not given (the command line's, from the clock).
    public func document(
        base: LogitDocument = .example, file: LoadedLogits? = nil, fileName: String = "the file", defaultSeed: UInt64 = 0
    ) throws(InputError) -> LogitDocument {
        if file != nil && logits != nil {
            throw InputError("--logits and --file both give the logits: use one of them")
        }
        var values = try logits.map { (text: String) throws(InputError) -> [Double] in try LogitListParser.parse(text) }
            ?? file?.logits ?? base.logits
        let names: LabelList
        if let labels {
            names = LabelList(try LabelListParser.parse(labels, expectedCount: values.count))
        } else if let file {
            names = file.labels ?? LabelList(implicit: values.count)
        } else {
            names = logits == nil ? base.labels : LabelList(implicit: values.count)
        }
        if let edits {
            values = try Self.applyEdits(edits, to: values)
        }
        let t = try temperature.map { (text: String) throws(InputError) -> Double in try InputValidation.temperature(text) } ?? base.temperature
        let p = try precision.map { (text: String) throws(InputError) -> Precision in try InputValidation.precision(text) }
            ?? file?.sourcePrecision ?? base.precision
        let tau = try threshold.map { (text: String) throws(InputError) -> Double in try InputValidation.threshold(text) } ?? base.threshold
        // `--target -1` says "no target" where a file would give one (a response's produced
        // token, a row's from --targets): the quit line writes it when the user cleared it.
        let index = try target.map { (text: String) throws(InputError) -> Int? in
            let trimmed = String(Substring(text).trimmingBlanks())
            guard let i = Int(trimmed) else {
                throw InputError("target \"\(Substring(trimmed).escapedForMessage)\" is not a whole number: it is the 0-based index of the true class (-1 for none)")
            }
            return i == -1 ? nil : try InputValidation.target(i, classCount: values.count)
        }
        let own = try classThresholds.map { (text: String) throws(InputError) -> [Double?] in
            try Self.parseClassThresholds(text, classCount: values.count)
        }
        // Each filter flag overrides the base's value for that filter only.
        let filters = try SamplingFilters(
            topK: try topK.map { (text: String) throws(InputError) -> Int in try SamplingFilters.topK(text) } ?? base.filters.topK,
            topP: try topP.map { (text: String) throws(InputError) -> Double in try SamplingFilters.topP(text) } ?? base.filters.topP,
            minP: try minP.map { (text: String) throws(InputError) -> Double in try SamplingFilters.minP(text) } ?? base.filters.minP)
        let s = try seed.map { (text: String) throws(InputError) -> UInt64 in try SplitMix64.seed(text) } ?? defaultSeed
        let b = try block.map { (text: String) throws(InputError) -> Int in try InputValidation.block(text) } ?? base.onlineBlock
        // The base's per-class settings only make sense for the base's own classes.
        let keepsClasses = logits == nil && file == nil
        return LogitDocument(
            logits: values, labels: names, temperature: t, precision: p, threshold: tau,
            classThresholds: own.map(ClassThresholds.init) ?? (keepsClasses ? base.classThresholds : nil),
            target: index ?? file?.target ?? (keepsClasses ? base.target : nil),
            binaryLabels: keepsClasses ? base.binaryLabels : nil,
            filters: filters, seed: s, onlineBlock: b, partial: file?.partial)
    }

    /// `--row`: a whole number (the loader refuses one out of range, naming the shape).
    public static func row(_ text: String) throws(InputError) -> Int {
        let t = Substring(text).trimmingBlanks()
        guard let r = Int(t) else {
            throw InputError("row \"\(t.escapedForMessage)\" is not a whole number: it is the 0-based row of a 2-D array")
        }
        return r
    }

    /// `--choice`: a whole number (the reader refuses one out of range, naming how many there are).
    public static func choice(_ text: String) throws(InputError) -> Int {
        let t = Substring(text).trimmingBlanks()
        guard let c = Int(t) else {
            throw InputError("choice \"\(t.escapedForMessage)\" is not a whole number: it is the 0-based index of the response's choices")
        }
        return c
    }

    /// `17=2.5,42=-inf`: sets logit 17 to 2.5 and masks 42 (0-based, as the file indexes them).
    static func applyEdits(_ text: String, to logits: [Double]) throws(InputError) -> [Double] {
        var values = logits
        for item in try LogitListParser.items(text, noun: "edit") {
            let parts = item.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let i = Int(parts[0].trimmingBlanks()) else {
                throw InputError("edit \(item.position) is \"\(item.text.escapedForMessage)\": write index=value, e.g. 42=-inf (0-based index)")
            }
            guard values.indices.contains(i) else {
                throw InputError("edit \(item.position) sets logit \(i), out of range: with \(values.count) logits the index is 0 to \(values.count - 1)")
            }
            let valueText = parts[1].trimmingBlanks()
            guard let v = NumberParser.parse(valueText), !v.isNaN, v != .infinity else {
                throw InputError("edit \(item.position) sets logit \(i) to \"\(valueText.escapedForMessage)\": a logit must be a number, or -inf to mask it")
            }
            values[i] = v
        }
        if values.allSatisfy({ $0 == -.infinity }) {
            throw InputError("the edits mask every logit: softmax is undefined when every class is masked")
        }
        return values
    }

    /// `0.3,-,0.9`: each class's own threshold, `-` where the class uses the global one.
    static func parseClassThresholds(_ text: String, classCount: Int) throws(InputError) -> [Double?] {
        let items = try LogitListParser.items(text, noun: "class threshold")
        guard items.count == classCount else {
            throw InputError("\(items.count) class threshold\(items.count == 1 ? "" : "s") for \(classCount) logit\(classCount == 1 ? "" : "s"): the counts must match (- uses the global threshold)")
        }
        return try items.map { (item: LogitListParser.Item) throws(InputError) -> Double? in
            if item.text == "-" { return nil }
            guard let p = NumberParser.parse(item.text), p > 0, p < 1 else {
                throw InputError("class threshold \(item.position) is \"\(item.text.escapedForMessage)\": it must be a probability strictly between 0 and 1, or - for the global threshold")
            }
            return p
        }
    }
}
