/// CSV with a value column and an optional label column, the way `df.to_csv` and spreadsheets
/// write logits: a header row or none, fields in double quotes when they hold commas or quotes
/// (RFC 4180, `""` for a quote inside), `\n` or `\r\n` line ends.
///
/// Which column is which is decided from the data, not from its position:
/// - the value column is the one whose every data field is a number; a header may settle a choice
///   between several by naming one `logit(s)`, `score(s)` or `value(s)`, and a column counting
///   0, 1, 2, … or 1, 2, 3, … (an index or token id) is passed over;
/// - the label column is the first column that is not all numbers (or the one a header names
///   `label(s)`, `token(s)`, `name(s)`, `class(es)` or `word(s)`). A column of labels that all
///   read as numbers is therefore taken for numbers.
/// - the first row is a header when the value column's first field is not a number.
enum CSVLogitReader {
    struct Record {
        let line: Int
        let fields: [String]
    }

    static func read(_ bytes: [UInt8], name: String, limits: LoadLimits) throws(InputError) -> LoadedLogits {
        let records = try parseRecords(bytes, name: name, limits: limits)
        guard let first = records.first else { throw InputError("\(name): no rows in the file") }
        let width = first.fields.count
        for r in records where r.fields.count != width {
            throw InputError("\(name): line \(r.line) has \(r.fields.count) field\(r.fields.count == 1 ? "" : "s") but line \(first.line) has \(width): every row needs the same columns")
        }

        func isNumber(_ s: String) -> Bool { NumberParser.parse(Substring(s).trimmingBlanks()) != nil }
        let rest = records.dropFirst()
        // Columns numeric in every row after the first; the first row then says whether it is a header.
        let numericBelowFirst = (0..<width).filter { c in rest.allSatisfy { isNumber($0.fields[c]) } }
        let hasHeader = records.count > 1 && numericBelowFirst.contains { !isNumber(first.fields[$0]) }
        let data = hasHeader ? Array(rest) : records
        let numeric = hasHeader ? numericBelowFirst : numericBelowFirst.filter { isNumber(first.fields[$0]) }
        let header = hasHeader ? first.fields.map { Substring($0).trimmingBlanks().lowercased() } : nil
        if data.isEmpty { throw InputError("\(name): only a header row, no values") }

        let valueColumn = try chooseValueColumn(numeric: numeric, header: header, data: data, width: width, name: name)
        let labelColumn = chooseLabelColumn(numeric: numeric, header: header, width: width)

        try limits.check(data.count, name: name)
        var logits: [Double] = []
        logits.reserveCapacity(data.count)
        for r in data {
            let text = Substring(r.fields[valueColumn]).trimmingBlanks()
            do {
                logits.append(try LogitListParser.parseLogit(text, position: logits.count + 1))
            } catch {
                throw InputError("\(name): line \(r.line), column \(valueColumn + 1): \(error.message)")
            }
        }
        let labels = labelColumn.map { c in data.map { String(Substring($0.fields[c]).trimmingBlanks()) } }
        return LoadedLogits(logits: logits, labels: labels, format: .csv)
    }

    static let valueNames: Set<String> = ["logit", "logits", "score", "scores", "value", "values"]
    static let labelNames: Set<String> = ["label", "labels", "token", "tokens", "name", "names", "class", "classes", "word", "words"]

    static func chooseValueColumn(numeric: [Int], header: [String]?, data: [Record], width: Int, name: String) throws(InputError) -> Int {
        if numeric.isEmpty {
            throw InputError("\(name): no column holds only numbers: a CSV needs a column of logits")
        }
        if numeric.count == 1 { return numeric[0] }
        if let header, let named = numeric.first(where: { valueNames.contains(header[$0]) }) { return named }
        let notIndex = numeric.filter { !isIndexColumn($0, data) }
        if notIndex.count == 1 { return notIndex[0] }
        let columns = numeric.map { String($0 + 1) }.joined(separator: ", ")
        throw InputError("\(name): columns \(columns) all hold numbers: name the logits column \"logit\" in a header row")
    }

    static func chooseLabelColumn(numeric: [Int], header: [String]?, width: Int) -> Int? {
        let text = (0..<width).filter { !numeric.contains($0) }
        if let header, let named = text.first(where: { labelNames.contains(header[$0]) }) { return named }
        return text.first
    }

    /// 0, 1, 2, … or 1, 2, 3, … down the rows: a row number or token id, not a logit.
    static func isIndexColumn(_ c: Int, _ data: [Record]) -> Bool {
        guard let start = NumberParser.parse(Substring(data[0].fields[c]).trimmingBlanks()), start == 0 || start == 1 else { return false }
        for (n, r) in data.enumerated() {
            if NumberParser.parse(Substring(r.fields[c]).trimmingBlanks()) != start + Double(n) { return false }
        }
        return true
    }

    /// Splits into records and fields. Blank lines are skipped; a quoted field may span lines.
    static func parseRecords(_ bytes: [UInt8], name: String, limits: LoadLimits) throws(InputError) -> [Record] {
        let body = bytes.droppingUTF8BOM
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var i = body.startIndex
        var fieldWasQuoted = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].allSatisfy(\.isWhitespace)
            if !blank { records.append(Record(line: recordLine, fields: fields)) }
            // A new array, not one keeping the capacity: the record just stored shares this one's
            // storage, so keeping it would give every later record a copy as wide as the widest
            // (the loader fuzzer's file of one 10,000-field row then 10⁵ short ones took 2 GB).
            fields = []
        }

        while i < body.endIndex {
            let b = body[i]
            if b == quote && field.allSatisfy(\.isASCIIBlank) && !fieldWasQuoted {
                // A quoted field: up to the closing quote, "" standing for one quote.
                let openLine = line
                field.removeAll(keepingCapacity: true)
                i += 1
                var closed = false
                while i < body.endIndex {
                    let c = body[i]
                    if c == quote {
                        if i + 1 < body.endIndex, body[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if c == newline { line += 1 }
                    field.append(c)
                    i += 1
                }
                if !closed {
                    throw InputError("\(name): line \(openLine): a quoted field is never closed (a missing \")")
                }
                fieldWasQuoted = true
                // Only blanks may follow the closing quote before the separator.
                while i < body.endIndex, body[i] == UInt8(ascii: " ") || body[i] == UInt8(ascii: "\t") { i += 1 }
                if i < body.endIndex, body[i] != comma, body[i] != newline, body[i] != cr {
                    throw InputError("\(name): line \(line): text after a closing quote (write \"\" for a quote inside a quoted field)")
                }
                continue
            }
            if b == comma {
                endField()
            } else if b == newline {
                endRecord()
                if records.count > limits.maximumEntryCount + 1 { try limits.check(records.count, name: name) }
                line += 1
                recordLine = line
            } else if b == cr, i + 1 < body.endIndex, body[i + 1] == newline {
                // \r\n: the \n ends the record.
            } else if !fieldWasQuoted {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
