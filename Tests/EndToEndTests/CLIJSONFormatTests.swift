import Foundation
import Testing

/// The shape of `--json`: PRODUCT.md's field names in its order, non-finite numbers as strings,
/// finite numbers that read back to the same bits, labels escaped.
@Suite struct CLIJSONFormatTests {
    /// PRODUCT.md, "--json fields", in order; then the report's own additions.
    static let productFields = [
        "labels", "logits", "temperature", "precision", "argmax", "softmax", "log_softmax",
        "logsumexp", "naive_softmax", "sigmoid", "threshold", "logit_threshold", "above_threshold",
        "entropy_nats", "entropy_bits", "perplexity",
    ]
    /// The sampling fields, always present (with no filter every class but a masked one is kept).
    static let samplingFields = ["filters", "kept", "filtered_softmax"]

    private func report(_ arguments: [String]) throws -> (text: String, json: JSON) {
        let run = try Binary.run(arguments + ["--json"])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        return (run.stdout, try JSON.parse(run.stdout))
    }

    @Test func theSeedByDefault() throws {
        let (_, json) = try report([])
        #expect(json["labels"] == .array([.string("News"), .string("Entertainment"), .string("Technology")]))
        #expect(json["logits"] == .array([.number(2), .number(1), .number(0.1)]))
        #expect(json["temperature"] == .number(1))
        #expect(json["precision"] == .string("float64"))
        #expect(json["argmax"] == .number(0))
        // scipy.special.softmax([2.0, 1.0, 0.1]) (scipy 1.17.1); the seed's 0.66 / 0.24 / 0.10.
        #expect(json["softmax"] == .array([.number(0.6590011388859679), .number(0.24243297070471392), .number(0.09856589040931818)]))
    }

    @Test func labelsWithoutLogitsNameTheSeedsThreeClasses() throws {
        let (_, json) = try report(["--labels", "sport, politics ,art"])
        #expect(json["labels"] == .array([.string("sport"), .string("politics"), .string("art")]))
        #expect(json["logits"] == .array([.number(2), .number(1), .number(0.1)]))
    }

    @Test func fieldsInTheContractsOrder() throws {
        let (text, _) = try report([])
        #expect(reportKeys(text) == Self.productFields + ["warnings"] + Self.samplingFields)
    }

    @Test func aTargetAddsItsFieldsAfterThePerplexity() throws {
        let (text, json) = try report(["--target", "2"])
        #expect(reportKeys(text) == Self.productFields + ["target", "cross_entropy", "gradient", "warnings"] + Self.samplingFields)
        #expect(json["target"] == .number(2))
        // -log softmax[2] of the seed: -log(0.09856589040931818) (numpy).
        let ce = try #require(json["cross_entropy"]?.double)
        #expect(abs(ce - 2.3170300162778337) <= 2 * ce.ulp)
    }

    @Test func perClassThresholdsComeLast() throws {
        let (text, json) = try report(["--class-thresholds", "0.9,-,0.3", "--threshold", "0.6"])
        #expect(reportKeys(text) == Self.productFields + ["warnings", "class_thresholds"] + Self.samplingFields)
        #expect(json["class_thresholds"] == .array([.number(0.9), .number(0.6), .number(0.3)]))
        // σ(2) = 0.881 < 0.9, σ(1) = 0.731 > 0.6, σ(0.1) = 0.525 > 0.3.
        #expect(json["above_threshold"] == .array([.bool(false), .bool(true), .bool(true)]))
        #expect(json["threshold"] == .number(0.6))
    }

    @Test func nonFiniteNumbersAreStrings() throws {
        // NUMERICS.md: naive softmax of [710, 709, 708] in Float64 is [NaN, 0, 0].
        let (text, json) = try report(["--logits", "710,709,708"])
        #expect(text.contains("\"naive_softmax\": [\"nan\", 0.0, 0.0],\n"))
        #expect(json["naive_softmax"] == .array([.string("nan"), .number(0), .number(0)]))
        // A masked class: probability exactly 0, log-probability -inf; cross-entropy on it is +inf.
        let (masked, _) = try report(["--logits", "3,-inf,1", "--target", "1"])
        #expect(masked.contains("\"logits\": [3.0, \"-inf\", 1.0],\n"))
        #expect(masked.contains("\"cross_entropy\": \"inf\",\n"))
    }

