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

    public init(
        logits: String? = nil, labels: String? = nil, temperature: String? = nil,
        precision: String? = nil, threshold: String? = nil, target: String? = nil,
        classThresholds: String? = nil
    ) {
        self.logits = logits
        self.labels = labels
        self.temperature = temperature
        self.precision = precision
        self.threshold = threshold
        self.target = target
        self.classThresholds = classThresholds
    }

    /// The document these options describe, each option overriding `base` (the seed example, or a
    /// preset). Without `--logits` the base's logits stand (so `--labels` must then name as many
    /// classes); the first bad value is refused, named.
    public func document(base: LogitDocument = .seed) throws(InputError) -> LogitDocument {
        let seed = base
        let values = try logits.map { (text: String) throws(InputError) -> [Double] in try LogitListParser.parse(text) } ?? seed.logits
        let names: [String]
        if let labels {
            names = try LabelListParser.parse(labels, expectedCount: values.count)
        } else {
            names = logits == nil ? seed.labels : LabelListParser.defaultLabels(count: values.count)
        }
        let t = try temperature.map { (text: String) throws(InputError) -> Double in try InputValidation.temperature(text) } ?? seed.temperature
        let p = try precision.map { (text: String) throws(InputError) -> Precision in try InputValidation.precision(text) } ?? seed.precision
        let tau = try threshold.map { (text: String) throws(InputError) -> Double in try InputValidation.threshold(text) } ?? seed.threshold
        let index = try target.map { (text: String) throws(InputError) -> Int in
            let trimmed = String(Substring(text).trimmingBlanks())
            guard let i = Int(trimmed) else {
                throw InputError("target \"\(Substring(trimmed).escapedForMessage)\" is not a whole number: it is the 0-based index of the true class")
            }
            return try InputValidation.target(i, classCount: values.count)
        }
        let own = try classThresholds.map { (text: String) throws(InputError) -> [Double?] in
            try Self.parseClassThresholds(text, classCount: values.count)
        }
        // The base's per-class settings only make sense for the base's own classes.
        let keepsClasses = logits == nil
        return LogitDocument(
            logits: values, labels: names, temperature: t, precision: p, threshold: tau,
            classThresholds: own ?? (keepsClasses ? seed.classThresholds : nil),
            target: index ?? (keepsClasses ? seed.target : nil),
            binaryLabels: keepsClasses ? seed.binaryLabels : nil)
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
