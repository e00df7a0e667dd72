import Foundation
import Testing

/// The filter flags and the sampler through the binary: `filters`, `kept` and `filtered_softmax`
/// against the HuggingFace transcription (Tests/Reference/filters-reference.json, written by
/// scripts/reference/make_filter_reference.py), and `--seed` / `--samples` against its sampler.
@Suite struct CLISamplingTests {
    struct Reference: Decodable, Sendable {
        let cases: [Case]
        let sampler: [Sampler]
        struct Case: Decodable, Sendable, CustomTestStringConvertible {
            let name: String
            let logits: [JSON]
            let top_k: Int?
            let top_p: Double?
            let min_p: Double?
            let kept: [Int]
            let filtered_softmax: [Double]
            var testDescription: String { name }
        }
        struct Sampler: Decodable, Sendable {
            let name: String
            let seed: UInt64
            let count: Int
            let draws: [Int]
        }

        static let shared: Reference = {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Reference/filters-reference.json")
            return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        }()
    }

    private func report(_ arguments: [String]) throws -> JSON {
        let run = try Binary.run(arguments + ["--json"])
        try #require(run.status == 0, "\(run.stderr)")
        return try JSON.parse(run.stdout)
    }

    /// Each case's logits go in through a JSON file (so -inf and 1000 values are no trouble), its
    /// filters through the flags.
    @Test(arguments: Reference.shared.cases)
    func filtersAgreeWithHuggingFace(_ c: Reference.Case) throws {
        let dir = try TempFolder()
        let numbers = c.logits.map { $0.reportNumber.map { $0 == -.infinity ? "\"-inf\"" : "\($0)" } ?? "?" }
        let path = try dir.write("case.json", text: "[" + numbers.joined(separator: ",") + "]")
        var flags = ["--file", path]
        if let k = c.top_k { flags += ["--top-k", String(k)] }
        if let p = c.top_p { flags += ["--top-p", "\(p)"] }
        if let m = c.min_p { flags += ["--min-p", "\(m)"] }
        let r = try report(flags)
        #expect(r["filters"]?["top_k"] == (c.top_k.map { .number(Double($0)) } ?? .null))
        #expect(r["filters"]?["top_p"] == (c.top_p.map(JSON.number) ?? .null))
        #expect(r["filters"]?["min_p"] == (c.min_p.map(JSON.number) ?? .null))
        #expect(r["kept"]?.array?.compactMap(\.int) == c.kept)
        let values = r["filtered_softmax"]?.array?.compactMap { $0.double }
        let got = try #require(values)
        try #require(got.count == c.filtered_softmax.count)
        for (a, b) in zip(got, c.filtered_softmax) {
            #expect(abs(a - b) <= 4 * max(a.ulp, b.ulp), "\(a) vs \(b)")
        }
    }

    @Test func noFilterKeepsEveryClassButTheMasked() throws {
        let r = try report(["--logits", "2,-inf,1"])
        #expect(r["filters"] == .object(["top_k": .null, "top_p": .null, "min_p": .null]))
        #expect(r["kept"] == .array([.number(0), .number(2)]))
        // softmax([2, 1]) = [0.7310585786300049, 0.2689414213699951] (scipy); the masked class is 0.
        #expect(r["filtered_softmax"] == .array([.number(0.7310585786300049), .number(0), .number(0.2689414213699951)]))
        #expect(r["seed"] == nil)
        #expect(r["samples"] == nil)
    }

    @Test func seededSamplesRepeatAndMatchTheReference() throws {
        let c = try #require(Reference.shared.sampler.first { $0.name == "seed softmax, seed 42" })
        let args = ["--seed", String(c.seed), "--samples", String(c.count)]
        let first = try report(args)
        #expect(first["seed"] == .number(Double(c.seed)))
        #expect(first["samples"]?.array?.compactMap(\.int) == c.draws)
        #expect(try report(args)["samples"] == first["samples"])
        #expect(try report(["--seed", "43", "--samples", String(c.count)])["samples"] != first["samples"])
    }

    @Test func samplesComeFromTheFilteredDistribution() throws {
        let r = try report(["--seed", "5", "--samples", "200", "--top-k", "2"])
        let drawn = r["samples"]?.array?.compactMap { $0.int }
        let draws = try #require(drawn)
        #expect(draws.count == 200)
        #expect(Set(draws) == [0, 1])
    }

    @Test func withoutASeedOneIsPickedAndReported() throws {
        let r = try report(["--samples", "3"])
        let seed = try #require(r["seed"]?.double)
        #expect(seed >= 0 && seed < 1_000_000 && seed == seed.rounded())
        // Repeating with that seed repeats the draws.
        #expect(try report(["--seed", String(Int(seed)), "--samples", "3"])["samples"] == r["samples"])
        // --seed alone is echoed, with no samples.
        let echoed = try report(["--seed", "18446744073709551615"])
        #expect(echoed["samples"] == nil)
        #expect(echoed["seed"] != nil)
    }

    @Test func badFilterAndSamplingFlagsAreRefused() throws {
        let cases: [([String], String)] = [
            (["--top-k", "0", "--json"], "top-k is 0: it must be a whole number of at least 1 (1 keeps only the most likely token)"),
            (["--top-k", "ten", "--json"], "top-k \"ten\" is not a whole number"),
            (["--top-p", "0", "--json"], "top-p is 0: it must be a probability mass greater than 0 and at most 1"),
            (["--top-p", "1.5", "--json"], "top-p is 1.5: it must be a probability mass greater than 0 and at most 1"),
            (["--min-p", "-0.1", "--json"], "min-p is -0.1: it must be between 0 and 1"),
            (["--seed", "-1", "--json"], "seed \"-1\" is not a whole number from 0 to 18446744073709551615"),
            (["--samples", "0", "--json"], "samples is 0: it must be a whole number from 1 to 10000000"),
            (["--samples", "5"], "--samples only applies to --json (in the explorer, z draws one token and Z draws 1000)"),
        ]
        for (args, message) in cases {
            let run = try Binary.run(args)
            #expect(run.status == 64, "\(args)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "logitscope: \(message)\n")
        }
    }

    @Test func samplesFromNonFiniteProbabilitiesAreRefused() throws {
        // 70000 is +inf in Float16, so softmax is NaN: nothing can be drawn (this used to trap).
        let run = try Binary.run(["--logits", "70000,1", "--precision", "float16", "--json", "--samples", "3"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "logitscope: --samples: cannot draw, the probabilities are not finite in Float16\n")
    }
}
