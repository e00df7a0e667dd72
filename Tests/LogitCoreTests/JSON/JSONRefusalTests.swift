import Testing
import LogitCore

/// Every refusal of the one scanner, through both of its readers: a logit file and a session file
/// refuse the same bytes with the same words, at the same line and column.
@Suite struct JSONRefusalTests {
    /// A logits file whose `labels` hold `label` (raw bytes, spliced in), on line 2.
    static func logitsFile(label: [UInt8]) -> [UInt8] {
        Array("{\"logits\": [1, 2],\n \"labels\": [\"a\", \"".utf8) + label + Array("\"]}".utf8)
    }

    /// A session with the same label at the same place, the magic field on line 1.
    static func session(label: [UInt8]) -> [UInt8] {
        Array("{\"logitscope_session\": 1, \"logits\": [1, 2],\n \"labels\": [\"a\", \"".utf8) + label + Array("\"]}".utf8)
    }

    func logits(_ bytes: [UInt8]) -> String? {
        refusal { () throws(InputError) in try LogitFileLoader.load(bytes, name: "l.json") }
    }

    func session(_ bytes: [UInt8]) -> String? {
        refusal { () throws(InputError) in try SessionFile.decode(bytes, name: "s.json") }
    }

    /// The label is the second string on line 2, its content from column 19; `at` is where in the
    /// label the refusal points (0: its first character).
    func both(_ label: [UInt8], at: Int, _ what: String) {
        #expect(logits(Self.logitsFile(label: label)) == "l.json: line 2, column \(19 + at): not valid JSON: \(what)")
        #expect(session(Self.session(label: label)) == "s.json: line 2, column \(19 + at): not a valid session file: \(what)")
    }

    @Test func invalidUTF8() {
        both([0x61, 0xFF], at: 1, "bytes that are not UTF-8 in a string")
        // An overlong "/" (C0 AF), an encoded surrogate (ED A0 80), a cut sequence (E4 B8), past U+10FFFF (F4 90 80 80).
        both([0xC0, 0xAF], at: 0, "bytes that are not UTF-8 in a string")
        both(Array("é".utf8) + [0xED, 0xA0, 0x80], at: 1, "bytes that are not UTF-8 in a string")
        both([0xE4, 0xB8, 0x22, 0x22], at: 0, "bytes that are not UTF-8 in a string")
        both([0xF4, 0x90, 0x80, 0x80], at: 0, "bytes that are not UTF-8 in a string")
        // Valid UTF-8 of every length is read.
        #expect(logits(Self.logitsFile(label: Array("é中🙂".utf8))) == nil)
    }

