import Foundation

/// A parsed JSON value for the tests. Read with `JSONDecoder`, whose numbers go straight to
/// `Double` (strtod): `JSONSerialization` on this toolchain hands back an `NSDecimalNumber` for
/// some 17-digit numbers whose `doubleValue` is off by a few ulps (30.075411869062677 read as
/// 30.075411869062673), which would blur an exact round-trip check.
enum JSON: Decodable, Equatable, Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case null
    case array([JSON])
    case object([String: JSON])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let x = try? c.decode(Double.self) { self = .number(x) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSON].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSON].self)) }
    }

    static func parse(_ text: String) throws -> JSON {
        try JSONDecoder().decode(JSON.self, from: Data(text.utf8))
    }

    subscript(key: String) -> JSON? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    var array: [JSON]? { if case .array(let a) = self { a } else { nil } }
    var double: Double? { if case .number(let x) = self { x } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
    var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    var int: Int? { double.flatMap { Int(exactly: $0) } }

    /// A report number: a JSON number, or a non-finite one spelled as a string.
    var reportNumber: Double? {
        switch self {
        case .number(let x): x
        case .string("nan"): .nan
        case .string("inf"): .infinity
        case .string("-inf"): -.infinity
        default: nil
        }
    }
}

/// The keys of a `--json` report in the order they are written (one field per line).
func reportKeys(_ text: String) -> [String] {
    text.split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("  \""), let end = line.dropFirst(3).firstIndex(of: "\"") else { return nil }
        return String(line[line.index(line.startIndex, offsetBy: 3)..<end])
    }
}
