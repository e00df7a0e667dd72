import Foundation
import LogitCore
import Testing

/// `Tests/Reference/filters-reference.json`, written by `scripts/reference/make_filter_reference.py`:
/// HuggingFace's TopK/TopP/MinPLogitsWarper transcribed to numpy, and SplitMix64 and the sampler
/// transcribed to Python. Read with JSONDecoder (exact numbers).
struct FilterReferenceFile: Decodable, Sendable {
    let cases: [Case]
    let splitmix64: SplitMix
    let sampler: [SamplerCase]

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let source: String
        let logits: [ReferenceNumber]
        let probabilities: [ReferenceNumber]
        let topK: Int?
        let topP: Double?
        let minP: Double?
        let kept: [Int]
        let filteredSoftmax: [ReferenceNumber]

        enum CodingKeys: String, CodingKey {
            case name, source, logits, probabilities, kept
            case topK = "top_k", topP = "top_p", minP = "min_p", filteredSoftmax = "filtered_softmax"
        }

        var testDescription: String { name }
    }

    struct SplitMix: Decodable, Sendable {
        let published: [String]
        let seed0: [String]
        let seed42UnitDoubles: [Double]

        enum CodingKeys: String, CodingKey {
            case published = "published_seed_1234567", seed0 = "seed_0", seed42UnitDoubles = "seed_42_unit_doubles"
        }
    }

    struct SamplerCase: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let tokens: [Int]
        let weights: [Double]
        let seed: UInt64
        let count: Int
        let draws: [Int]
        var testDescription: String { name }
    }

    static let shared: FilterReferenceFile = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Sampling
            .deletingLastPathComponent()  // LogitCoreTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Reference/filters-reference.json")
        do {
            return try JSONDecoder().decode(FilterReferenceFile.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error) — run scripts/reference/make_filter_reference.py")
        }
    }()
}
