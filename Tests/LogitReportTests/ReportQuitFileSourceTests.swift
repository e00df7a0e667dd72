import LogitCore
import LogitReport
import Testing

/// The quit line of a document loaded from a file: the file named instead of its vocabulary, the
/// edits listed by index, and a vector file when the line could not carry the change.
@Suite struct ReportQuitFileSourceTests {
    static let loaded: [Double] = [2, 1, 0.1, -.infinity, 0.5]
    static let labels: LabelList = ["a", "b", "c", "d", "e"]
    static let source = LogitFileSource(path: "my logits.npy", row: 2, vocabularyPath: "vocab.txt",
                                        logits: loaded, labels: labels)

    static func document(_ logits: [Double] = loaded, labels: LabelList = labels) -> LogitDocument {
        LogitDocument(logits: logits, labels: labels, precision: .float32, seed: 5)
    }

    /// A row's target comes from the file (--targets, a response's produced token): the line
    /// says how the document's differs, and `--target=-1` when the user cleared it, which reads
    /// back as no target.
    @Test func aRowsTargetClearedOrChosenAnew() throws {
        var source = LogitFileSource(path: "response.json", row: 3, logits: Self.loaded, labels: Self.labels)
        source.isRows = true
        source.rowTarget = 2
        var doc = Self.document()
        doc.target = 2
        #expect(QuitCommandLine.make(doc, source: source) == "logitscope --file response.json --position 3 -t 1 --precision float32 --seed 5")
        doc.target = nil
        let cleared = try #require(QuitCommandLine.make(doc, source: source))
        #expect(cleared == "logitscope --file response.json --position 3 -t 1 --precision float32 --target=-1 --seed 5")
        doc.target = 0
        #expect(QuitCommandLine.make(doc, source: source) == "logitscope --file response.json --position 3 -t 1 --precision float32 --target 0 --seed 5")
        // `--target -1` over a file's target gives none.
        var loaded = LoadedLogits(logits: Self.loaded, format: .json)
        loaded.target = 2
        #expect(try DocumentArguments(target: "-1").document(file: loaded).target == nil)
    }

    @Test func anUneditedFileIsNamed() {
        #expect(QuitCommandLine.make(Self.document(), source: Self.source)
            == "logitscope --file 'my logits.npy' --row 2 --vocab vocab.txt -t 1 --precision float32 --seed 5")
    }

    @Test func editsAreListedByIndexWithTheirSigns() {
        var logits = Self.loaded
        logits[3] = 1.5
        logits[4] = -0.0
        #expect(QuitCommandLine.make(Self.document(logits), source: Self.source)
            == "logitscope --file 'my logits.npy' --row 2 --vocab vocab.txt --edits=3=1.5,4=-0 -t 1 --precision float32 --seed 5")
    }

    @Test func filtersAndLabelsArgumentAreKept() throws {
        var doc = Self.document()
        doc.filters = try SamplingFilters(topK: 50, topP: 0.9, minP: 0.05)
        let source = LogitFileSource(path: "-", labelsArgument: "a,b,c,d,e", logits: Self.loaded, labels: Self.labels)
        #expect(QuitCommandLine.make(doc, source: source)
            == "logitscope --file - --labels=a,b,c,d,e -t 1 --precision float32 --top-k 50 --top-p 0.9 --min-p 0.05 --seed 5")
    }

    @Test func renamedOrResizedFallsBackToLists() {
        var renamed = Self.labels
        renamed[0] = "z"
        let line = QuitCommandLine.make(Self.document(labels: renamed), source: Self.source)
        #expect(line == "logitscope --logits=2,1,0.1,-inf,0.5 --labels=z,b,c,d,e -t 1 --precision float32 --seed 5")
    }

    @Test func whatTheLineCannotCarryNeedsAFile() {
        // Over the limit: too many edits, or lists too long.
        var logits = Self.loaded
        for i in logits.indices where logits[i].isFinite { logits[i] += 1 }
        #expect(QuitCommandLine.make(Self.document(logits), source: Self.source, limit: 10) == nil)
        #expect(QuitCommandLine.make(Self.document(logits), source: nil, limit: 10) == nil)
        // A label holding a comma (a vocabulary's "," token) cannot go through --labels.
        #expect(QuitCommandLine.make(Self.document(labels: ["a", ",", "c", "d", "e"]), source: nil) == nil)
        #expect(QuitCommandLine.make(Self.document(), source: nil, vectorFile: "/tmp/v 1.json")
            == "logitscope --file '/tmp/v 1.json' -t 1 --precision float32 --seed 5")
    }

    @Test func theVectorFileReadsBackExactly() throws {
        let doc = Self.document([0.1, -0.0, -.infinity, 1e-300, 123456789.125], labels: ["a", ",", "\"q\"", "é", "x y"])
        let text = QuitCommandLine.vectorFileContents(doc)
        let loaded = try LogitFileLoader.load(Array(text.utf8), name: "v.json")
        #expect(loaded.labels == doc.labels)
        #expect(loaded.logits.map(\.bitPattern) == doc.logits.map(\.bitPattern))
    }
}
