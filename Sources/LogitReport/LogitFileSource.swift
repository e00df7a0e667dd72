import LogitCore

/// Where the explorer's logits came from when a file gave them (`--file`), so that the line
/// printed on quitting names the file instead of listing a vocabulary.
public struct LogitFileSource: Equatable, Sendable {
    /// The path as typed; `-` for stdin (the line then expects the same data piped again).
    public var path: String
    public var row: Int?
    /// `--choice` of an API response.
    public var choice: Int?
    /// `--vocab` as typed.
    public var vocabularyPath: String?
    /// `--labels` as typed, when it replaced the file's labels.
    public var labelsArgument: String?
    /// The logits and labels as loaded (labels from the file, `--vocab` or `--labels`), before
    /// any `--edits`: what the line's `--edits` are measured against.
    public var logits: [Double]
    public var labels: LabelList
    /// `--tensor` as typed, for a `.safetensors` or `.npz` of several.
    public var tensor: String?
    /// `--targets` as typed (a list or a file), for a file of rows.
    public var targetsArgument: String?
    /// True for a file of rows: the line names the row `--position P` (else `--row R`, the row of
    /// a JSON array of arrays, as before).
    public var isRows = false
    /// The open row's target from `--targets`: the line adds `--target` only when the document's
    /// differs (chosen anew with c).
    public var rowTarget: Int?

    public init(path: String, row: Int? = nil, choice: Int? = nil, vocabularyPath: String? = nil, labelsArgument: String? = nil,
                logits: [Double], labels: LabelList) {
        self.path = path
        self.row = row
        self.choice = choice
        self.vocabularyPath = vocabularyPath
        self.labelsArgument = labelsArgument
        self.logits = logits
        self.labels = labels
    }
}
