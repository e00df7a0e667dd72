import Foundation
import Testing

/// `--json` through the built binary against numpy/scipy figures
/// (Tests/Reference/scipy-reference.json, made by scripts/reference/make_reference.py): the seed at
/// three temperatures in each precision, overflow, underflow, masked classes, ties, a single class,
/// targets, and random vectors up to 1000 classes.
@Suite struct CLIJSONReferenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let fields: JSON
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference/scipy-reference.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONDecoder().decode(JSON.self, from: data),
              let list = root["cases"]?.array
        else { return [] }
        return list.map { Case(name: $0["name"]?.string ?? "?", fields: $0) }
    }()

    /// How far a figure may be from scipy's, in units in the last place of the chosen precision:
    /// the reference rounds once from an exact sum, the core may round twice (exp, then divide).
    /// Measured: every figure of the 46 cases within 2 ulps, 26 of them beyond 1.
    static let ulps = 2.0

    @Test func theReferenceFileIsThere() {
        #expect(Self.cases.count >= 40, "Tests/Reference/scipy-reference.json is missing or changed shape")
    }

    /// Each case on each vector-kernel path, chosen through LOGITSCOPE_KERNELS as a user would (a
    /// path this processor lacks falls back to the widest it has).
    @Test(arguments: cases, ["sse2", "avx2", "avx512"])
    func matchesScipy(_ reference: Case, kernels: String) throws {
        let f = reference.fields
        let precision = try #require(f["precision"]?.string)
        let logits = try #require(f["logits"]?.array).map { $0.string ?? "\($0.double ?? .nan)" }
        let temperature = try #require(f["temperature"]?.double)
        let threshold = try #require(f["threshold"]?.double)
        var arguments = [
            "--logits=" + logits.joined(separator: ","), "-t", "\(temperature)",
            "--precision", precision, "--threshold", "\(threshold)", "--json",
        ]
        if let target = f["target"]?.int { arguments += ["--target", "\(target)"] }

        let run = try Binary.run(arguments, environment: ["LOGITSCOPE_KERNELS": kernels])
        try #require(run.status == 0, "\(run.stderr)")
        let report = try JSON.parse(run.stdout)
        guard case .object(let expected)? = f["expected"] else {
            Issue.record("no expected figures")
            return
        }
        for (key, value) in expected where key != "scaled" && key != "shifted_sum" {
            let actual = try #require(report[key], "no \(key) in the report")
            if let list = value.array {
                let got = try #require(actual.array, "\(key) is not an array")
                try #require(got.count == list.count, "\(key) has \(got.count) entries, not \(list.count)")
                for (i, (e, a)) in zip(list, got).enumerated() {
                    expectClose(a, e, precision: precision, "\(key)[\(i)]")
                }
            } else {
                expectClose(actual, value, precision: precision, key)
            }
        }
    }

    /// The issue's own line: `--logits=89,88,87 --precision bfloat16 --json` gives naive NaN, 0, 0
    /// and the stable softmax PyTorch's semantics give in numpy with ml_dtypes, bit for bit.
    @Test func bfloat16OverflowIsNaNZeroZeroAndTheStablePathAgreesExactly() throws {
        let reference = try #require(Self.cases.first { $0.name == "overflow bfloat16" })
        let run = try Binary.run(["--logits=89,88,87", "--precision", "bfloat16", "--json"])
        try #require(run.status == 0, "\(run.stderr)")
        let report = try JSON.parse(run.stdout)
        #expect(report["precision"] == .string("bfloat16"))
        #expect(report["naive_softmax"] == .array([.string("nan"), .number(0), .number(0)]))
        #expect(report["softmax"] == reference.fields["expected"]?["softmax"])
        #expect(report["softmax"] == .array([.number(0.6640625), .number(0.244140625), .number(0.09033203125)]))
    }

    /// The same figure: equal booleans, equal non-finite spellings, or finite numbers within `ulps`
    /// units in the last place of `precision`.
    private func expectClose(_ actual: JSON, _ expected: JSON, precision: String, _ what: String) {
        guard let e = expected.reportNumber, e.isFinite else {
            #expect(actual == expected, "\(what): \(actual) against \(expected)")
            return
        }
        guard let a = actual.double else {
            Issue.record("\(what): \(actual) against \(e)")
            return
        }
        let tolerance = Self.ulps * max(ulp(of: e, in: precision), ulp(of: a, in: precision))
        #expect(abs(a - e) <= tolerance, "\(what): \(a) against scipy's \(e) (tolerance \(tolerance))")
    }

    private func ulp(of x: Double, in precision: String) -> Double {
        switch precision {
        case "float16": Double(Float16(x).ulp)
        case "float32": Double(Float(x).ulp)
        // BFloat16 keeps 16 bits fewer than Float, over the same exponents (subnormals included).
        case "bfloat16": Double(Float(x).ulp) * 0x1p16
        default: x.ulp
        }
    }
}
