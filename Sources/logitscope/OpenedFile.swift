import LogitCore
import LogitReport

/// `--file` opened: the vector the document starts from, and for an array file of rows or an API
/// response's generated tokens the rows themselves (`RowSession`), with `--targets` and `--vocab`
/// applied. Also makes the quit line's
/// source when the explorer quits, from what is still held (the mapped rows), not from a copy.
struct OpenedFile: Sendable {
    /// The document's vector: the file's, or the open row of its rows.
    let loaded: LoadedLogits
    let rows: RowSession?
    /// A 1-D array file: its one row, decoded again for the quit line.
    let vector: LogitRows?
    /// The vector of a text, CSV or JSON file, which only a copy can give back (small files).
    let textLogits: [Double]?
    /// The vocabulary was longer than the vector and was cut: said on stderr or the status line.
    var vocabularyWarning: String?

    static func open(path: String, position: Int?, tensor: String?, targets: String?, vocab: String?, strip: Bool,
                     choice: Int? = nil) throws(InputError) -> OpenedFile {
        let name = path == "-" ? "stdin" : path
        var loaded: LoadedLogits
        var session: RowSession?
        var vector: LogitRows?
        var textLogits: [Double]?
        switch try FileInput.open(path: path, row: position, tensor: tensor, choice: choice) {
        case .vector(let l):
            loaded = l
            textLogits = l.logits
        case .rows(let opened) where opened.isVector:
            loaded = try opened.loaded(row: position, name: name)
            vector = opened.rows
            opened.rows.dropResidentPages()
        case .rows(let opened):
            var rows = opened.rows
            let p = position ?? 0
            guard p < rows.rowCount else {
                throw InputError("\(name): position \(p) is out of range: shape \(rows.shapeDescription) has rows 0 to \(rows.rowCount - 1)")
            }
            if let targets {
                rows = rows.withTargets(try FileInput.readTargets(targets, rows: rows.rowCount, classes: rows.classCount))
            }
            loaded = LoadedLogits(logits: rows.row(p), sourcePrecision: rows.elementType.precision, format: opened.format)
            session = RowSession(rows: rows, position: p, strip: strip)
        case .logprobs(let sequence):
            // Each generated token is a row with its own alternatives; the produced tokens are the targets.
            if targets != nil { throw InputError("--targets does not apply to an API response: the tokens it produced are the targets") }
            if vocab != nil { throw InputError("--vocab does not apply to an API response: its tokens come with their text") }
            let p = try sequence.check(position: position ?? 0, name: name)
            loaded = LoadedLogits(step: sequence.document(position: p))
            session = RowSession(source: .logprobs(sequence), position: p, strip: strip)
        }
        var warning: String?
        if let vocab {
            let v = try FileInput.readVocabulary(path: vocab)
            let fit = try loaded.labeled(by: v.vocabulary, vocabularyName: v.name, logitsName: name)
            loaded = fit.loaded
            warning = fit.warning
        }
        return OpenedFile(loaded: loaded, rows: session, vector: vector, textLogits: textLogits, vocabularyWarning: warning)
    }

    /// What the quit line needs, without the document's vector: an array file's row is decoded
    /// again at quit, so holding it here would only make the first edit copy it (issue 11: no
    /// second copy of the logits for the quit line). A text file's vector stays (its only copy).
    func forQuitLine() -> OpenedFile {
        var l = loaded
        if textLogits == nil { l.logits = [] }
        return OpenedFile(loaded: l, rows: nil, vector: vector, textLogits: textLogits)
    }

    /// The quit line's source for the explorer's `final` state.
    func source(path: String, final: ExplorerState, vocabularyPath: String?, labelsArgument: String?,
                row: Int?, tensor: String?, targets: String?, choice: Int? = nil) -> LogitFileSource? {
        // The labels as the file gave them (--labels replaced them): --edits are measured against
        // these and the logits below.
        var l = loaded
        if let session = final.rows {
            // The open row as the file gives it (a response's token with its own labels).
            let row = session.source.content(of: session.position)
            l.logits = row.logits
            if let classes = row.classes { l.labels = classes.labels }
        } else if let vector {
            l.logits = vector.row(0)
        } else if let textLogits {
            l.logits = textLogits
        }
        guard let labelsAsLoaded = try? DocumentArguments(labels: labelsArgument).document(file: l).labels else { return nil }
        var source = LogitFileSource(path: path, row: final.rows?.position ?? row, vocabularyPath: vocabularyPath,
                                     labelsArgument: labelsArgument, logits: l.logits, labels: labelsAsLoaded)
        source.tensor = tensor
        source.choice = choice
        if let session = final.rows {
            source.isRows = true
            source.targetsArgument = targets
            source.rowTarget = session.source.target(at: session.position)
        }
        return source
    }
}
