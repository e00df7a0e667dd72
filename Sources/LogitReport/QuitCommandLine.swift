import LogitCore

/// The command line that reproduces a document, printed when the explorer quits so nothing is lost:
/// `logitscope --logits=2,1,0.1 --labels=News,Entertainment,Technology -t 1 --precision float64
/// --seed 42`, then `--threshold`, `--target`, `--class-thresholds`, the filters and `--block`
/// when they differ from the defaults. The seed is always there: it is what repeats the draws.
///
/// Made to be pasted into a shell and read back by `DocumentArguments` to the same document, bit for
/// bit: numbers in shortest round-trip form (`-0` and `-inf` kept), list flags in `--flag=value`
/// form so a negative first logit cannot pass for an option, labels shell-quoted.
///
/// A document loaded from a file is named by its file: `--file PATH [--row R] [--vocab V]`, plus
/// `--edits=I=V,…` for the logits changed since (0-based indices), which keeps the line short for
/// the usual few edits of a 128k vocabulary. When that cannot work — classes added, deleted or
/// renamed, or so many edits (a shift of every logit) that the list passes `argumentLimit` — and
/// likewise for any list too long for one shell argument, the line needs the vector in a file of
/// its own: `make` returns nil, and the caller writes `vectorFileContents` (JSON with labels and
/// logits, which `--file` reads exactly) and asks again with `vectorFile` set.
public enum QuitCommandLine {
    /// The longest list argument the line holds. Linux refuses any single argument longer than
    /// 128 KiB (MAX_ARG_STRLEN) with "Argument list too long", so a longer line could not run.
    public static let argumentLimit = 100_000

    /// The line for a document typed on the command line (never nil below the argument limit).
    public static func make(_ document: LogitDocument, command: String = "logitscope") -> String {
        build(document, source: nil, vectorFile: nil, command: command, limit: .max, strict: false)!
    }

    /// The line, or nil when it needs the vector written to a file first (see the type's notes).
    public static func make(
        _ document: LogitDocument, source: LogitFileSource?, vectorFile: String? = nil,
        command: String = "logitscope", limit: Int = argumentLimit
    ) -> String? {
        build(document, source: source, vectorFile: vectorFile, command: command, limit: limit, strict: true)
    }

    /// `strict`: nil rather than a line that would not read back (a list over the limit, or a label
    /// holding a comma, which a vocabulary file may have but `--labels` cannot carry).
    private static func build(
        _ document: LogitDocument, source: LogitFileSource?, vectorFile: String?,
        command: String, limit: Int, strict: Bool
    ) -> String? {
        var words = [command]
        if let vectorFile {
            words += ["--file", shellQuoted(vectorFile)]
        } else if let source, let sourceWords = fileWords(document, source, limit: limit) {
            words += sourceWords
        } else {
            let logits = "--logits=" + document.logits.map(number).joined(separator: ",")
            // Default names (`class i`) are what no --labels gives: nothing to write.
            let labels = document.labels.isImplicit ? nil : document.labels.joined(separator: ",")
            if strict {
                guard logits.utf8.count <= limit, (labels?.utf8.count ?? 0) <= limit,
                      labels == nil || !document.labels.contains(where: { $0.contains(",") }) else { return nil }
            }
            words.append(logits)
            if let labels { words.append("--labels=" + shellQuoted(labels)) }
        }
        words.append(contentsOf: ["-t", number(document.temperature)])
        words.append(contentsOf: ["--precision", document.precision.rawValue])
        if document.threshold != LogitDocument.example.threshold {
            words.append(contentsOf: ["--threshold", number(document.threshold)])
        }
        // A row's target comes from the file (--targets, a response's produced token): the line
        // says only how the document's differs, `--target=-1` when the user cleared it.
        let fileTarget = source?.isRows == true && vectorFile == nil ? source?.rowTarget : nil
        if let t = document.target, t != fileTarget {
            words.append(contentsOf: ["--target", String(t)])
        } else if document.target == nil, fileTarget != nil {
            words.append("--target=-1")
        }
        if document.classThresholds.hasOwn {
            words.append("--class-thresholds=" + document.classThresholds.map { $0.map(number) ?? "-" }.joined(separator: ","))
        }
        let f = document.filters
        if let k = f.topK { words += ["--top-k", String(k)] }
        if let p = f.topP { words += ["--top-p", number(p)] }
        if let m = f.minP { words += ["--min-p", number(m)] }
        if let b = document.onlineBlock { words += ["--block", String(b)] }
        words += ["--seed", String(document.seed)]
        return words.joined(separator: " ")
    }

    /// `--file` and what goes with it, or nil when the file no longer describes the classes.
    private static func fileWords(_ document: LogitDocument, _ source: LogitFileSource, limit: Int) -> [String]? {
        guard document.count == source.logits.count, document.labels == source.labels else { return nil }
        var words = ["--file", shellQuoted(source.path)]
        if let tensor = source.tensor { words += ["--tensor", shellQuoted(tensor)] }
        if let row = source.row { words += [source.isRows ? "--position" : "--row", String(row)] }
        if let choice = source.choice { words += ["--choice", String(choice)] }
        if let targets = source.targetsArgument { words.append("--targets=" + shellQuoted(targets)) }
        if let vocabulary = source.vocabularyPath { words += ["--vocab", shellQuoted(vocabulary)] }
        if let labels = source.labelsArgument { words.append("--labels=" + shellQuoted(labels)) }
        // Bit patterns, so -0 for 0 counts as an edit (the document holds what was typed).
        var edits: [String] = []
        var length = 0
        for i in document.logits.indices where document.logits[i].bitPattern != source.logits[i].bitPattern {
            let item = "\(i)=\(number(document.logits[i]))"
            length += item.utf8.count + 1
            if length > limit { return nil }
            edits.append(item)
        }
        if !edits.isEmpty { words.append("--edits=" + edits.joined(separator: ",")) }
        return words
    }

    /// The document's labels and logits as the JSON `--file` reads (`{"labels": […], "logits":
    /// […]}`), every number exact, −inf as the string "-inf".
    public static func vectorFileContents(_ document: LogitDocument) -> String {
        JSONValue.object([
            JSONField("labels", .array(document.labels.map(JSONValue.string))),
            JSONField("logits", .array(document.logits.map(JSONValue.number))),
        ].filter { $0.key != "labels" || !document.labels.isImplicit }).compact + "\n"
    }

    /// `formatPlain`, except that it keeps the sign of −0 (a document holds what was typed).
    static func number(_ x: Double) -> String {
        x == 0 && x.sign == .minus ? "-0" : formatPlain(x)
    }
}
