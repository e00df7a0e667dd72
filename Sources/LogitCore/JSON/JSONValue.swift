/// A JSON value whose objects keep their fields in the order they were built (or read).
///
/// The report and the session file are written from it, and `JSONScanner.readValue` reads a
/// modest document into it (an API response with its logprobs), numbers kept as their text
/// (`numeral`) so that nothing is rounded before a reader decides what a number is: `double`,
/// `integer(_:)`. A tree is for documents of a few thousand values; vectors are streamed
/// (`JSONScanner.readNumbers`).
///
/// Hand-written rather than Foundation's `JSONEncoder` because the report's contract needs two
/// things that encoder does not give on this toolchain (Swift 6.3.1, Linux): it writes an object's
/// keys in hash order (or sorted, with `.sortedKeys`), never in the order PRODUCT.md lists them; and
/// it drops the `.0` of whole numbers while spelling non-finite numbers only through a global
/// strategy. Here a number is written as Swift's shortest round-trip `description` of the Double
/// (`0.1`, `-0.0`, `5e-324`, `1e+300`: every one valid JSON that reads back to the same bits, and no
/// locale is involved), and a non-finite number as the string `"nan"`, `"inf"` or `"-inf"`, the
/// report's spelling. It also keeps LogitCore free of Foundation.
public indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    /// A finite number is written in shortest round-trip form; a non-finite one as a string.
    case number(Double)
    case integer(Int)
    /// A whole number from 0 to 2⁶⁴ − 1 (a seed), written in full.
    case unsigned(UInt64)
    /// A number as a document wrote it (JSON's grammar, or a non-finite word where the scanner
    /// allowed one), written back as is.
    case numeral(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([JSONField])

    /// The value on one line, no spaces but after `:` and `,`.
    public var compact: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// An object with one field per line (arrays stay on their field's line), so a report reads
    /// well in a terminal and diffs line by line; any other value as `compact`.
    public var pretty: String {
        guard case .object(let fields) = self, !fields.isEmpty else { return compact + "\n" }
        var out = "{\n"
        for (n, field) in fields.enumerated() {
            out += "  "
            JSONValue.writeString(field.key, to: &out)
            out += ": "
            field.value.write(to: &out)
            out += n + 1 < fields.count ? ",\n" : "\n"
        }
        out += "}\n"
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .number(let x): out += JSONValue.numberText(x)
        case .integer(let i): out += String(i)
        case .unsigned(let u): out += String(u)
        case .numeral(let text): out += text
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (n, item) in items.enumerated() {
                if n > 0 { out += ", " }
                item.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (n, field) in fields.enumerated() {
                if n > 0 { out += ", " }
                JSONValue.writeString(field.key, to: &out)
                out += ": "
                field.value.write(to: &out)
            }
            out += "}"
        }
    }

    /// `description` is the shortest text that parses back to the same Double (Swift's
    /// Errol/Ryu-style printing) and never uses a locale; JSON accepts all its forms (`1e-05`,
    /// `1e+16`, `-0.0`). Non-finite values have no JSON number spelling.
    public static func numberText(_ x: Double) -> String {
        if x.isNaN { return "\"nan\"" }
        if x == .infinity { return "\"inf\"" }
        if x == -.infinity { return "\"-inf\"" }
        return x.description
    }

    /// RFC 8259 escaping: quote, backslash and the C0 controls; also what `UnsafeScalar.isEscaped`
    /// names (DEL, the C1 controls, the line separators, the bidi controls), so a label cannot
    /// drive or reorder the terminal a report is printed on; everything else (UTF-8 included) is
    /// written as is.
    public static func writeString(_ s: String, to out: inout String) {
        out += "\""
        out.appendEscaping(s, escape)
        out += "\""
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\u{08}": "\\b"
        case "\u{0C}": "\\f"
        case _ where UnsafeScalar.isEscaped(scalar):
            "\\u" + String(hex: scalar.value, digits: 4)
        default: nil
        }
    }
}

/// One field of a JSON object: objects are arrays of these so their order is the order built.
public struct JSONField: Equatable, Sendable {
    public let key: String
    public let value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
