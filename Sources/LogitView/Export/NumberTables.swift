import LogitCore

/// The numbers of the current vector as tables: Markdown for slides and notes (formatted as the
/// screen shows them), CSV for spreadsheets (every number exact: the shortest text that reads back
/// as the same Double; `nan`, `inf`, `-inf` as in `--json`).
public enum NumberTables {
    /// A Markdown table, one row per class, and a line of summary figures under it.
    public static func markdown(_ state: ExplorerState) -> String {
        let a = state.analysis
        let d = state.document
        let f = ClassroomFigures(state)
        let naive = a.naive
        var header = ["", "class", "logit", "z/T", "softmax", "naive softmax", "log-softmax", "sigmoid", "> τ"]
        var align = [":-:", ":--", "--:", "--:", "--:", "--:", "--:", "--:", ":-:"]
        if a.gradient != nil {
            header.append("∂CE/∂z")
            align.append("--:")
        }
        var lines = [row(header), row(align)]
        for i in 0..<d.count {
            var marks = i == a.argmax ? "★" : ""
            if d.target == i { marks += "◎" }
            var cells = [
                marks, escaped(d.labels[i]), NumberFormat.logit(a.logits[i]).text, NumberFormat.logit(a.scaled(at: i)).text,
                NumberFormat.probability(a.softmax(at: i)).text, NumberFormat.probability(naive.softmax(at: i)).text,
                NumberFormat.number(a.logSoftmax(at: i)).text, NumberFormat.probability(a.sigmoid(at: i)).text,
                a.isAboveThreshold(at: i) ? "✓" : "",
            ]
            if let g = a.gradient(at: i) { cells.append(NumberFormat.number(g).text) }
            lines.append(row(cells))
        }
        var summary = [
            "T = \(NumberFormat.number(a.temperature, digits: 6).text)", d.precision.displayName,
            "argmax \(escaped(d.labels[a.argmax]))",
            "entropy \(NumberFormat.number(a.entropyNats).text) nats (\(NumberFormat.number(a.entropyBits).text) bits)",
        ]
        if let h = f.normalizedEntropy { summary.append("normalized \(NumberFormat.number(h).text)") }
        summary += ["perplexity \(NumberFormat.number(a.perplexity).text)", "logsumexp \(NumberFormat.number(a.logsumexp).text)",
                    "τ = \(NumberFormat.probability(d.threshold).text)"]
        if let t = d.target, let ce = a.crossEntropy {
            summary.append("cross-entropy (target \(escaped(d.labels[t]))) \(NumberFormat.number(ce).text) nats")
        }
        return lines.joined(separator: "\n") + "\n\n" + summary.joined(separator: " · ") + "\n"
    }

    /// CSV with a header row, one row per class (RFC 4180 quoting for labels).
    public static func csv(_ state: ExplorerState) -> String {
        let a = state.analysis
        let d = state.document
        let naive = a.naive
        var header = ["index", "label", "logit", "scaled", "softmax", "naive_softmax", "log_softmax", "sigmoid",
                      "threshold", "above_threshold", "argmax"]
        if a.gradient != nil { header += ["target", "gradient"] }
        var lines = [header.joined(separator: ",")]
        for i in 0..<d.count {
            var cells = [
                String(i), quoted(d.labels[i]), formatPlain(a.logits[i]), formatPlain(a.scaled(at: i)),
                formatPlain(a.softmax(at: i)), formatPlain(naive.softmax(at: i)), formatPlain(a.logSoftmax(at: i)),
                formatPlain(a.sigmoid(at: i)), formatPlain(a.threshold(at: i)), a.isAboveThreshold(at: i) ? "true" : "false",
                i == a.argmax ? "true" : "false",
            ]
            if let g = a.gradient(at: i) { cells += [d.target == i ? "true" : "false", formatPlain(g)] }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// A label inside a Markdown table: a pipe would end the cell, a line break the row, and what
    /// `UnsafeScalar` escapes elsewhere (ESC, bidi overrides) would reach whoever `cat`s the file.
    private static func escaped(_ s: String) -> String {
        var out = ""
        out.appendEscaping(s) { c in
            c == "|" ? "\\|" : c == "\n" ? " " : UnsafeScalar.isEscaped(c) ? c.escaped(asASCII: true) : nil
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (quotes doubled).
    static func quoted(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        var out = "\""
        for c in s { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out + "\""
    }
}
