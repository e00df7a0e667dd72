import LogitCore

/// Target 1: the text parsers the command line and the explorer's fields share. Returns every broken
/// invariant (empty when all hold); the fuzzer crashes on a non-empty result, a test expects it empty.
public enum ParserInvariants {
    public static func check(_ data: [UInt8]) -> [String] {
        var input = FuzzBytes(data)
        let mode = input.byte()
        let text = String(decoding: data.dropFirst(), as: UTF8.self)
        switch mode % 4 {
        case 0, 1: return logitList(text)
        case 2: return labelList(text, expected: Int(mode >> 2) % 8)
        default: return knobs(text, target: Int(Int8(bitPattern: mode)))
        }
    }

    /// Accepted: finite or -inf, not all -inf, one per item, and printed back (as the quit command
    /// line prints them) they read as the same values. Refused: a message naming a real position.
    static func logitList(_ text: String) -> [String] {
        let items = try? LogitListParser.items(text)
        do throws(InputError) {
            let values = try LogitListParser.parse(text)
            var found: [String] = []
            if values.isEmpty { found.append("logits: accepted an empty list") }
            if let bad = values.first(where: { !$0.isAcceptableLogit }) { found.append("logits: accepted \(bad)") }
            if values.allSatisfy({ $0 == -.infinity }) { found.append("logits: accepted an all -inf list") }
            if values.count != items?.count { found.append("logits: \(values.count) values from \(items?.count ?? -1) items") }
            let printed = values.map(formatPlain).joined(separator: ",")
            if let again = try? LogitListParser.parse(printed), again == values {} else {
                found.append("logits: \(printed.debugDescription) does not read back as \(values)")
            }
            return found
        } catch {
            var found = MessageChecks.problems(error.message, context: "logits")
            let m = error.message
            let whole = ["the logit list is empty", "every logit is -inf", "the only logit is -inf"]
            if !whole.contains(where: m.hasPrefix) {
                if let n = MessageChecks.position(in: m, after: "logit") {
                    // Positions count items: at most one more than the separators.
                    let bound = text.unicodeScalars.count + 1
                    if n < 1 || n > bound { found.append("logits: position \(n) out of 1...\(bound): \(m)") }
                } else {
                    found.append("logits: refusal names no position: \(m.debugDescription)")
                }
            }
            return found
        }
    }

    /// Accepted: non-empty names without commas or outer blanks, as many as the commas allow, and
    /// joined back with commas they read as the same names.
    static func labelList(_ text: String, expected: Int) -> [String] {
        do throws(InputError) {
            let labels = try LabelListParser.parse(text, expectedCount: expected == 0 ? nil : expected)
            var found: [String] = []
            if expected != 0 && labels.count != expected { found.append("labels: \(labels.count) for \(expected)") }
            for l in labels {
                if l.isEmpty || l.contains(",") || l.first!.isWhitespace || l.last!.isWhitespace {
                    found.append("labels: accepted \(l.debugDescription)")
                }
            }
            if (try? LabelListParser.parse(labels.joined(separator: ","))) != labels {
                found.append("labels: \(labels) do not read back")
            }
            return found
        } catch {
            return MessageChecks.problems(error.message, context: "labels")
        }
    }

    /// Temperature, threshold, precision and target as typed: accepted values are in their ranges.
    static func knobs(_ text: String, target: Int) -> [String] {
        var found: [String] = []
        _ = NumberParser.parse(Substring(text))
        do throws(InputError) {
            let t = try InputValidation.temperature(text)
            if !(t > 0 && t.isFinite) { found.append("temperature: accepted \(t)") }
        } catch { found += MessageChecks.problems(error.message, context: "temperature") }
        do throws(InputError) {
            let p = try InputValidation.threshold(text)
            if !(p > 0 && p < 1) { found.append("threshold: accepted \(p)") }
        } catch { found += MessageChecks.problems(error.message, context: "threshold") }
        do throws(InputError) {
            _ = try InputValidation.precision(text)
        } catch { found += MessageChecks.problems(error.message, context: "precision") }
        let classes = text.count % 5
        do throws(InputError) {
            let t = try InputValidation.target(target, classCount: classes)
            if !(0..<classes).contains(t) { found.append("target: accepted \(t) of \(classes)") }
        } catch { found += MessageChecks.problems(error.message, context: "target") }
        return found
    }
}
