import LogitCore
import Testing

struct TextLoaderTests {
    @Test func separatorsCommasBlanksAndNewlines() throws {
        for text in ["2.0, 1.0, 0.1", "2 1 0.1", "2\n1\n0.1\n", "2,\n1,\n0.1", "[2.0, 1.0, 0.1]", "[ 2.   1.   0.1]\n", "\u{FEFF}2\t1\r\n0.1"] {
            let loaded = try LogitFileLoader.load(bytes(text), name: "l.txt")
            #expect(loaded.logits == [2, 1, 0.1], "\(text)")
            #expect(loaded.format == .text)
        }
    }

    @Test func spellingsAreTheParsers() throws {
        // NumberParser's spellings: -inf masks a class, the Unicode minus of documents.
        let loaded = try LogitFileLoader.load(bytes("-inf 3 \u{2212}2.5 1e-3"), name: "l.txt")
        #expect(loaded.logits == [-.infinity, 3, -2.5, 0.001])
    }

    @Test func refusalsNameLineItemAndLogit() {
        #expect(loadRefusal(bytes("1 2 3\n4 two 6\n"), name: "l.txt")
            == "l.txt: line 2, item 2: logit 5 is \"two\": not a number")
        #expect(loadRefusal(bytes("1\n2\nnan\n"), name: "l.txt")
            == "l.txt: line 3, item 1: logit 3 is NaN: a logit must be a number (-inf masks a class)")
        #expect(loadRefusal(bytes("1, inf"), name: "l.txt")
            == "l.txt: line 1, item 2: logit 2 is +inf: only -inf is allowed (it masks a class)")
        #expect(loadRefusal(bytes("1,,2"), name: "l.txt")
            == "l.txt: line 1: an empty item (two commas in a row, or a comma at the start)")
        #expect(loadRefusal(bytes("1,2,\n"), name: "l.txt") == "l.txt: line 1: an empty item (a comma at the end)")
        #expect(loadRefusal(bytes(" \n\n"), name: "l.txt") == "l.txt: no numbers in the file")
        #expect(loadRefusal(bytes("-inf -inf"), name: "l.txt") == "l.txt: every logit is -inf: softmax is undefined when every class is masked")
        #expect(loadRefusal([], name: "stdin") == "stdin: the file is empty")
    }

    @Test func entryLimitStopsTheRead() {
        #expect(loadRefusal(bytes("1 2 3 4"), name: "l.txt", limits: LoadLimits(maximumEntryCount: 3))
            == "l.txt: 4 values is more than logitscope reads (at most 3)")
    }

    @Test func rowIsRefusedForText() {
        #expect(loadRefusal(bytes("1 2"), name: "l.txt", row: 0)
            == "l.txt: a row applies to an array file's rows or a JSON array of arrays, not to a text file")
    }
}
