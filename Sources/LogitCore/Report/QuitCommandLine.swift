/// The command line that reproduces a document, printed when the explorer quits so nothing is lost:
/// `logitscope --logits=2,1,0.1 --labels=News,Entertainment,Technology -t 1 --precision float64`,
/// then `--threshold`, `--target` and `--class-thresholds` when they differ from the defaults.
///
/// Made to be pasted into a shell and read back by `DocumentArguments` to the same document, bit for
/// bit: numbers in shortest round-trip form (`-0` and `-inf` kept), list flags in `--flag=value`
/// form so a negative first logit cannot pass for an option, labels shell-quoted.
public enum QuitCommandLine {
    public static func make(_ document: LogitDocument, command: String = "logitscope") -> String {
        var words = [command]
        words.append("--logits=" + document.logits.map(number).joined(separator: ","))
        words.append("--labels=" + shellQuoted(document.labels.joined(separator: ",")))
        words.append(contentsOf: ["-t", number(document.temperature)])
        words.append(contentsOf: ["--precision", document.precision.rawValue])
        if document.threshold != LogitDocument.seed.threshold {
            words.append(contentsOf: ["--threshold", number(document.threshold)])
        }
        if let t = document.target {
            words.append(contentsOf: ["--target", String(t)])
        }
        if document.classThresholds.contains(where: { $0 != nil }) {
            words.append("--class-thresholds=" + document.classThresholds.map { $0.map(number) ?? "-" }.joined(separator: ","))
        }
        return words.joined(separator: " ")
    }

    /// `formatPlain`, except that it keeps the sign of −0 (a document holds what was typed).
    static func number(_ x: Double) -> String {
        x == 0 && x.sign == .minus ? "-0" : formatPlain(x)
    }
}
