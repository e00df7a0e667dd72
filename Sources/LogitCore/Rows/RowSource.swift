/// Where a file of rows gets its rows, for `RowSession`: a tensor's (`LogitRows`: every row the
/// same classes, named once by the reading's labels or vocabulary), or an API response's generated
/// tokens (`LogprobSequence`: each row its own listed alternatives, labels and rest). The session
/// steps through either the same way; what differs is only what a row brings into the document
/// (`RowContent`) and how its figures are made.
///
/// A tensor's row is decoded when it is opened and its figures come from `LogitRows.figures`
/// (one reused buffer, nothing per row beyond what the tensor path always did); a response's row
/// is its small partial document (`LogprobSequence.document(position:)`, tens of classes).
public enum RowSource: Sendable, Equatable {
    case tensor(LogitRows)
    case logprobs(LogprobSequence)

    public var rowCount: Int {
        switch self {
        case .tensor(let rows): rows.rowCount
        case .logprobs(let sequence): sequence.tokens.count
        }
    }

    /// The tensor, when the rows are one (calibration, the shape and `--tensor` are its alone).
    public var tensor: LogitRows? {
        if case .tensor(let rows) = self { return rows }
        return nil
    }

    /// True when each row has classes of its own (labels, a rest), which the document takes from
    /// the row it opens; false when the rows share the reading's classes.
    public var rowsHaveOwnClasses: Bool {
        if case .logprobs = self { return true }
        return false
    }

    /// Row r's target: the tensor's `--targets`, or the token the API produced.
    public func target(at r: Int) -> Int? {
        switch self {
        case .tensor(let rows): rows.target(at: r)
        case .logprobs(let sequence): sequence.document(position: r).target
        }
    }

    /// Row r as the file gives it.
    public func content(of r: Int) -> RowContent {
        switch self {
        case .tensor(let rows):
            return RowContent(logits: rows.row(r), target: rows.target(at: r), classes: nil)
        case .logprobs(let sequence):
            let d = sequence.document(position: r)
            return RowContent(logits: d.logits, target: d.target, classes: RowClasses(d))
        }
    }

    /// Row r's figures at `temperature` in `precision` with no filter; `buffer` is reused between
    /// a tensor's rows.
    public func figures(row r: Int, temperature: Double = 1, precision: Precision = .float64, buffer: inout [Double]) -> RowFigures {
        switch self {
        case .tensor(let rows):
            return rows.figures(row: r, temperature: temperature, precision: precision, buffer: &buffer)
        case .logprobs(let sequence):
            var d = sequence.document(position: r)
            d.temperature = temperature
            d.precision = precision
            return RowFigures(d, analysis: Analysis(d.analysisInput))
        }
    }

    /// Every row's figures, in row order.
    public func allFigures(temperature: Double = 1, precision: Precision = .float64) -> [RowFigures] {
        if case .tensor(let rows) = self { return rows.allFigures(temperature: temperature, precision: precision) }
        var buffer: [Double] = []
        return (0..<rowCount).map { figures(row: $0, temperature: temperature, precision: precision, buffer: &buffer) }
    }

    /// The text of the token row r chose, as the file gives the row (`chosen` a class of it):
    /// from the reading's `labels` for a tensor, from the row's own alternatives for a response.
    public func text(ofRow r: Int, chosen: Int, labels: LabelList) -> String? {
        switch self {
        case .tensor:
            return labels.name(at: chosen)
        case .logprobs(let sequence):
            return sequence.document(position: r).labels.name(at: chosen)
        }
    }
}

/// What opening a row puts in the document.
public struct RowContent: Sendable, Equatable {
    public var logits: [Double]
    public var target: Int?
    /// The row's own classes; nil when the rows share the reading's.
    public var classes: RowClasses?
}

/// The per-class parts of a document that belong to a row with classes of its own (a response's
/// generated token): its labels and rest, and what the user set per class while it was open.
public struct RowClasses: Sendable, Equatable {
    public var labels: LabelList
    public var partial: PartialDistribution?
    public var classThresholds: ClassThresholds
    public var binaryLabels: [Bool]

    /// The classes of `document` as they stand.
    public init(_ document: LogitDocument) {
        labels = document.labels
        partial = document.partial
        classThresholds = document.classThresholds
        binaryLabels = document.binaryLabels
    }
}

extension LogitDocument {
    /// Takes row content: its logits and target, and its classes when it has its own (the
    /// document's per-class settings then are the row's).
    mutating func take(_ content: RowContent) {
        logits = content.logits
        target = content.target
        if let c = content.classes {
            labels = c.labels
            partial = c.partial
            classThresholds = c.classThresholds
            binaryLabels = c.binaryLabels
        }
    }
}
