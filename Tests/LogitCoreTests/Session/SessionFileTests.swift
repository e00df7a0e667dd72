import LogitCore
import Testing

/// A session written and read back is the same session, bit for bit.
@Suite struct SessionRoundTripTests {
    /// Every awkward Double: −0, the smallest subnormal, the smallest normal, the largest finite,
    /// one that is not a short decimal (0.1), and −inf (a masked class).
    static let awkward: [Double] = [-0.0, .leastNonzeroMagnitude, -.infinity, 0.1, 1.7976931348623157e308, -2.2250738585072014e-308, 1e-7, 123456789.123]

    static let session = SavedSession(
        document: LogitDocument(
            logits: awkward,
            labels: ["News", "中文标签", "🙂 emoji", "e\u{301}", "שלום", "tab\there", "esc \u{1B}[31mred", "quote \" back \\ slash"],
            temperature: 0.30000000000000004, precision: .float16, threshold: 0.05,
            classThresholds: [nil, 0.3, nil, .leastNonzeroMagnitude, nil, 0.9999999999999999, nil, nil],
            target: 7, binaryLabels: [true, false, false, true, false, false, true, false]),
        selection: 3, step: 0.01, focus: .lab, maxTrick: false, presenting: true)

    @Test func everyFieldComesBackExactly() throws {
        let text = SessionFile.encode(Self.session)
        let back = try SessionFile.decode(Array(text.utf8), name: "s.json")
        #expect(back == Self.session)
        // == treats 0 and −0 alike: compare the bits.
        #expect(back.document.logits.map(\.bitPattern) == Self.awkward.map(\.bitPattern))
        #expect(back.document.temperature.bitPattern == Self.session.document.temperature.bitPattern)
        #expect(back.document.classThresholds[3]?.bitPattern == Double.leastNonzeroMagnitude.bitPattern)
    }

    /// The sampling filters and the sampler's seed are the user's work too; the seed is 64 bits,
    /// more than a Double holds, so it must come back as written.
    @Test func filtersAndTheFullSeedRoundTrip() throws {
        var document = LogitDocument(logits: [3, 2, 1, 0, -1])
        document.filters = try SamplingFilters(topK: 3, topP: 0.9, minP: nil)
        document.seed = UInt64.max - 1
        let saved = SavedSession(document: document)
        let text = SessionFile.encode(saved)
        #expect(text.contains(#""seed": 18446744073709551614"#))
        let back = try SessionFile.decode(Array(text.utf8), name: "s.json")
        #expect(back.document.filters == document.filters)
        #expect(back.document.seed == UInt64.max - 1)
        #expect(back == saved)
    }