    @Test func loneSurrogates() {
        both(Array(#"x\ud800"#.utf8), at: 1, "a lone surrogate \\ud800 in a string")
        both(Array(#"\udc00"#.utf8), at: 0, "a lone surrogate \\udc00 in a string")
        both(Array(#"\ud83dx"#.utf8), at: 0, "a lone surrogate \\ud83d in a string")
        both(Array(#"\ud83d\u0041"#.utf8), at: 0, "a lone surrogate \\ud83d in a string")
        // A pair is one character.
        #expect(logits(Self.logitsFile(label: Array(#"\ud83d\ude00"#.utf8))) == nil)
    }

    @Test func rawControlCharacters() {
        both(Array("a\tb".utf8), at: 1, "a raw control character (U+0009) in a string (JSON needs it escaped)")
        both([0x1B] + Array("[2J".utf8), at: 0, "a raw control character (U+001B) in a string (JSON needs it escaped)")
        both(Array("a\nb".utf8), at: 1, "a raw control character (U+000A) in a string (JSON needs it escaped)")
    }

    @Test func unknownEscapes() {
        both(Array(#"\x41"#.utf8), at: 0, "unknown escape \\x in a string")
        both(Array(#"\u00g1"#.utf8), at: 4, "expected four hex digits after \\u, found 'g1'")
    }

    @Test func trailingGarbage() {
        #expect(logits(Array("[1, 2]\n\n  x".utf8)) == "l.json: line 3, column 3: not valid JSON: unexpected text after the JSON value")
        #expect(session(Array("{\"logitscope_session\": 1, \"logits\": [1]}\n,".utf8))
            == "s.json: line 2, column 1: not a valid session file: unexpected text after the JSON value")
    }

    /// Nesting past the limit, under a key each reader skips: refused at the bracket past it (the
    /// object is the first level, so the 128th bracket, at column 2 + 127).
    @Test func nestingPastTheLimit() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(logits(Array("{\"x\":\n \(deep), \"logits\": [1, 2]}".utf8))
            == "l.json: line 2, column \(2 + 127): nested more than 128 deep (the most logitscope reads)")
        #expect(session(Array("{\"logitscope_session\": 1, \"x\":\n \(deep), \"logits\": [1, 2]}".utf8))
            == "s.json: line 2, column \(2 + 127): not a valid session file: nested more than 128 deep (the most logitscope reads)")
        // As the logits themselves; as a 2-D array, its row 0 holds arrays, not logits.
        #expect(logits(Array(deep.utf8)) == "l.json: line 1, column 129: nested more than 128 deep (the most logitscope reads)")
        #expect(refusal { () throws(InputError) in try LogitFileLoader.load(Array(deep.utf8), name: "l.json", row: 0) }
            == "l.json: line 1, column 3: logit 1 is an array, not a number")
        #expect(refusal { () throws(InputError) in try LogitFileLoader.load(Array(deep.utf8), name: "l.json", row: 1) }
            == "l.json: line 1, column 129: nested more than 128 deep (the most logitscope reads)")
    }

    @Test func duplicateKeysAreNamedAtTheSecond() {
        #expect(logits(Array("{\"logits\": [1, 2],\n \"logits\": [3, 4]}".utf8)) == "l.json: line 2, column 2: \"logits\" appears twice")
        #expect(logits(Array("{\"labels\": [\"a\", \"b\"], \"logits\": [1, 2], \"labels\": [\"c\", \"d\"]}".utf8))
            == "l.json: line 1, column 42: \"labels\" appears twice")
        // A key the logit reader skips may repeat (it matters to no one).
        #expect(logits(Array("{\"model\": 1, \"logits\": [1, 2], \"model\": 2}".utf8)) == nil)
        let head = "{\"logitscope_session\": 1, \"logits\": [1, 2], "
        #expect(session(Array((head + "\"filters\": {\"top_k\": 1, \"top_k\": 2}}").utf8))
            == "s.json: line 1, column 69: not a valid session file: \"top_k\" appears twice")
        #expect(session(Array((head + "\"classroom\": {\"presenting\": true, \"presenting\": false}}").utf8))
            == "s.json: line 1, column 79: not a valid session file: \"presenting\" appears twice")
    }

    @Test func truncatedFilesSayWhereTheyEnd() {
        #expect(logits(Array("[1, 2,\n".utf8)) == "l.json: line 2, column 1: not valid JSON: expected a number, but the input ends (truncated?)")
        #expect(session(Array("{\"logitscope_session\": 1, \"logits\": [1, 2], \"labels\": [\"a\"".utf8))
            == "s.json: line 1, column 59: not a valid session file: expected ',' or ']' after item 1 of an array, but the input ends (truncated?)")
    }

    /// JSON's grammar exactly: what a lenient reader would take is refused where it stands.
    @Test func numbersOutsideTheGrammar() {
        for (text, column, what) in [
            ("[01]", 3, "expected ',' or ']' after item 1 of an array, found '1'"),
            ("[1.]", 4, "expected a digit after '.', found ']'"),
            ("[.5]", 2, "expected a number, found '.'"),
            ("[+1]", 2, "expected a number, found '+'"),
            ("[1e]", 4, "expected a digit in the exponent, found ']'"),
            ("[-]", 3, "expected a digit after '-', found ']'"),
            ("[0x10]", 3, "expected ',' or ']' after item 1 of an array, found 'x10'"),
            ("[1,]", 4, "expected a number, found ']'"),
            ("[inf]", 2, "expected a number, found 'inf'"),
        ] {
            #expect(logits(Array(text.utf8)) == "l.json: line 1, column \(column): not valid JSON: \(what)", "\(text)")
        }
    }

    /// Python's words, and the strings careful writers use, are read in logit files only.
    @Test func nonFiniteWordsInLogitsOnly() throws {
        let loaded = try LogitFileLoader.load(Array(#"{"logits": [1, -Infinity, "-inf", "-Infinity", "−2.5"], "x": [NaN, Infinity]}"#.utf8), name: "l.json")
        #expect(loaded.logits == [1, -.infinity, -.infinity, -.infinity, -2.5])
        #expect(logits(Array("[1, Infinity]".utf8)) == "l.json: line 1, column 5: logit 2 is +inf: only -inf is allowed (it masks a class)")
        #expect(logits(Array("[1, \"NaN\"]".utf8)) == "l.json: line 1, column 5: logit 2 is NaN: a logit must be a number (-inf masks a class)")
        #expect(session(Array("{\"logitscope_session\": 1, \"logits\": [1, -Infinity]}".utf8))
            == "s.json: line 1, column 42: not a valid session file: expected a digit after '-', found 'Infinity'")
        #expect(session(Array("{\"logitscope_session\": 1, \"logits\": [1, 2], \"x\": NaN}".utf8))
            == "s.json: line 1, column 50: not a valid session file: expected a value, found 'NaN'")
    }
}
