import Testing
@testable import LogitCore

@Suite struct LogitListParserAcceptsTests {
    @Test(arguments: [
        ("2.0, 1.0, 0.1", [2.0, 1.0, 0.1]),
        ("2 1 0.1", [2, 1, 0.1]),
        ("2,1,0.1", [2, 1, 0.1]),
        ("  2\t1\n0.1  ", [2, 1, 0.1]),
        ("[2.0, 1.0, 0.1]", [2, 1, 0.1]),
        ("[2.0 1.0 0.1]", [2, 1, 0.1]),
        ("(2, 1)", [2, 1]),
        ("1e3, -1E-2, +.5", [1000, -0.01, 0.5]),
        ("\u{2212}2.5, 1", [-2.5, 1]),
        ("-inf, 3", [-Double.infinity, 3]),
        ("-Infinity 3 -∞", [-Double.infinity, 3, -Double.infinity]),
        ("0.1", [0.1]),
    ])
    func parses(_ text: String, _ expected: [Double]) throws {
        #expect(try LogitListParser.parse(text) == expected)
    }

    @Test func numberParserSpellings() {
        #expect(NumberParser.parse("−2.5") == -2.5)
        #expect(NumberParser.parse("\u{2013}1") == -1)
        #expect(NumberParser.parse("+3") == 3)
        #expect(NumberParser.parse("-INF") == -.infinity)
        #expect(NumberParser.parse("nan")?.isNaN == true)
        for bad in ["", "-", "e3", "0x10", "1.2.3", "two", "1e", "infinite", "- 1"] {
            #expect(NumberParser.parse(Substring(bad)) == nil, "\(bad)")
        }
    }

    @Test func itemsKeepPositions() throws {
        let items = try LogitListParser.items("[4, 5 ,6]")
        #expect(items.map(\.position) == [1, 2, 3])
        #expect(items.map { String($0.text) } == ["4", "5", "6"])
    }
}
