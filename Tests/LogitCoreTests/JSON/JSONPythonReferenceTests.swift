import Foundation
import Testing
@testable import LogitCore

/// The scanner against Python's `json` module on tricky documents: what
/// `scripts/reference/make_json_reference.py` recorded `json.loads` decoding each one to (or where
/// it refused it), in `Tests/Reference/json-reference.json`. Where the scanner departs from Python
/// on purpose (lone surrogates, a key twice, nesting past 128, the non-finite words), the file
/// says so case by case.
@Suite struct JSONPythonReferenceTests {
    struct File: Decodable {
        let python: String
        let cases: [Case]
    }

    struct Case: Decodable, CustomTestStringConvertible {
        let name: String
        let pieces: [Piece]
        let ours: String
        let place: String?
        let python: Verdict
        var testDescription: String { name }

        var bytes: [UInt8] { pieces.flatMap { piece in (0..<piece.count).flatMap { _ in piece.bytes } } }
    }

    /// Bytes (hex) repeated `count` times.
    struct Piece: Decodable {
        let bytes: [UInt8]
        let count: Int

        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            let hex = Array(try c.decode(String.self).utf8)
            bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0..<($0 + 2)], as: UTF8.self), radix: 16)! }
            count = try c.decode(Int.self)
        }
    }

    struct Verdict: Decodable {
        let accepted: Bool
        let value: Typed?
        let why: String?
        let line: Int?
        let column: Int?
    }

    /// A value as Python decoded it: strings as code points, floats as bits, ints as digits.
    struct Typed: Decodable {
        let t: String
        let v: Bool?
        let digits: String?
        let bits: String?
        let cp: [UInt32]?
        let items: [Typed]?
        let keys: [[UInt32]]?
        let values: [Typed]?
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference/json-reference.json")
        do {
            return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
        } catch {
            fatalError("cannot read \(url.path): \(error) (run scripts/reference/make_json_reference.py)")
        }
    }()

    /// Whether our tree holds what Python decoded.
    static func matches(_ ours: JSONValue, _ python: Typed) -> Bool {
        switch (python.t, ours) {
        case ("null", .null): return true
        case ("bool", .bool(let b)): return b == python.v
        case ("int", .numeral(let text)):
            let digits = python.digits!
            if let exact = Int64(digits) { return ours.integer(Int64.self) == exact }
            if let exact = UInt64(digits) { return ours.integer(UInt64.self) == exact }
            return text == digits  // past 64 bits: the digits as written
        case ("float", .numeral):
            return ours.double?.bitPattern == UInt64(python.bits!, radix: 16)
        case ("str", .string(let s)): return s.unicodeScalars.map(\.value) == python.cp
        case ("list", .array(let items)):
            return items.count == python.items!.count && zip(items, python.items!).allSatisfy { matches($0, $1) }
        case ("dict", .object(let fields)):
            return fields.map { $0.key.unicodeScalars.map(\.value) } == python.keys!
                && zip(fields, python.values!).allSatisfy { matches($0.value, $1) }
        default: return false
        }
    }

    static func read(_ bytes: [UInt8], words: Bool = false) -> Result<JSONValue, JSONError> {
        Result { () throws(JSONError) in try JSONValue.read(bytes, options: .init(allowsNonFiniteWords: words)) }
    }

    /// The scanner's walk (skip, then nothing after) agrees with its tree on every document.
    static func walks(_ bytes: [UInt8]) -> Bool {
        var s = JSONScanner(bytes)
        do throws(JSONError) {
            try s.skipValue()
            try s.finish()
            return true
        } catch {
            return false
        }
    }

    @Test func theFileCoversEveryVerdict() {
        #expect(Self.cases.count >= 50)
        #expect(Set(Self.cases.map(\.ours)) == ["same", "refuse", "words"])
    }

    @Test(arguments: cases)
    func agreesWithPython(_ c: Case) throws {
        let bytes = c.bytes
        switch (c.ours, c.python.accepted) {
        case ("same", true):
            let value = try Self.read(bytes).get()
            #expect(Self.matches(value, c.python.value!))
            #expect(Self.walks(bytes))
        case ("same", false):
            guard case .failure(let error) = Self.read(bytes) else {
                Issue.record("accepted what Python refuses (\(c.python.why ?? ""))")
                return
            }
            #expect(!Self.walks(bytes))
            if let line = c.python.line, let column = c.python.column, c.place == nil {
                #expect(error.line == line && error.column == column, "Python: \(c.python.why!) at \(line):\(column); ours: \(error)")
            }
        case ("refuse", true):
            #expect(throws: JSONError.self) { try Self.read(bytes).get() }
        case ("words", true):
            #expect(throws: JSONError.self) { try Self.read(bytes).get() }
            #expect(Self.matches(try Self.read(bytes, words: true).get(), c.python.value!))
        default:
            Issue.record("case \(c.name): unknown verdict \(c.ours) for Python's \(c.python.accepted)")
        }
    }
}
