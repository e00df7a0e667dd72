import Foundation
import LogitCore
import LogitReport
import Testing

/// The ordered JSON writer: numbers that read back to the same bits, the report's spellings of
/// non-finite numbers, RFC 8259 string escapes, fields in the order built.
@Suite struct ReportJSONValueTests {
    /// Python's `repr` of each double (the same shortest round-trip digits): 0.1, -0.0, 5e-324,
    /// 1e+300, 1e-05, 1e+16, 1.7976931348623157e+308, 2.2250738585072014e-308.
    @Test(arguments: [
        (0.1, "0.1"), (-0.0, "-0.0"), (Double.leastNonzeroMagnitude, "5e-324"), (1e300, "1e+300"),
        (1e-5, "1e-05"), (1e16, "1e+16"), (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
        (Double.leastNormalMagnitude, "2.2250738585072014e-308"), (2, "2.0"),
        (Double(Float(0.1)), "0.10000000149011612"), (Double(Float16(0.1)), "0.0999755859375"),
    ])
    func shortestRoundTripNumbers(_ x: Double, _ text: String) throws {
        #expect(JSONValue.number(x).compact == text)
        #expect(Double(text)?.bitPattern == x.bitPattern)
        // Valid JSON, read back to the same bits by a JSON parser too.
        let back = try JSONDecoder().decode([Double].self, from: Data("[\(text)]".utf8))
        #expect(back.first?.bitPattern == x.bitPattern)
    }

    @Test func nonFiniteNumbersAreStrings() {
        #expect(JSONValue.array([.number(.nan), .number(.infinity), .number(-.infinity)]).compact
            == #"["nan", "inf", "-inf"]"#)
    }

    @Test func randomDoublesRoundTrip() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10_000 {
            let x = Double(bitPattern: generator.next())
            guard x.isFinite else { continue }
            #expect(Double(JSONValue.number(x).compact)?.bitPattern == x.bitPattern)
        }
    }

    @Test func stringsAreEscaped() throws {
        let tricky = "say \"hi\" \\ tab\t nl\n cr\r bell\u{07} del\u{7F} naïve 中文 🙂 \u{2028}"
        let text = JSONValue.string(tricky).compact
        // DEL and U+2028 escaped too, so a label cannot drive the terminal (HostileTextTests).
        #expect(text == #""say \"hi\" \\ tab\t nl\n cr\r bell\u0007 del\u007f naïve 中文 🙂 \u2028""#)
        #expect(try JSONDecoder().decode(String.self, from: Data(text.utf8)) == tricky)
    }

    @Test func objectsKeepTheirOrder() {
        let value = JSONValue.object([
            JSONField("zeta", .integer(1)), JSONField("alpha", .bool(true)), JSONField("mid", .null),
            JSONField("list", .array([.number(1.5), .string("x")])),
        ])
        #expect(value.compact == #"{"zeta": 1, "alpha": true, "mid": null, "list": [1.5, "x"]}"#)
        #expect(value.pretty == """
            {
              "zeta": 1,
              "alpha": true,
              "mid": null,
              "list": [1.5, "x"]
            }

            """)
    }

    @Test func emptyContainers() {
        #expect(JSONValue.object([]).pretty == "{}\n")
        #expect(JSONValue.array([]).compact == "[]")
    }
}