    @Test func badFiltersAndSeedsAreRefusedNamingTheFile() {
        let base = #"{"logitscope_session": 1, "logits": [1, 2], "#
        for (tail, message) in [
            (#""filters": {"top_k": 0}}"#, "s.json: top-k 0 is not a whole number of tokens (at least 1)"),
            (#""filters": {"top_k": 2.5}}"#, "s.json: top-k 2.5 is not a whole number of tokens (at least 1)"),
            (#""seed": -1}"#, "s.json: line 1, column 53: not a valid session file: seed -1 is not a whole number from 0 to 18446744073709551615"),
            (#""seed": 18446744073709551616}"#, "s.json: line 1, column 53: not a valid session file: seed 18446744073709551616 is not a whole number from 0 to 18446744073709551615"),
        ] {
            #expect(throws: InputError(message)) { try SessionFile.decode(Array((base + tail).utf8), name: "s.json") }
        }
    }

    @Test func theSeedAndItsExplorerSettingsRoundTrip() throws {
        var state = ExplorerState()
        state = update(state, .moveSelection(by: 2)).state
        state = update(state, .nudgeLogit(steps: 3)).state
        state = update(state, .classroom(.focus(.binary))).state
        let saved = SavedSession(state)
        let back = try SessionFile.decode(Array(SessionFile.encode(saved).utf8), name: "s.json")
        let restored = back.explorerState()
        #expect(restored.document == state.document)
        #expect(restored.selection == 2)
        #expect(restored.classroom.focus == .binary)
        #expect(restored.document.logits == [2.0, 1.0, 0.4])
        // The undo history is not kept (see SavedSession).
        #expect(!restored.history.canUndo)
    }

    /// The block size is a field older readers skip; a bfloat16 session is written as version 2,
    /// which a reader of version 1 refuses as newer (`SessionRefusalTests.futureVersion` shows the
    /// message), while every other session stays version 1, which it reads.
    @Test func bfloat16SessionsAreVersionTwoAndTheRestStayVersionOne() throws {
        let bf16 = SavedSession(document: LogitDocument(logits: [89, 88, 87], precision: .bfloat16, onlineBlock: 2))
        let text = SessionFile.encode(bf16)
        #expect(text.hasPrefix("{\n  \"logitscope_session\": 2,\n"))
        #expect(text.contains(#""precision": "bfloat16""#) && text.contains(#""online_block": 2"#))
        #expect(try SessionFile.decode(Array(text.utf8), name: "s.json") == bf16)
        for p in [Precision.float16, .float32, .float64] {
            let other = SavedSession(document: LogitDocument(logits: [1, 2], precision: p, onlineBlock: 1))
            #expect(SessionFile.encode(other).hasPrefix("{\n  \"logitscope_session\": 1,\n"))
        }
        #expect(SessionFile.encode(SavedSession(document: .example)).contains(#""online_block": null"#))
    }

    /// Sessions written before the block size and bfloat16 existed read as they always did.
    @Test func versionOneSessionsStillRead() throws {
        let text = #"{"logitscope_session": 1, "logits": [2, 1, 0.1], "precision": "float16", "seed": 3}"#
        let back = try SessionFile.decode(Array(text.utf8), name: "old.json")
        #expect(back.document.precision == .float16 && back.document.onlineBlock == nil && back.document.seed == 3)
    }

    @Test func theFileIsMarkedAsOursFirst() {
        let text = SessionFile.encode(SavedSession(document: .example))
        #expect(text.hasPrefix("{\n  \"logitscope_session\": 1,\n"))
        #expect(SessionFile.looksLikeSession(prefix: Array(text.utf8)))
        #expect(!SessionFile.looksLikeSession(prefix: Array("{\"logits\": [1, 2]}".utf8)))
        #expect(!SessionFile.looksLikeSession(prefix: Array("2, 1, 0.1\n".utf8)))
        #expect(!SessionFile.looksLikeSession(prefix: [UInt8]()))
        // Read as the session reader reads it: a byte-order mark, blanks, an escaped key.
        #expect(SessionFile.looksLikeSession(prefix: [0xEF, 0xBB, 0xBF] + Array(" {\r\n\t\"logitscope\\u005fsession\": 1".utf8)))
        #expect(!SessionFile.looksLikeSession(prefix: Array("{\"logitscope_session_x\": 1}".utf8)))
    }

    /// Numbers as Python's `json.dumps` writes them (`1e+300`, `-1.7976931348623157e+308`): read to
    /// the Doubles Python printed them from.
    @Test func numbersWrittenByPythonReadExactly() throws {
        let text = #"{"logitscope_session": 1, "logits": [0.1, -0.0, 5e-324, 1e+300, -1.7976931348623157e+308, 2.2250738585072014e-308]}"#
        let back = try SessionFile.decode(Array(text.utf8), name: "py.json")
        let expected: [Double] = [0.1, -0.0, .leastNonzeroMagnitude, 1e300, -1.7976931348623157e308, 2.2250738585072014e-308]
        #expect(back.document.logits.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(back.document.labels == LabelList(implicit: 6))
        #expect(back.document.labels.isImplicit)
    }

    /// Readers of version 1 skip fields they do not know: a later build can add sampling filters
    /// without making older sessions unreadable.
    @Test func unknownFieldsAreSkipped() throws {
        let text = #"{"logitscope_session": 1, "logits": [1, 2], "filters": {"top_k": 5, "x": [null, true]}, "seed": 42}"#
        let back = try SessionFile.decode(Array(text.utf8), name: "s.json")
        #expect(back.document.logits == [1, 2])
    }

    @Test func escapedStringsDecode() throws {
        let text = #"{"logitscope_session": 1, "logits": [1, 2], "labels": ["\u00e9\ud83d\ude00", "a\/b\n"]}"#
        let back = try SessionFile.decode(Array(text.utf8), name: "s.json")
        #expect(back.document.labels == ["é😀", "a/b\n"])
    }
}

/// Every kind of bad session file is refused whole, naming the file and what is wrong.
@Suite struct SessionRefusalTests {
    static func refusalOf(_ text: String) -> String? {
        refusal { () throws(InputError) in try SessionFile.decode(Array(text.utf8), name: "work.json") }
    }

    static let good = SessionFile.encode(SessionRoundTripTests.session)

    @Test func emptyFile() {
        #expect(Self.refusalOf("") == "work.json: the session file is empty")
        #expect(Self.refusalOf(" \n") == "work.json: the session file is empty")
    }

    @Test func truncatedAnywhereIsRefused() {
        // Every cut of a good file: never accepted, always a message naming the file.
        let bytes = Array(Self.good.utf8)
        for cut in stride(from: 1, to: bytes.count - 2, by: 7) {
            let message = refusal { () throws(InputError) in try SessionFile.decode(Array(bytes[..<cut]), name: "work.json") }
            #expect(message?.hasPrefix("work.json: ") == true, "cut at \(cut)")
        }
        // Cut inside the string "max_trick" on the last line: refused at its opening quote.
        let cut = String(Self.good.dropLast(40))
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false)
        let quote = lines.last!.unicodeScalars.lastIndex(of: "\"")!
        let column = lines.last!.unicodeScalars.distance(from: lines.last!.startIndex, to: quote) + 1
        #expect(cut.hasSuffix("\"m"))
        #expect(Self.refusalOf(cut) == "work.json: line \(lines.count), column \(column): "
            + "not a valid session file: a string is never closed (a missing \")")
    }

    @Test func corruptJSON() {
        #expect(Self.refusalOf("{\"logitscope_session\": 1,\n \"logits\": [1, 2,]}")
            == "work.json: line 2, column 18: not a valid session file: expected a value, found ']'")
        #expect(Self.refusalOf("{\"logitscope_session\": 1, \"logits\": [1, 2]} trailing")
            == "work.json: line 1, column 45: not a valid session file: unexpected text after the JSON value")
        #expect(Self.refusalOf("{\"logitscope_session\": 1, \"logits\": [01]}")
            == "work.json: line 1, column 39: not a valid session file: expected ',' or ']' after item 1 of an array, found '1'")
        #expect(Self.refusalOf("{\"logitscope_session\": 1, \"labels\": [\"\\ud800\"], \"logits\": [1]}")?
            .contains("lone surrogate") == true)
        #expect(Self.refusalOf(String(repeating: "[", count: 200) + String(repeating: "]", count: 200))
            == "work.json: line 1, column 129: not a valid session file: nested more than 128 deep (the most logitscope reads)")
    }

    @Test func foreignJSON() {
        #expect(Self.refusalOf("{\"logits\": [2, 1, 0.1]}")
            == "work.json: not a logitscope session file (valid JSON, but no \"logitscope_session\" field)")
        #expect(Self.refusalOf("[2, 1, 0.1]")
            == "work.json: not a logitscope session file (it holds a JSON array, not an object with a \"logitscope_session\" field)")
        #expect(Self.refusalOf("{\"logitscope_session\": \"yes\", \"logits\": [1]}")
            == "work.json: \"logitscope_session\" must be the format's version, a whole number from 1")
    }

    /// What a logitscope of format 1 said, and one of format 2 now says, of a file from later on.
    @Test func futureVersion() {
        #expect(Self.refusalOf("{\"logitscope_session\": 3, \"logits\": [1], \"new\": {}}")
            == "work.json: session format version 3 is newer than this logitscope reads (2): use a newer logitscope")
    }

    @Test func badBlockSizes() {
        func block(_ value: String) -> String? { Self.refusalOf("{\"logitscope_session\": 1, \"logits\": [1, 2], \"online_block\": \(value)}") }
        #expect(block("0") == "work.json: block 0 is too small: it is how many classes the online softmax takes at a time, 1 or more")
        #expect(block("2.5") == "work.json: block 2.5 is not a whole number: it is how many classes the online softmax takes at a time, 1 or more")
        #expect(block("\"2\"") == "work.json: line 1, column 61: not a valid session file: \"online_block\" must be a number")
    }

    @Test func inconsistentContents() {
        func session(_ fields: String) -> String? { Self.refusalOf("{\"logitscope_session\": 1, " + fields + "}") }
        #expect(session("\"labels\": [\"a\"]") == "work.json: no \"logits\" field: a session holds at least the logits")
        #expect(session("\"logits\": []") == "work.json: the logits array is empty")
        #expect(session("\"logits\": [1, 2, 3], \"labels\": [\"a\", \"b\"]")
            == "work.json: \"labels\" has 2 entries for 3 logits: the counts must match")
        #expect(session("\"logits\": [1, 2], \"binary_targets\": [true]")
            == "work.json: \"binary_targets\" has 1 entry for 2 logits: the counts must match")
        #expect(session("\"logits\": [1, \"nan\"]")?.hasPrefix("work.json: logit 2 is ") == true)
        #expect(session("\"logits\": [1, \"inf\"]")?.hasPrefix("work.json: logit 2 is ") == true)
        #expect(session("\"logits\": [1, 1e400]")
            == "work.json: logit 2 is beyond the largest Double: only finite numbers and -inf are logits")
        #expect(session("\"logits\": [\"-inf\", \"-inf\"]")
            == "work.json: every logit is -inf: softmax is undefined when every class is masked")
        #expect(session("\"logits\": [1, 2], \"temperature\": 0")?.hasPrefix("work.json: temperature is 0") == true)
        #expect(session("\"logits\": [1, 2], \"threshold\": 1")?.hasPrefix("work.json: threshold is 1") == true)
        #expect(session("\"logits\": [1, 2], \"precision\": \"float8\"")?.hasPrefix("work.json: precision \"float8\" is unknown") == true)
        #expect(session("\"logits\": [1, 2], \"target\": 2")?.hasPrefix("work.json: target 2 is out of range") == true)
        #expect(session("\"logits\": [1, 2], \"selection\": 5")?.hasPrefix("work.json: selection 5 is not a class") == true)
        #expect(session("\"logits\": [1, 2], \"class_thresholds\": [null, 1.5]")?.hasPrefix("work.json: class threshold 2 is 1.5") == true)
        #expect(session("\"logits\": [1, 2], \"logits\": [3, 4]") == "work.json: line 1, column 45: not a valid session file: \"logits\" appears twice")
        #expect(session("\"logits\": \"1,2\"") == "work.json: line 1, column 37: not a valid session file: \"logits\" must be an array of numbers")
        #expect(session("\"logits\": [1, 2], \"classroom\": {\"focus\": \"nope\"}")?.hasPrefix("work.json: classroom focus \"nope\" is not a panel") == true)
    }

    /// A label with an escape sequence is named escaped in a message, never raw.
    @Test func messagesNeverCarryRawControls() {
        let message = Self.refusalOf("{\"logitscope_session\": 1, \"logits\": [1, \"\\u001b[2J\"]}")
        #expect(message?.contains("\u{1B}") == false)
        #expect(message?.contains("\\u{1B}[2J") == true)
    }
}
