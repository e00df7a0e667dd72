import LogitCore
import Testing

struct JSONLoaderTests {
    @Test func arrayAndObject() throws {
        #expect(try LogitFileLoader.load(bytes("[2.0, 1.0, 0.1]"), name: "a.json").logits == [2, 1, 0.1])
        let o = try LogitFileLoader.load(bytes(#"{"model": "x", "labels": ["a", "b\u00e9\n"], "logits": [1, -2.5e-3], "extra": {"k": [1, [2]]}}"#), name: "o.json")
        #expect(o.logits == [1, -0.0025])
        #expect(o.labels == ["a", "bé\n"])
        #expect(o.format == .json)
    }

    @Test func minusInfinityAsPythonAndAsString() throws {
        let l = try LogitFileLoader.load(bytes(#"[1, -Infinity, "-inf", "-Infinity"]"#), name: "a.json")
        #expect(l.logits == [1, -.infinity, -.infinity, -.infinity])
    }

    @Test func numbersAreReadExactly() throws {
        // JSONSerialization on Linux misreads this one by an ulp (see ReferenceFile); Double("…") does not.
        let l = try LogitFileLoader.load(bytes("[0.09856589040931818, 5e-324, 1.7976931348623157e308]"), name: "a.json")
        #expect(l.logits == [0.09856589040931818, .leastNonzeroMagnitude, .greatestFiniteMagnitude])
    }

    @Test func arrayOfArraysNeedsARow() throws {
        let text = bytes("[[1, 2, 3], [4, 5, 6]]")
        #expect(try LogitFileLoader.load(text, name: "m.json", row: 1).logits == [4, 5, 6])
        #expect(loadRefusal(text, name: "m.json") == "m.json: the logits are a 2-D array (2 rows of 3): choose a row (0 to 1)")
        #expect(loadRefusal(text, name: "m.json", row: 2) == "m.json: row 2 is out of range: the array has 2 rows (0 to 1)")
    }

    @Test func refusals() {
        #expect(loadRefusal(bytes("[1, NaN]"), name: "a.json") == "a.json: line 1, column 5: logit 2 is NaN: a logit must be a number (-inf masks a class)")
        #expect(loadRefusal(bytes("[1,\n Infinity]"), name: "a.json") == "a.json: line 2, column 2: logit 2 is +inf: only -inf is allowed (it masks a class)")
        #expect(loadRefusal(bytes("[1, null]"), name: "a.json") == "a.json: line 1, column 5: logit 2 is \"null\": not a number")
        #expect(loadRefusal(bytes(#"{"labels": ["a"], "logits": [1, 2]}"#), name: "a.json") == "a.json: 1 label for 2 logits: the counts must match")
        #expect(loadRefusal(bytes(#"{"labels": ["a"]}"#), name: "a.json") == "a.json: no \"logits\" key: the object needs {\"logits\": [...]} (and optionally \"labels\")")
        #expect(loadRefusal(bytes("[]"), name: "a.json") == "a.json: the logits array is empty")
        #expect(loadRefusal(bytes("[1, 2"), name: "a.json") == "a.json: line 1, column 6: not valid JSON: expected ',' or ']' after item 2 of an array, but the input ends (truncated?)")
        #expect(loadRefusal(bytes("[1, 2] x"), name: "a.json") == "a.json: line 1, column 8: not valid JSON: unexpected text after the JSON value")
        #expect(loadRefusal(bytes("[1, 2]"), name: "a.json", row: 0) == "a.json: row 0 was asked for, but the logits are a 1-D array")
    }
}
