import LogitCore
import Testing

struct VocabularyTests {
    @Test func oneLabelPerLineKeptAsWritten() throws {
        #expect(try VocabularyReader.read(bytes("the\n of\n,\r\n\"\n"), name: "v.txt") == ["the", " of", ",", "\""])
        #expect(try VocabularyReader.read(bytes("a\nb"), name: "v.txt") == ["a", "b"])
    }

    @Test func refusals() {
        #expect(refusal { () throws(InputError) in try VocabularyReader.read(bytes("a\n\nb\n"), name: "v.txt") }
            == "v.txt: line 2 is empty: a vocabulary file has one label on each line")
        #expect(refusal { () throws(InputError) in try VocabularyReader.read([], name: "v.txt") } == "v.txt: the vocabulary file is empty")
    }

    @Test func countMustMatchTheLogits() throws {
        let loaded = try LogitFileLoader.load(bytes("1 2 3"), name: "l.txt")
        let lines = { (tokens: [String]) in Vocabulary(tokens: tokens, kind: .lines) }
        #expect(try loaded.labeled(by: lines(["a", "b", "c"]), vocabularyName: "v.txt", logitsName: "l.txt").loaded.labels == ["a", "b", "c"])
        #expect(refusal { () throws(InputError) in try loaded.labeled(by: lines(["a", "b"]), vocabularyName: "v.txt", logitsName: "l.txt") }
            == "v.txt has 2 labels but l.txt has 3 logits: the counts must match (a vocabulary from another model?)")
    }
}

struct FormatDetectionTests {
    @Test func magicAndExtension() {
        let npy: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        #expect(LogitFileFormat.detect(prefix: npy, name: "logits.bin") == .npy)
        #expect(LogitFileFormat.detect(prefix: bytes("garbage"), name: "x.NPY") == .npy)
        #expect(LogitFileFormat.detect(prefix: bytes("1 2"), name: "x.json") == .json)
        #expect(LogitFileFormat.detect(prefix: bytes("1 2"), name: "x.csv") == .csv)
        #expect(LogitFileFormat.detect(prefix: bytes("a,1"), name: "dir.v2/x.txt") == .text)
    }

    @Test func bytesDecideWithoutAnExtension() {
        #expect(LogitFileFormat.detect(prefix: bytes("  {\"logits\": [1]}"), name: "-") == .json)
        #expect(LogitFileFormat.detect(prefix: bytes("[1, 2]"), name: "-") == .json)
        #expect(LogitFileFormat.detect(prefix: bytes("2.0, 1.0, -inf\n"), name: "-") == .text)
        #expect(LogitFileFormat.detect(prefix: bytes("token,logit\na,1\n"), name: "-") == .csv)
        #expect(LogitFileFormat.detect(prefix: bytes("\"a, b\",1\n"), name: "stdin") == .csv)
    }
}