    @Test func numbersReadBackToTheSameBits() throws {
        // Python's repr of the same doubles: 1e+300, 5e-324, -0.0 (and valid JSON numbers).
        let (text, json) = try report(["--logits=1e300,5e-324,-0.0,0.1"])
        #expect(text.contains("\"logits\": [1e+300, 5e-324, -0.0, 0.1],\n"))
        let logits = (json["logits"]?.array ?? []).compactMap { $0.double?.bitPattern }
        #expect(logits == [1e300, Double.leastNonzeroMagnitude, -0.0, 0.1].map { $0.bitPattern })
        // Every item of the line is a whole number token: no locale comma, no stray spelling.
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("  \"logits\": [") })
        let items = line.dropFirst("  \"logits\": [".count).dropLast(2).components(separatedBy: ", ")
        #expect(items.count == 4)
        #expect(items.allSatisfy { Double($0) != nil })
    }

    @Test func logitsAreReportedAsTheyWereComputedWith() throws {
        // numpy: float(np.float16(0.1)) == 0.0999755859375, float(np.float32(0.1)) == 0.10000000149011612.
        let (f16, _) = try report(["--precision", "f16"])
        #expect(f16.contains("\"logits\": [2.0, 1.0, 0.0999755859375],\n"))
        let (f32, _) = try report(["--precision", "float32"])
        #expect(f32.contains("\"logits\": [2.0, 1.0, 0.10000000149011612],\n"))
        // ml_dtypes: float(ml_dtypes.bfloat16(0.1)) == 0.10009765625.
        let (bf16, _) = try report(["--precision", "bf16"])
        #expect(bf16.contains("\"logits\": [2.0, 1.0, 0.10009765625],\n"))
        #expect(bf16.contains("\"precision\": \"bfloat16\",\n"))
    }

    @Test func whatAPrecisionCannotHoldIsAWarning() throws {
        // Float16 cannot hold 70000 (its largest finite value is 65504).
        let (_, json) = try report(["--logits", "70000,1", "--precision", "float16"])
        #expect(json["logits"]?.array?.first == .string("inf"))
        let warnings = try #require(json["warnings"]?.array)
        #expect(warnings.count == 1)
        #expect(warnings.first?.string?.contains("65504") == true)
        #expect(warnings.first?.string?.hasPrefix("logit of class 0 = 70000") == true)
        // BFloat16 stops at ml_dtypes.finfo(bfloat16).max = 3.3895313892515355e+38.
        let (_, bf16) = try report(["--logits", "3.4e38,1", "--precision", "bfloat16"])
        #expect(bf16["logits"]?.array?.first == .string("inf"))
        #expect(bf16["warnings"]?.array?.first?.string?.contains("3.3895313892515355e+38") == true)
    }

    /// `--block` adds the online softmax; without it the report is as before. [12, 11, 10] in
    /// Float16 one class at a time: the naive path overflows (NaN, 0, 0), the online one never
    /// does, and lands on the stable softmax (numpy float16: 0.665, 0.2448, 0.09003).
    @Test func blockAddsTheOnlineSoftmax() throws {
        let (_, plain) = try report(["--logits=12,11,10", "--precision", "f16"])
        #expect(plain["online_block"] == nil && plain["online_steps"] == nil)
        let (_, json) = try report(["--logits=12,11,10", "--precision", "f16", "--block", "1"])
        #expect(json["naive_softmax"]?.array?.first == .string("nan"))
        #expect(json["online_block"] == .number(1))
        let steps = try #require(json["online_steps"]?.array)
        #expect(steps.count == 3)
        #expect(steps.first?["rescale"] == .null && steps.first?["max"] == .number(12))
        #expect(steps.last?["rescale"] == .number(1) && steps.last?["end"] == .number(3))
        #expect(json["online_softmax"] == json["softmax"])
        #expect(json["online_softmax"] == .array([.number(0.6650390625), .number(0.2447509765625), .number(0.09002685546875)]))
        #expect(json["online_ulps"] == .array([.number(0), .number(0), .number(0)]))
    }

    @Test func labelsAreEscaped() throws {
        let labels = ["say \"hi\"", "back\\slash", "naïve 中文", "tab\there", "$HOME 'q'"]
        let (_, json) = try report(["--logits", "1,2,3,4,5", "--labels", labels.joined(separator: ",")])
        #expect(json["labels"] == .array(labels.map(JSON.string)))
    }
}
