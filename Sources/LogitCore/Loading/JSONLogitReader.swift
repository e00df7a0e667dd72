/// JSON: an array of numbers (`[2.0, 1.0, 0.1]`), or an object `{"labels": [...], "logits": [...]}`
/// (other keys are checked and skipped). An array of arrays is 2-D: a row must be chosen.
///
/// Read through `JSONScanner`, strict RFC 8259 but for one thing real files hold: Python's
/// `json.dumps` writes −inf as the bare word `-Infinity`, so the scanner's non-finite words are
/// allowed here (and only here). Careful writers use the string `"-inf"`; any string a person
/// would type as a number is read (`NumberParser`), and so are `Infinity` and `NaN` and their
/// strings, which are then refused like any +inf or NaN, with the logit's position named.
struct JSONLogitReader {
    let row: Int?
    let limits: LoadLimits
    var logits: [Double]?
    var labels: [String]?
    /// For an array of arrays: how many rows, and how long the first is.
    var shape: (rows: Int, columns: Int)?

    static func read(_ bytes: [UInt8], name: String, row: Int?, limits: LoadLimits) throws(InputError) -> LoadedLogits {
        var reader = JSONLogitReader(row: row, limits: limits)
        var s = JSONScanner(bytes, options: .init(allowsNonFiniteWords: true))
        do throws(JSONError) {
            switch s.next {
            case .array:
                try reader.readLogits(&s)
            case .object:
                try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in try reader.field(key, &s) }
            case .end, .other:
                throw s.unexpected("a JSON array of numbers or an object with \"logits\"")
            case let kind:
                throw s.error("expected a JSON array of numbers or an object with \"logits\", found a JSON \(kind.noun)")
            }
            try s.finish()
        } catch {
            throw error.inputError(file: name)
        }
        return try reader.loaded(name: name)
    }

    /// What the whole document says, judged once it has been read.
    private func loaded(name: String) throws(InputError) -> LoadedLogits {
        if logits == nil && shape == nil {
            throw InputError("\(name): no \"logits\" key: the object needs {\"logits\": [...]} (and optionally \"labels\")")
        }
        if let (rows, columns) = shape {
            guard let row else {
                throw InputError("\(name): the logits are a 2-D array (\(rows) rows of \(columns)): choose a row (0 to \(rows - 1))")
            }
            guard row < rows else {
                throw InputError("\(name): row \(row) is out of range: the array has \(rows) row\(rows == 1 ? "" : "s") (0 to \(rows - 1))")
            }
        } else if let row {
            throw InputError("\(name): row \(row) was asked for, but the logits are a 1-D array")
        }
        guard let logits, !logits.isEmpty else { throw InputError("\(name): the logits array is empty") }
        if let labels, labels.count != logits.count {
            throw InputError("\(name): \(labels.count) label\(labels.count == 1 ? "" : "s") for \(logits.count) logit\(logits.count == 1 ? "" : "s"): the counts must match")
        }
        return LoadedLogits(logits: logits, labels: labels, format: .json)
    }

    private mutating func field(_ key: String, _ s: inout JSONScanner) throws(JSONError) {
        switch key {
        case "logits":
            if logits != nil || shape != nil { throw s.duplicate(key) }
            guard s.next == .array else { throw s.error("\"logits\" must be an array of numbers") }
            try readLogits(&s)
        case "labels":
            if labels != nil { throw s.duplicate(key) }
            try readLabels(&s)
        default:
            try s.skipValue()
        }
    }

    /// The logits array, or the chosen row of an array of arrays (the others checked and skipped).
    private mutating func readLogits(_ s: inout JSONScanner) throws(JSONError) {
        var probe = s
        probe.offset += 1  // past the [
        guard probe.next == .array else {
            logits = try numbers(&s)
            return
        }
        var rows = 0
        var columns = 0
        try s.readArray { (s: inout JSONScanner, index: Int) throws(JSONError) in
            guard s.next == .array else { throw s.error("expected a row (an array) in the array of arrays") }
            let length: Int
            if index == row {
                let values = try numbers(&s)
                logits = values
                length = values.count
            } else {
                length = try s.skipValue()
            }
            if index == 0 { columns = length }
            rows += 1
        }
        shape = (rows, columns)
    }

    /// One array of logits: JSON numbers fast, and anything else as the command line reads it, so
    /// `"-inf"` and `-Infinity` mask a class and `NaN` or `"+inf"` are refused by the same words.
    private func numbers(_ s: inout JSONScanner) throws(JSONError) -> [Double] {
        var values: [Double] = []
        try s.readNumbers(into: &values, limits: limits) { (s: inout JSONScanner, index: Int) throws(JSONError) -> Double in
            let at = s.offset
            let text: String
            switch s.next {
            case .string: text = try s.readString()
            case .number: text = try s.readNumberText()
            case .null:
                try s.readNull()
                text = "null"
            case .bool: text = try s.readBool() ? "true" : "false"
            case .object, .array: throw s.error("logit \(index + 1) is an \(s.next.noun), not a number")
            case .end, .other: throw s.unexpected("a number")
            }
            do throws(InputError) {
                return try LogitListParser.parseLogit(Substring(text), position: index + 1)
            } catch {
                throw s.error(error.message, at: at)
            }
        }
        return values
    }

    private mutating func readLabels(_ s: inout JSONScanner) throws(JSONError) {
        guard s.next == .array else { throw s.error("\"labels\" must be an array of strings") }
        var values: [String] = []
        try s.readArray { (s: inout JSONScanner, index: Int) throws(JSONError) in
            if index >= limits.maximumEntryCount { throw s.error(limits.refusal(count: index + 1)) }
            guard s.next == .string else { throw s.error("label \(index + 1) is not a string") }
            values.append(try s.readString())
        }
        labels = values
    }
}
