import Foundation
import LogitCore
import Testing

/// The figures `scripts/reference/make_reference.py` computed with numpy and scipy, read from
/// `Tests/Reference/scipy-reference.json`. Found through `#filePath`, so the test target needs no
/// resources: the file sits two folders above this one.
///
/// Read with `JSONDecoder`, which parses numbers correctly rounded; `JSONSerialization` on Linux
/// misreads some of them by an ulp (0.09856589040931818 arrives as 0.0985658904093182).
struct ReferenceFile: Sendable, Decodable {
    let numpy: String
    let scipy: String
    let cases: [ReferenceCase]
    /// The online softmax, block by block (`online_figures` in the script).
    let online: [OnlineReferenceCase]

    static let shared: ReferenceFile = {
        do {
            return try JSONDecoder().decode(ReferenceFile.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read the reference figures at \(url.path): \(error)")
        }
    }()

    static var url: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // LogitCoreTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Reference/scipy-reference.json")
    }

    func named(_ name: String) -> ReferenceCase {
        guard let c = cases.first(where: { $0.name == name }) else { fatalError("no reference case \(name)") }
        return c
    }
}

/// One case: the input as the script was given it, and what numpy/scipy computed.
struct ReferenceCase: Sendable, Decodable, CustomTestStringConvertible {
    let name: String
    let input: AnalysisInput
    let expected: Expected

    struct Expected: Sendable, Decodable {
        let logits, scaled, softmax, logSoftmax, naiveSoftmax, sigmoid: [Double]
        let temperature, logsumexp, logitThreshold, entropyNats, entropyBits, perplexity: Double
        let aboveThreshold: [Bool]
        let argmax: Int
        let crossEntropy: Double?
        let gradient: [Double]?

        enum CodingKeys: String, CodingKey {
            case logits, scaled, softmax, logSoftmax = "log_softmax", naiveSoftmax = "naive_softmax", sigmoid
            case temperature, logsumexp, logitThreshold = "logit_threshold", entropyNats = "entropy_nats"
            case entropyBits = "entropy_bits", perplexity, aboveThreshold = "above_threshold", argmax
            case crossEntropy = "cross_entropy", gradient
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func list(_ k: CodingKeys) throws -> [Double] { try c.decode([ReferenceNumber].self, forKey: k).map(\.value) }
            func one(_ k: CodingKeys) throws -> Double { try c.decode(ReferenceNumber.self, forKey: k).value }
            logits = try list(.logits)
            scaled = try list(.scaled)
            softmax = try list(.softmax)
            logSoftmax = try list(.logSoftmax)
            naiveSoftmax = try list(.naiveSoftmax)
            sigmoid = try list(.sigmoid)
            temperature = try one(.temperature)
            logsumexp = try one(.logsumexp)
            logitThreshold = try one(.logitThreshold)
            entropyNats = try one(.entropyNats)
            entropyBits = try one(.entropyBits)
            perplexity = try one(.perplexity)
            aboveThreshold = try c.decode([Bool].self, forKey: .aboveThreshold)
            argmax = try c.decode(Int.self, forKey: .argmax)
            crossEntropy = try c.decodeIfPresent(ReferenceNumber.self, forKey: .crossEntropy)?.value
            gradient = try c.decodeIfPresent([ReferenceNumber].self, forKey: .gradient)?.map(\.value)
        }
    }

    var testDescription: String { name }

    enum CodingKeys: String, CodingKey { case name, logits, temperature, precision, threshold, target, expected }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        let precisionName = try c.decode(String.self, forKey: .precision)
        guard let precision = Precision(name: precisionName) else {
            throw DecodingError.dataCorruptedError(forKey: .precision, in: c, debugDescription: "precision \(precisionName)")
        }
        input = AnalysisInput(
            logits: try c.decode([ReferenceNumber].self, forKey: .logits).map(\.value),
            temperature: try c.decode(Double.self, forKey: .temperature),
            precision: precision,
            threshold: try c.decode(Double.self, forKey: .threshold),
            target: try c.decodeIfPresent(Int.self, forKey: .target))
        expected = try c.decode(Expected.self, forKey: .expected)
    }
}

/// A JSON number, or one of the strings the script writes for non-finite values ("nan", "inf", "-inf").
struct ReferenceNumber: Decodable {
    let value: Double

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let x = try? c.decode(Double.self) {
            value = x
            return
        }
        switch try c.decode(String.self) {
        case "nan": value = .nan
        case "inf": value = .infinity
        case "-inf": value = -.infinity
        case let s: throw DecodingError.dataCorruptedError(in: c, debugDescription: "unexpected string \(s)")
        }
    }
}
