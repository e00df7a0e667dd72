/// `--targets`: one token id or class per row, `-1` for none. For a generation these are the tokens
/// it produced (HuggingFace's `sequences[0, prompt_length:]`), for a dataset the true classes.
///
/// Given as a list (`17,42,-1`), a text file with one per line (or commas, or blanks), or an
/// integer `.npy` (`np.save("targets.npy", ids)`, any integer dtype, 1-D, or [1, rows]). The count
/// must equal the rows, and each must be -1 or a class of the rows (0 to classes − 1): refused
/// otherwise, naming the first that is not.
public enum RowTargets {
    /// The targets in `text` (a list, or a text file's contents); `source` names it in messages
    /// (`--targets`, or the file's name).
    public static func parse(_ text: String, rows: Int, classes: Int, source: String) throws(InputError) -> [Int?] {
        let items: [LogitListParser.Item]
        do {
            items = try LogitListParser.items(text, noun: "target")
        } catch {
            throw InputError("\(source): \(error.message)")
        }
        var values: [Int] = []
        values.reserveCapacity(items.count)
        for item in items {
            guard let v = Int(item.text) else {
                throw InputError("\(source): target \(item.position) is \"\(item.text.escapedForMessage)\": not a whole number (a token id, or -1 for none)")
            }
            values.append(v)
        }
        return try check(values, rows: rows, classes: classes, source: source)
    }

    /// The targets in an integer `.npy` file's bytes.
    public static func parseNpy(_ bytes: [UInt8], rows: Int, classes: Int, source: String) throws(InputError) -> [Int?] {
        guard bytes.starts(with: NpyHeader.magic), let end = NpyHeader.headerLength(prefix: bytes), end <= bytes.count else {
            throw InputError("\(source): not a complete .npy file (truncated?)")
        }
        let lengthFieldEnd = bytes[6] == 1 ? 10 : 12
        let dict = try PythonLiteral.parseDict(String(decoding: bytes[lengthFieldEnd..<end], as: UTF8.self), name: source)
        guard case .string(let descr)? = dict["descr"], case .tuple(let shape)? = dict["shape"] else {
            throw InputError("\(source): the .npy header has no 'descr' and 'shape'")
        }
        if case .bool(true)? = dict["fortran_order"], shape.count > 1, shape[0] != 1 {
            throw InputError("\(source): the targets are a Fortran-order array of shape \(NpyHeader.describe(shape)): save a 1-D array")
        }
        guard shape.count == 1 || (shape.count == 2 && shape[0] == 1) else {
            throw InputError("\(source): the targets have shape \(NpyHeader.describe(shape)): one id per row is a 1-D array")
        }
        let count = shape.last!
        let order = descr.first
        let kind = descr.dropFirst()
        guard order == "<" || order == ">" || order == "|" || order == "=",
              let size = ["i1": 1, "u1": 1, "i2": 2, "u2": 2, "i4": 4, "u4": 4, "i8": 8, "u8": 8][String(kind)] else {
            throw InputError("\(source): dtype '\(Substring(descr).escapedForMessage)' is not an integer type: the targets are token ids (int32 or int64)")
        }
        let signed = kind.first == "i"
        let little = order != ">"
        guard count <= rows, bytes.count - end >= count * size else {
            throw InputError(count > rows
                ? "\(source): \(count) targets for \(rows) row\(rows == 1 ? "" : "s"): one per row"
                : "\(source): truncated: \(count) targets need \(count * size) bytes")
        }
        var values: [Int] = []
        values.reserveCapacity(count)
        bytes.withUnsafeBytes { raw in
            for k in 0..<count {
                var bits: UInt64 = 0
                for b in 0..<size {
                    let byte = UInt64(raw[end + k * size + (little ? b : size - 1 - b)])
                    bits |= byte << (8 * UInt64(b))
                }
                if signed, size < 8, bits & (1 << (8 * UInt64(size) - 1)) != 0 { bits |= ~0 << (8 * UInt64(size)) }
                values.append(signed ? Int(Int64(bitPattern: bits)) : (bits > UInt64(Int.max) ? Int.max : Int(bits)))
            }
        }
        return try check(values, rows: rows, classes: classes, source: source)
    }

    static func check(_ values: [Int], rows: Int, classes: Int, source: String) throws(InputError) -> [Int?] {
        guard values.count == rows else {
            throw InputError("\(source): \(values.count) target\(values.count == 1 ? "" : "s") for \(rows) row\(rows == 1 ? "" : "s"): give one per row (-1 for none)")
        }
        for (i, v) in values.enumerated() where v != -1 && !(0..<classes).contains(v) {
            throw InputError("\(source): target \(i + 1) (row \(i)) is \(v): out of range, the rows have classes 0 to \(classes - 1) (-1 for none)")
        }
        return values.map { $0 == -1 ? nil : $0 }
    }
}
