import Foundation
import Testing

/// `--file` through the built binary: every format from a file and from stdin, `--vocab`,
/// `--row`, `--labels` over a file's labels, `--edits`, and broken files (one line naming the file,
/// exit status 64, nothing on stdout).
@Suite struct CLIFileTests {
    /// The seed example's numbers and the labels a file may carry.
    static let seedLabels: [JSON] = [.string("News"), .string("Entertainment"), .string("Technology")]
    /// scipy.special.softmax([2.0, 1.0, 0.1]) (scipy 1.17.1).
    static let seedSoftmax: [JSON] = [.number(0.6590011388859679), .number(0.24243297070471392), .number(0.09856589040931818)]

    private func report(_ arguments: [String], stdin: Data? = nil) throws -> JSON {
        let run = try Binary.run(arguments + ["--json"], stdinBytes: stdin)
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        return try JSON.parse(run.stdout)
    }

    private func refusal(_ arguments: [String], stdin: Data? = nil) throws -> String {
        let run = try Binary.run(arguments + ["--json"], stdinBytes: stdin)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("logitscope: ") && run.stderr.hasSuffix("\n"))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
        return String(run.stderr.dropFirst("logitscope: ".count).dropLast())
    }

    @Test func textCSVAndJSONFiles() throws {
        let dir = try TempFolder()
        let text = try dir.write("seed.txt", text: "2.0\n1.0\n0.1\n")
        let csv = try dir.write("seed.csv", text: "label,logit\nNews,2.0\nEntertainment,1.0\nTechnology,0.1\n")
        let json = try dir.write("seed.json", text: #"{"labels": ["News", "Entertainment", "Technology"], "logits": [2.0, 1.0, 0.1]}"#)

        let fromText = try report(["--file", text])
        #expect(fromText["labels"] == .array([.string("class 0"), .string("class 1"), .string("class 2")]))
        #expect(fromText["softmax"] == .array(Self.seedSoftmax))
        #expect(fromText["precision"] == .string("float64"))
        for path in [csv, json] {
            let r = try report(["--file", path])
            #expect(r["labels"] == .array(Self.seedLabels))
            #expect(r["softmax"] == .array(Self.seedSoftmax))
        }
    }

    /// A float32 `.npy` of the seed: the logits are what float32 holds (0.1 as 0.10000000149011612,
    /// numpy: float(np.float32(0.1))), and --precision defaults to float32.
    @Test func npyDefaultsThePrecisionToItsDtype() throws {
        let dir = try TempFolder()
        let path = try dir.write("seed.npy", Npy.float32([2, 1, 0.1]))
        let r = try report(["--file", path])
        #expect(r["precision"] == .string("float32"))
        #expect(r["logits"] == .array([.number(2), .number(1), .number(0.10000000149011612)]))
        #expect(try report(["--file", path, "--precision", "f64"])["precision"] == .string("float64"))
        let half = try dir.write("half.npy", Npy.float16([2, 1, 0.1]))
        let h = try report(["--file", half])
        #expect(h["precision"] == .string("float16"))
        // float(np.float16(0.1)) = 0.0999755859375.
        #expect(h["logits"]?.array?[2] == .number(0.0999755859375))
    }

    @Test func stdinTakesEveryFormat() throws {
        let text = try report(["--file", "-"], stdin: Data("2 1 0.1".utf8))
        #expect(text["softmax"] == .array(Self.seedSoftmax))
        let json = try report(["--file", "-"], stdin: Data(#"{"labels": ["News", "Entertainment", "Technology"], "logits": [2, 1, 0.1]}"#.utf8))
        #expect(json["labels"] == .array(Self.seedLabels))
        let npy = try report(["--file", "-"], stdin: Npy.float64BigEndian([2, 1, 0.1]))
        #expect(npy["softmax"] == .array(Self.seedSoftmax))
        #expect(npy["precision"] == .string("float64"))
    }

    @Test func rowsOfATwoDimensionalArray() throws {
        let dir = try TempFolder()
        let path = try dir.write("grid.npy", Npy.float64BigEndian([0, 0, 0, 2, 1, 0.1], shape: [2, 3]))
        #expect(try report(["--file", path, "--row", "1"])["softmax"] == .array(Self.seedSoftmax))
        // Without a row, a 2-D array opens as rows, on row 0 (issue 15).
        #expect(try report(["--file", path])["position"] == .number(0))
        #expect(try refusal(["--file", path, "--row", "2"]) == "\(path): position 2 is out of range: shape (2, 3) has rows 0 to 1")
        #expect(try refusal(["--file", path, "--row", "one"]) == "row \"one\" is not a whole number: it is the 0-based row of a 2-D array")
        #expect(try refusal(["--row", "1"]) == "--position (--row) only applies to --file")
    }

    @Test func vocabularyFilesLabelTheTokens() throws {
        let dir = try TempFolder()
        let npy = try dir.write("seed.npy", Npy.float32([2, 1, 0.1]))
        let vocab = try dir.write("vocab.txt", text: "News\nEntertainment\nTechnology\n")
        #expect(try report(["--file", npy, "--vocab", vocab])["labels"] == .array(Self.seedLabels))
        let short = try dir.write("short.txt", text: "News\nEntertainment\n")
        #expect(try refusal(["--file", npy, "--vocab", short])
            == "\(short) has 2 labels but \(npy) has 3 logits: the counts must match (a vocabulary from another model?)")
        #expect(try refusal(["--file", npy, "--vocab", vocab, "--labels", "a,b,c"]) == "--vocab and --labels both give the labels: use one of them")
        #expect(try refusal(["--vocab", vocab]) == "--vocab only applies to --file")
    }

    @Test func labelsReplaceAFilesLabelsWithTheSameCount() throws {
        let dir = try TempFolder()
        let csv = try dir.write("seed.csv", text: "News,2\nEntertainment,1\nTechnology,0.1\n")
        #expect(try report(["--file", csv, "--labels", "a,b,c"])["labels"] == .array([.string("a"), .string("b"), .string("c")]))
        #expect(try refusal(["--file", csv, "--labels", "a,b"]) == "2 labels for 3 logits: the counts must match")
    }

    @Test func editsChangeLoadedLogits() throws {
        let dir = try TempFolder()
        let path = try dir.write("seed.txt", text: "2 1 0.1")
        let r = try report(["--file", path, "--edits", "0=-inf,2=3"])
        #expect(r["logits"] == .array([.string("-inf"), .number(1), .number(3)]))
        #expect(r["kept"] == .array([.number(1), .number(2)]))
        #expect(try refusal(["--file", path, "--edits", "3=1"]) == "edit 1 sets logit 3, out of range: with 3 logits the index is 0 to 2")
        #expect(try refusal(["--file", path, "--edits", "1=nan"]) == "edit 1 sets logit 1 to \"nan\": a logit must be a number, or -inf to mask it")
        #expect(try refusal(["--file", path, "--edits", "0=-inf,1=-inf,2=-inf"]) == "the edits mask every logit: softmax is undefined when every class is masked")
    }

    @Test func logitsAndFileTogetherAreRefused() throws {
        #expect(try refusal(["--file", "-", "--logits", "1,2"], stdin: Data("1 2".utf8)) == "--logits and --file both give the logits: use one of them")
    }

    @Test func brokenFilesAreNamed() throws {
        let dir = try TempFolder()
        // A header promising 3 float32 values followed by 5 bytes.
        let truncated = try dir.write("cut.npy", Npy.float32([2, 1, 0.1]).dropLast(7))
        #expect(try refusal(["--file", truncated])
            == "\(truncated): truncated: header promises 3 float32 values (12 bytes) but only 5 bytes follow")
        let ints = try dir.write("ints.npy", Npy.header(descr: "<i4", shape: [3]) + Data(count: 12))
        #expect(try refusal(["--file", ints]).hasPrefix("\(ints): dtype '<i4' is not a float type"))
        let text = try dir.write("bad.txt", text: "2, 1, two")
        #expect(try refusal(["--file", text]).hasPrefix(text + ": "))
        let json = try dir.write("bad.json", text: #"{"logits": [1, 2"#)
        #expect(try refusal(["--file", json]).hasPrefix(json + ": "))
        let empty = try dir.write("empty.txt", text: "")
        #expect(try refusal(["--file", empty]) == "\(empty): the file is empty")
        let missing = dir.url.appendingPathComponent("missing.npy").path
        #expect(try refusal(["--file", missing]) == "\(missing): cannot open it: no such file")
        #expect(try refusal(["--file", dir.url.path]) == "\(dir.url.path) is a directory, not a file")
        #expect(try refusal(["--file", "-"], stdin: Data()) == "stdin: the file is empty")
        #expect(try refusal(["--file", "-"], stdin: Npy.float32([2, 1]).dropLast(1)).hasPrefix("stdin: truncated"))
    }

    /// A header promising 2^30 values is refused from its first bytes, before any data is read
    /// (the file holds none).
    @Test func aHugeNpyIsJudgedByItsHeader() throws {
        let dir = try TempFolder()
        let path = try dir.write("huge.npy", Npy.header(descr: "<f4", shape: [1 << 30]))
        #expect(try refusal(["--file", path]) == "\(path): 1073741824 values is more than logitscope reads (at most 16777216)")
    }
}
