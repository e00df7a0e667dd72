import Foundation
import LogitCore
import Testing

/// An API response opened as rows (`RowSource.logprobs`): each generated token a row of its own
/// alternatives, stepped through as a tensor's rows are, against the figures
/// `scripts/reference/make_logprobs_fixtures.py` computed in Python (`expected.json`: the p of
/// every class, the rest, the entropy over the known p and the rest, the target's surprisal).
@Suite struct LogprobRowsTests {
    struct Step: Decodable {
        let labels: [String]
        let p: [Double?]
        let rest_mass: Double
        let target: Int
        let below_listed: [Int]
        let entropy_nats: Double
        let surprisal: Double?
    }

    struct Expected: Decodable {
        let files: [String: [Step]]
    }

    static let expected: Expected = try! JSONDecoder().decode(
        Expected.self, from: Data(contentsOf: LogprobsFixtureTests.directory.appendingPathComponent("expected.json")))

    static func session(_ file: String, position: Int = 0) throws -> ExplorerState {
        let sequence = try LogprobsReader.read(LogprobsFixtureTests.bytes(file), name: file)
        let session = RowSession(source: .logprobs(sequence), position: position)
        let d = sequence.document(position: position)
        var state = ExplorerState(document: d)
        state.attach(rows: session)
        return state
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

    @Test(arguments: ["chat.json", "chat-below.json", "legacy.json", "llama.json"])
    func steppingOpensEachTokenWithItsOwnAlternatives(file: String) throws {
        var state = try Self.session(file)
        let steps = try #require(Self.expected.files[file])
        let session = try #require(state.rows)
        #expect(session.rowCount == steps.count)
        for (k, want) in steps.enumerated() {
            if k > 0 { state = reduce(from: state, .moveRow(by: 1)) }
            let at = "\(file) row \(k)"
            #expect(state.rows?.position == k, "\(at)")
            #expect(state.document.labels.array == want.labels, "\(at)")
            #expect(state.document.target == want.target, "\(at)")
            #expect(state.document.belowListedClasses == want.below_listed, "\(at)")
            #expect(Self.close(try #require(state.document.partial).restMass, want.rest_mass), "\(at)")
            for (i, p) in want.p.enumerated() where p != nil {
                #expect(Self.close(state.analysis.softmax(at: i), p!), "\(at) class \(i)")
            }
            // The strip's figures, made once when the file opened: H over the listed and the
            // rest, and the produced token's surprisal, unknown when it is below the listed.
            let f = try #require(state.rows?.figures[k])
            #expect(Self.close(f.entropyNats, want.entropy_nats), "\(at): H \(f.entropyNats) vs \(want.entropy_nats)")
            #expect(f.restMass.map { Self.close($0, want.rest_mass) } == true, "\(at)")
            #expect(f.belowListed == (want.surprisal == nil), "\(at)")
            if let s = want.surprisal { #expect(Self.close(f.surprisal, s), "\(at): \(f.surprisal) vs \(s)") }
            // The report's sequence agrees with the strip at T = 1.
            let sequence = try #require(state.rows?.sequence(state))
            #expect(Self.close(sequence[k].entropyNats, want.entropy_nats), "\(at)")
        }
        state = reduce(from: state, .moveRow(by: 1))
        #expect(state.rows?.position == steps.count - 1)
        state = reduce(from: state, .openRow(0))
        #expect(state.document.labels.array == steps[0].labels)
    }

    /// A produced token given as -9999 is "below listed": no p of its own (its mass is in the
    /// rest), not a masked class; the status line says so when its row opens.
    @Test func aTokenBelowTheListedIsNotMasked() throws {
        var state = try Self.session("chat-below.json", position: 2)
        state = reduce(from: state, .openRow(0))
        let d = state.document
        #expect(d.labels.array == [" yes", " no", " ok", "(rest)"])
        #expect(d.target == 2 && d.isBelowListed(2))
        #expect(state.message?.text.contains("below the listed") == true)
        state = reduce(from: state, .moveRow(by: 1))
        // Listed at -9999 itself: the alternative is the target, below listed.
        #expect(state.document.target == 1 && state.document.isBelowListed(1))
        #expect(!state.document.isBelowListed(0))
    }

    /// A row left with edits keeps them, its own labels and target included, and gets them back.
    /// A response's tokens have targets, but each row lists only its top alternatives: there is
    /// no full distribution to calibrate, and the view says so instead of opening.
    @Test func aResponseIsNotADatasetToCalibrate() throws {
        let s = update(try Self.session("chat.json"), .calibration(.toggleView)).state
        #expect(!s.showsCalibration)
        #expect(s.message?.kind == .error)
        #expect(s.message?.text.contains("a response lists only its top alternatives") == true)
    }

    @Test func editsStayWithTheirToken() throws {
        var state = try Self.session("chat.json", position: 3)
        state = reduce(from: state, .select(0))
        state = reduce(from: state, .toggleTarget)
        state = reduce(from: state, .nudgeLogit(steps: 1))
        let edited = state.document
        state = reduce(from: state, .moveRow(by: 1))
        #expect(state.rows?.editedRows == [3])
        #expect(state.document.labels.array == ["\n", "!", "(rest)"])
        state = reduce(from: state, .moveRow(by: -1))
        #expect(state.document.logits == edited.logits && state.document.target == 0)
        #expect(state.document.labels == edited.labels)
        #expect(state.message?.text.contains("this row's edits are back") == true)
    }
}

/// The reader's budget: each generated token's item is a small tree of at most `itemNodes`
/// values, refused with its place named past that; a long response is not (see
/// `aLongResponseOpens` in the end-to-end tests, 4,800 tokens of over a million values).
@Suite struct LogprobsBudgetTests {
    @Test func anItemTooBigIsRefusedAtItsPlace() {
        let bytes = Array(repeating: "1", count: LogprobsReader.itemNodes).joined(separator: ",")
        let text = #"{"choices":[{"logprobs":{"content":[{"token":"a","logprob":-1,"bytes":[97]},{"token":"b","logprob":-1,"bytes":["#
            + bytes + "]}]}}]}"
        do {
            _ = try LogprobsReader.read(Array(text.utf8), name: "big.json")
            Issue.record("accepted")
        } catch {
            #expect(error.message.hasPrefix("big.json: line 1, column "))
            #expect(error.message.hasSuffix("more than \(LogprobsReader.itemNodes) values to hold whole (the most logitscope reads)"))
        }
    }

    @Test func theWalkKeepsTheTreeReadersMessages() {
        func message(_ text: String) -> String? {
            do {
                _ = try LogprobsReader.read(Array(text.utf8), name: "r.json")
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message(#"{"choices":[]}"#) == "r.json: choices: the response has no choices")
        #expect(message(#"{"choices":5}"#) == "r.json: choices: not an array")
        #expect(message(#"{"choices":[{"logprobs":{"content":[]}}]}"#) == "r.json: choices[0].logprobs.content: empty: the response generated no tokens")
        #expect(message(#"{"choices":[{"logprobs":{"content":"hi"}}]}"#)?.contains("the generated text, with no probabilities") == true)
        #expect(message(#"{"choices":[{"logprobs":{"content":[{"token":"a","logprob":1}]}}]}"#) == "r.json: choices[0].logprobs.content[0].logprob: 1 is positive: a log-probability is at most 0")
        #expect(message(#"{"model":"x"}"#)?.hasPrefix("r.json: no logprobs found") == true)
        #expect(message(#"[{"token":"a","logprob":-1},"#) != nil)
        // llama.cpp's `content` string beside its list is not a second list.
        let llama = #"{"content":" cat","completion_probabilities":[{"id":1,"token":" cat","logprob":-0.5,"top_logprobs":[]}]}"#
        #expect(message(llama) == nil)
    }
}
