import Testing
@testable import LogitCore

/// What a reader built on `JSONScanner` can count on: keys in order, elements with their index,
/// numbers streamed, integers exact, strings decoded, values skipped and counted.
@Suite struct JSONScannerTests {
    func scanner(_ text: String, words: Bool = false) -> JSONScanner {
        JSONScanner(Array(text.utf8), options: .init(allowsNonFiniteWords: words))
    }

    /// The JSONError `body` throws, or nil.
    func failure(_ body: () throws(JSONError) -> Void) -> JSONError? {
        do throws(JSONError) {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func objectsHandOutKeysInOrderAndArraysTheirIndex() throws {
        var s = scanner(#" {"b": [10, 20], "a": {"x": null}, "": "e\u0301"} "#)
        var seen: [String] = []
        var elements: [Int] = []
        try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
            seen.append(key)
            switch key {
            case "b": try s.readArray { (s: inout JSONScanner, index: Int) throws(JSONError) in elements.append(index * 100 + (try s.readInteger(Int.self, noun: "n"))) }
            case "a": #expect(try s.skipValue() == 1)
            default: #expect(try s.readString() == "e\u{301}")
            }
        }
        try s.finish()
        #expect(seen == ["b", "a", ""])
        #expect(elements == [10, 120])
    }

    @Test func skipValueCountsTheElementsOfWhatItSkips() throws {
        for (text, count) in [("[]", 0), ("{}", 0), ("[1, [2, 3], {\"a\": [4]}]", 3), ("{\"a\": 1, \"b\": [2]}", 2), ("\"[1,2]\"", 0), ("-1.5e3", 0), ("true", 0)] {
            var s = scanner(text)
            #expect(try s.skipValue() == count, "\(text)")
            try s.finish()
        }
    }

    /// A million levels cost one refusal at the bracket past the limit, in the skip and the tree alike.
    @Test func aMillionLevelsAreRefusedAtTheLimit() {
        let deep = Array(repeating: UInt8(ascii: "["), count: 1_000_000) + Array(repeating: UInt8(ascii: "]"), count: 1_000_000)
        let expected = JSONError("nested more than 128 deep (the most logitscope reads)", line: 1, column: 129, isSyntax: false)
        var s = JSONScanner(deep)
        #expect(failure { () throws(JSONError) in try s.skipValue() } == expected)
        #expect(failure { () throws(JSONError) in _ = try JSONValue.read(deep) } == expected)
        // Inside an object, under a key the reader skips.
        let nested = Array(#"{"x": "#.utf8) + deep + Array("}".utf8)
        var o = JSONScanner(nested)
        #expect(failure { () throws(JSONError) in try o.readObject { (s: inout JSONScanner, _: String) throws(JSONError) in try s.skipValue() } }?.column == 6 + 128)
        // Exactly the limit is fine.
        let limit = Array(repeating: UInt8(ascii: "["), count: 128) + Array(repeating: UInt8(ascii: "]"), count: 128)
        var ok = JSONScanner(limit)
        #expect(failure { () throws(JSONError) in try ok.skipValue(); try ok.finish() } == nil)
        var shallow = JSONScanner(Array("[[[1]]]".utf8), options: .init(maximumDepth: 2))
        #expect(failure { () throws(JSONError) in try shallow.skipValue() }?.message == "nested more than 2 deep (the most logitscope reads)")
    }

    @Test func numbersStreamIntoDoubles() throws {
        var s = scanner("[0, -0.0, 0.1, 1e-7, 1E+2, 5e-324, 1.7976931348623157e308, 9007199254740993, 123456789012345678901234567890]")
        var values: [Double] = [42]
        try s.readNumbers(into: &values)
        let expected: [Double] = [42, 0, -0.0, 0.1, 1e-7, 100, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 9007199254740992, 1.2345678901234568e29]
        #expect(values.map(\.bitPattern) == expected.map(\.bitPattern))
    }

    @Test func whatIsNotAFiniteNumberGoesToTheReader() throws {
        var s = scanner(#"[1, "two", null, 1e400, -Infinity, [3]]"#, words: true)
        var values: [Double] = []
        var handed: [String] = []
        try s.readNumbers(into: &values) { (s: inout JSONScanner, index: Int) throws(JSONError) -> Double in
            handed.append("\(index):\(s.next.noun)")
            _ = try s.skipValue()
            return Double(index)
        }
        #expect(values == [1, 1, 2, 3, 4, 5])
        #expect(handed == ["1:string", "2:null", "3:number", "4:number", "5:array"])
        var plain = scanner("[1, true]")
        var none: [Double] = []
        #expect(failure { () throws(JSONError) in try plain.readNumbers(into: &none) }
            == JSONError("item 2 of the array is not a finite number", line: 1, column: 5, isSyntax: false))
    }

    @Test func numbersPastTheLimitAreRefusedAtTheFirstOneTooMany() {
        var s = scanner("[1, 2, 3, 4]")
        var values: [Double] = []
        #expect(failure { () throws(JSONError) in try s.readNumbers(into: &values, limits: LoadLimits(maximumEntryCount: 3)) }
            == JSONError("4 values is more than logitscope reads (at most 3)", line: 1, column: 11, isSyntax: false))
        #expect(values == [1, 2, 3])
    }

    @Test func integersAreExactFromTheirDigits() throws {
        func read<T: FixedWidthInteger>(_ text: String, as: T.Type) -> T? {
            var s = scanner(text)
            return try? s.readInteger(T.self, noun: "n")
        }
        #expect(read("9007199254740993", as: Int64.self) == 9_007_199_254_740_993)
        #expect(read("18446744073709551615", as: UInt64.self) == .max)
        #expect(read("-9223372036854775808", as: Int64.self) == .min)
        #expect(read("-9999999999999999999", as: Int64.self) == nil)
        #expect(read("1.0", as: Int.self) == 1)
        #expect(read("1.000e3", as: Int.self) == 1000)
        #expect(read("25e-1", as: Int.self) == nil)
        #expect(read("2500e-2", as: Int.self) == 25)
        #expect(read("18446744073709551615.000", as: UInt64.self) == .max)
        #expect(read("0.000e999999", as: UInt8.self) == 0)
        #expect(read("-0", as: UInt8.self) == 0)
        #expect(read("-1", as: UInt64.self) == nil)
        #expect(read("256", as: UInt8.self) == nil)
        #expect(read("1e20", as: UInt64.self) == nil)
        #expect(read("1e19", as: UInt64.self) == 10_000_000_000_000_000_000)
        var s = scanner("[7, 18446744073709551616]")
        #expect(failure { () throws(JSONError) in
            try s.readArray { (s: inout JSONScanner, _: Int) throws(JSONError) in _ = try s.readInteger(UInt64.self, noun: "data offset") }
        } == JSONError("data offset 18446744073709551616 is not a whole number from 0 to 18446744073709551615", line: 1, column: 5, isSyntax: false))
    }

