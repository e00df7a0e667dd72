/// Reads a list of logits: numbers separated by commas, spaces, tabs or newlines
/// (`2.0, 1.0, 0.1`, `2 1 0.1`, `-inf,3`), optionally wrapped in the brackets Python and NumPy print
/// (`[2.0, 1.0, 0.1]`). Every refusal names the item and its 1-based position.
public enum LogitListParser {
    /// One item of the list as the user wrote it.
    public struct Item: Equatable, Sendable {
        public let position: Int
        public let text: Substring
    }

    /// Splits the text into items. With commas present, the commas separate (and spaces around them
    /// are ignored); an item that is empty or only blanks is refused (`1,,2`, a trailing comma).
    /// Without commas, runs of whitespace separate.
    public static func items(_ text: String, noun: String = "logit") throws(InputError) -> [Item] {
        var body = Substring(text).trimmingBlanks()
        if let first = body.first, let last = body.last, body.count >= 2,
           (first == "[" && last == "]") || (first == "(" && last == ")") {
            body = body.dropFirst().dropLast().trimmingBlanks()
        }
        if body.isEmpty { throw InputError("the \(noun) list is empty") }
        var pieces: [Substring] = []
        if body.contains(",") {
            for (n, piece) in body.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                let trimmed = piece.trimmingBlanks()
                if trimmed.isEmpty {
                    throw InputError("\(noun) \(n + 1) is empty (two commas in a row, or a comma at an end)")
                }
                // "1 2, 3" is ambiguous: refuse rather than guess.
                if trimmed.contains(where: \.isBlank) {
                    throw InputError("\(noun) \(n + 1) is \"\(trimmed.escapedForMessage)\": not a number (use commas or spaces to separate, not both)")
                }
                pieces.append(trimmed)
            }
        } else {
            pieces = body.split(whereSeparator: \.isBlank)
        }
        return pieces.enumerated().map { Item(position: $0.offset + 1, text: $0.element) }
    }

    /// Parses and validates logits: finite numbers or −inf (a masked class); NaN, +inf and text are
    /// refused, and so is a list whose every entry is −inf (softmax is undefined there).
    public static func parse(_ text: String) throws(InputError) -> [Double] {
        let values = try items(text).map { (item: Item) throws(InputError) -> Double in
            try parseLogit(item.text, position: item.position)
        }
        if values.allSatisfy({ $0 == -.infinity }) {
            throw InputError(values.count == 1
                ? "the only logit is -inf: softmax is undefined when every class is masked"
                : "every logit is -inf: softmax is undefined when every class is masked")
        }
        return values
    }

    /// One logit, as typed into the explorer or read from a list. `position` is 1-based.
    public static func parseLogit(_ text: Substring, position: Int) throws(InputError) -> Double {
        let shown = text.count > 40 ? text.prefix(40) + "…" : text
        guard let value = NumberParser.parse(text) else {
            throw InputError("logit \(position) is \"\(shown.escapedForMessage)\": not a number")
        }
        if value.isNaN {
            throw InputError("logit \(position) is NaN: a logit must be a number (-inf masks a class)")
        }
        if value == .infinity {
            throw InputError("logit \(position) is +inf: only -inf is allowed (it masks a class)")
        }
        return value
    }
}

extension Character {
    var isBlank: Bool { isWhitespace }
}

extension Substring {
    /// Without the blanks at either end. Found by index, once from each end: dropping the last
    /// character one at a time counted the whole field each time (quadratic: a CSV field with 1,000
    /// trailing blanks after 330 kB took the loader fuzzer 14 s).
    public func trimmingBlanks() -> Substring {
        guard let first = firstIndex(where: { !$0.isBlank }), let last = lastIndex(where: { !$0.isBlank }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }

    /// What `UnsafeScalar.isEscaped` names (controls, line separators, bidi controls) shown as
    /// Swift escapes (`\u{1B}`), so an error message can never drive or reorder the terminal.
    public var escapedForMessage: String {
        var out = ""
        for scalar in unicodeScalars {
            if UnsafeScalar.isEscaped(scalar) {
                out += scalar.escaped(asASCII: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
