import LogitCore

/// Target 2: the file loaders, on any bytes. The first byte chooses the format (forced, or detected
/// from a name), the row and the reader; the rest is the file. The limit is small so that a file
/// promising more values is refused before anything large is allocated.
public enum LoaderInvariants {
    public static let limits = LoadLimits(maximumEntryCount: 512)
    /// For the expanded files: room for a vocabulary-sized vector.
    public static let bigLimits = LoadLimits(maximumEntryCount: 1 << 20)
    static let names = ["logits", "logits.txt", "logits.csv", "logits.json", "logits.npy", "-"]

    /// Byte 0: 0xF0 and above reads a vocabulary, 0xE0 and above judges a `.npy` header alone,
    /// 0xD0 and above loads a big or deep file made by `FuzzExpansion` from the rest (as JSON when
    /// bit 0 is clear, else detected, named `logits`); otherwise the format (`% 5`: detected, text,
    /// csv, json, npy) and the name (`/ 5 % 6`). Byte 1 (`% 8`): 0–3 no row, 4–7 row -1, 0, 1, 2.
    /// The rest is the file.
    public static func check(_ data: [UInt8]) -> [String] {
        var input = FuzzBytes(data)
        let mode = input.byte()
        if mode >= 0xF0 { return vocabulary(Array(data.dropFirst())) }
        if mode >= 0xE0 { return npyHeader(Array(data.dropFirst())) }
        let rowByte = Int(input.byte() % 8)
        let row: Int? = rowByte < 4 ? nil : rowByte - 5
        if mode >= 0xD0 {
            let file = FuzzExpansion.expand(&input)
            return load(file, name: "logits", format: mode & 1 == 0 ? .json : nil, row: row, limits: bigLimits)
        }
        let formats: [LogitFileFormat?] = [nil] + LogitFileFormat.allCases
        let format = formats[Int(mode) % formats.count]
        let name = names[Int(mode) / formats.count % names.count]
        return load(Array(data.dropFirst(2)), name: name, format: format, row: row, limits: limits)
    }

    /// Accepted: 1 to `limits` logits, each finite or -inf, not all -inf, labels (if any) one per
    /// logit, in the format forced. Refused: a message that names the file and carries no control
    /// character.
    static func load(_ file: [UInt8], name: String, format: LogitFileFormat?, row: Int?, limits: LoadLimits) -> [String] {
        let context = "load \(format?.rawValue ?? "detected") \(name) row \(row.map(String.init) ?? "nil")"
        do throws(InputError) {
            let loaded = try LogitFileLoader.load(file, name: name, format: format, row: row, limits: limits)
            var found: [String] = []
            let n = loaded.logits.count
            if n == 0 || n > limits.maximumEntryCount { found.append("\(context): \(n) logits accepted") }
            if let bad = loaded.logits.first(where: { !$0.isAcceptableLogit }) { found.append("\(context): accepted \(bad)") }
            if loaded.logits.allSatisfy({ $0 == -.infinity }) { found.append("\(context): accepted all -inf") }
            if let labels = loaded.labels, labels.count != n { found.append("\(context): \(labels.count) labels for \(n) logits") }
            if let format, loaded.format != format { found.append("\(context): read as \(loaded.format)") }
            if loaded.sourcePrecision != nil && !loaded.format.isArray { found.append("\(context): a source precision for \(loaded.format)") }
            return found
        } catch {
            var found = MessageChecks.problems(error.message, context: context)
            if !error.message.hasPrefix("\(name): ") { found.append("\(context): refusal does not name the file: \(error.message.debugDescription)") }
            return found
        }
    }

    /// The header alone, as a chunked reader judges it: any promised size beyond the limit is refused.
    static func npyHeader(_ file: [UInt8]) -> [String] {
        var found: [String] = []
        if let length = NpyHeader.headerLength(prefix: file), length < 10 { found.append("npy: header length \(length)") }
        do throws(InputError) {
            let header = try NpyHeader(prefix: file, name: "h.npy", limits: limits)
            if header.count > limits.maximumEntryCount || header.count < 0 { found.append("npy: count \(header.count) accepted") }
            if header.dataOffset > file.count { found.append("npy: data offset \(header.dataOffset) past \(file.count) bytes") }
            for row in [nil, 0, 1] as [Int?] {
                if let s = try? header.selection(row: row, name: "h.npy") {
                    let last = s.firstValue + (s.count - 1) * s.stride
                    if s.count < 1 || s.firstValue < 0 || last >= header.count { found.append("npy: selection \(s) of \(header.shape)") }
                }
            }
        } catch {
            found += MessageChecks.problems(error.message, context: "npy header")
        }
        return found
    }

    /// Accepted: 1 to `limits` labels, none empty, none holding a line end.
    static func vocabulary(_ file: [UInt8]) -> [String] {
        do throws(InputError) {
            let labels = try VocabularyReader.read(file, name: "vocab.txt", limits: limits)
            var found: [String] = []
            if labels.isEmpty || labels.count > limits.maximumEntryCount { found.append("vocab: \(labels.count) labels accepted") }
            if labels.contains(where: { $0.isEmpty || $0.unicodeScalars.contains("\n") }) { found.append("vocab: an empty or multi-line label") }
            return found
        } catch {
            var found = MessageChecks.problems(error.message, context: "vocab")
            if !error.message.hasPrefix("vocab.txt: ") { found.append("vocab: refusal does not name the file") }
            return found
        }
    }
}
