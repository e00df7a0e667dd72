/// The rules for the knobs, shared by the command line and the explorer's input fields.
public enum InputValidation {
    /// Temperature: positive and finite (HuggingFace refuses T = 0 too; greedy decoding is argmax).
    public static func temperature(_ text: String) throws(InputError) -> Double {
        guard let t = NumberParser.parse(Substring(text).trimmingBlanks()) else {
            throw InputError("temperature \"\(Substring(text).escapedForMessage)\" is not a number")
        }
        return try temperature(t)
    }

    public static func temperature(_ t: Double) throws(InputError) -> Double {
        if t.isNaN { throw InputError("temperature is NaN: it must be a positive, finite number") }
        if t.isInfinite { throw InputError("temperature is \(t > 0 ? "inf" : "-inf"): it must be a positive, finite number") }
        if t == 0 { throw InputError("temperature is 0: it must be positive (T = 0 is greedy decoding, which is the argmax)") }
        if t < 0 { throw InputError("temperature is \(formatPlain(t)): it must be positive") }
        return t
    }

    /// Sigmoid threshold: a probability strictly between 0 and 1 (at 0 or 1 its logit is ∓inf).
    public static func threshold(_ text: String) throws(InputError) -> Double {
        guard let p = NumberParser.parse(Substring(text).trimmingBlanks()) else {
            throw InputError("threshold \"\(Substring(text).escapedForMessage)\" is not a number")
        }
        return try threshold(p)
    }

    public static func threshold(_ p: Double) throws(InputError) -> Double {
        guard p > 0 && p < 1 else {
            throw InputError("threshold is \(p.isNaN ? "NaN" : formatPlain(p)): it must be a probability strictly between 0 and 1")
        }
        return p
    }

    public static func precision(_ text: String) throws(InputError) -> Precision {
        guard let p = Precision(name: text.trimmingCharactersInBlanks) else {
            throw InputError("precision \"\(Substring(text).escapedForMessage)\" is unknown: use float16, float32, float64 or bfloat16 (or f16, f32, f64, bf16)")
        }
        return p
    }

    /// The online softmax's block size: a whole number from 1 (one larger than the class count
    /// makes a single block).
    public static func block(_ text: String) throws(InputError) -> Int {
        let trimmed = Substring(text).trimmingBlanks()
        guard let b = NumberParser.parse(trimmed), b == b.rounded() else {
            throw InputError("block \"\(trimmed.escapedForMessage)\" is not a whole number: \(blockMeaning)")
        }
        return try block(b)
    }

    /// The same rule for a number already read (a session's `online_block`).
    public static func block(_ b: Double) throws(InputError) -> Int {
        guard b == b.rounded(), b.magnitude < 1e15 else {
            throw InputError("block \(formatPlain(b)) is not a whole number: \(blockMeaning)")
        }
        guard b >= 1 else { throw InputError("block \(formatPlain(b)) is too small: \(blockMeaning)") }
        return Int(b)
    }

    private static let blockMeaning = "it is how many classes the online softmax takes at a time, 1 or more"

    /// Target class: a 0-based index into the logits.
    public static func target(_ t: Int, classCount: Int) throws(InputError) -> Int {
        guard (0..<classCount).contains(t) else {
            throw InputError("target \(t) is out of range: with \(classCount) class\(classCount == 1 ? "" : "es") it must be 0 to \(classCount - 1)")
        }
        return t
    }
}

extension String {
    var trimmingCharactersInBlanks: String { String(Substring(self).trimmingBlanks()) }
}