    @Test func stringsDecodeEveryEscapeAndPair() throws {
        var s = scanner(#"["\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00\u0000", "raw é 中 🙂 \u{7f}"]"#.replacingAll("\\u{7f}", with: "\u{7F}"))
        var strings: [String] = []
        try s.readArray { (s: inout JSONScanner, _: Int) throws(JSONError) in strings.append(try s.readString()) }
        #expect(strings == ["\"\\/\u{8}\u{C}\n\r\t", "é😀\u{0}", "raw é 中 🙂 \u{7F}"])
        var b = scanner(#""a\u00e9""#)
        #expect(try b.readStringBytes() == [0x61, 0xC3, 0xA9])
    }

    @Test func aByteOrderMarkIsSkippedAndOnlyJSONsFourBlanksAreBlank() throws {
        var s = JSONScanner([0xEF, 0xBB, 0xBF] + Array(" \t\r\n[1]\n".utf8))
        #expect(try s.skipValue() == 1)
        try s.finish()
        var formFeed = JSONScanner(Array("[1,\u{0C}2]".utf8))
        #expect(failure { () throws(JSONError) in try formFeed.skipValue() }?.message == "expected a value, found U+000C")
    }

    @Test func nonFiniteWordsAreAnOption() throws {
        var off = scanner("[NaN]")
        #expect(failure { () throws(JSONError) in try off.skipValue() }?.message == "expected a value, found 'NaN'")
        var on = scanner("[NaN, Infinity, -Infinity]", words: true)
        var values: [Double] = []
        try on.readArray { (s: inout JSONScanner, _: Int) throws(JSONError) in values.append(try s.readNumber()) }
        #expect(values[0].isNaN && values[1] == .infinity && values[2] == -.infinity)
        var nan = scanner("[-NaN]", words: true)
        #expect(failure { () throws(JSONError) in try nan.skipValue() }?.message == "expected a digit after '-', found 'NaN'")
    }

    /// Lines count line feeds; columns count characters, so `é` (two bytes) is one column.
    @Test func placesAreLinesAndCharacters() {
        var s = scanner("{\"é中\": 1,\r\n  \"🙂\": [1 2]}")
        #expect(failure { () throws(JSONError) in try s.skipValue() } == JSONError("expected ',' or ']' after item 1 of an array, found '2'", line: 2, column: 11, isSyntax: true))
    }

    @Test func aKeyTwiceIsNamedAtTheSecond() {
        var s = scanner("{\"k\": 1,\n \"k\": 2}")
        var seen: Set<String> = []
        #expect(failure { () throws(JSONError) in
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                if !seen.insert(key).inserted { throw s.duplicate(key) }
                try s.skipValue()
            }
        } == JSONError("\"k\" appears twice", line: 2, column: 2, isSyntax: false))
    }
}
