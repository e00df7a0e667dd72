import Foundation
import Testing
@testable import LogitCore

/// One online-softmax case of the reference file: the input, the block size, and numpy's steps.
struct OnlineReferenceCase: Sendable, Decodable, CustomTestStringConvertible {
    let name: String
    let input: AnalysisInput
    let block: Int
    let steps: [Step]
    let softmax: [Double]

    struct Step: Sendable, Decodable {
        let start, end: Int
        let blockMax, max, blockSum, sum: Double
        let rescale: Double?

        enum CodingKeys: String, CodingKey {
            case start, end, blockMax = "block_max", max, blockSum = "block_sum", sum, rescale
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            start = try c.decode(Int.self, forKey: .start)
            end = try c.decode(Int.self, forKey: .end)
            blockMax = try c.decode(ReferenceNumber.self, forKey: .blockMax).value
            max = try c.decode(ReferenceNumber.self, forKey: .max).value
            blockSum = try c.decode(ReferenceNumber.self, forKey: .blockSum).value
            sum = try c.decode(ReferenceNumber.self, forKey: .sum).value
            rescale = try c.decodeIfPresent(ReferenceNumber.self, forKey: .rescale)?.value
        }
    }

    var testDescription: String { name }

    enum CodingKeys: String, CodingKey { case name, logits, temperature, precision, block, expected }
    enum ExpectedKeys: String, CodingKey { case steps, softmax }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        let precision = try #require(Precision(name: try c.decode(String.self, forKey: .precision)))
        input = AnalysisInput(
            logits: try c.decode([ReferenceNumber].self, forKey: .logits).map(\.value),
            temperature: try c.decode(Double.self, forKey: .temperature), precision: precision)
        block = try c.decode(Int.self, forKey: .block)
        let e = try c.nestedContainer(keyedBy: ExpectedKeys.self, forKey: .expected)
        steps = try e.decode([Step].self, forKey: .steps)
        softmax = try e.decode([ReferenceNumber].self, forKey: .softmax).map(\.value)
    }
}

/// `OnlineSoftmax` against the same algorithm run in numpy (ml_dtypes for bfloat16) by
/// make_reference.py: the maxima exactly, the rescale factors within 1 ulp of the precision (an exp,
/// rounded once: libm's or our vector exp against a correctly rounded one), each sum within one ulp
/// of the precision per term summed so far (each term is such an exp), p within 2 ulps
/// (`Tolerance.elementwise`).
@Suite struct OnlineReferenceTests {
    @Test func theFileHoldsTheOnlineCases() {
        #expect(ReferenceFile.shared.online.count >= 10)
        for p in Precision.allCases {
            #expect(ReferenceFile.shared.online.contains { $0.input.precision == p })
        }
    }

    @Test(arguments: ReferenceFile.shared.online)
    func stepsAndProbabilitiesAgreeWithNumpy(_ c: OnlineReferenceCase) {
        let o = OnlineSoftmax(Analysis(c.input), block: c.block)
        let p = c.input.precision
        /// An ulp of the precision at x, as a Double.
        func ulp(_ x: Double) -> Double {
            switch p {
            case .float16: Double(Float16(x).ulp)
            case .float32: Double(Float(x).ulp)
            case .float64: x.ulp
            case .bfloat16: Double(BFloat16(x).ulp)
            }
        }
        #expect(o.steps.count == c.steps.count)
        for (ours, theirs) in zip(o.steps, c.steps) {
            #expect(ours.range == theirs.start..<theirs.end)
            #expect(ours.blockMax == theirs.blockMax && ours.max == theirs.max)
            #expect((ours.rescale == nil) == (theirs.rescale == nil))
            if let r = ours.rescale, let s = theirs.rescale { #expect(p.ulpDistance(r, s) <= 1, "rescale \(r) against \(s)") }
            #expect(abs(ours.blockSum - theirs.blockSum) <= Double(ours.range.count) * ulp(theirs.blockSum), "block sum \(ours.blockSum) against \(theirs.blockSum)")
            #expect(abs(ours.sum - theirs.sum) <= Double(ours.range.upperBound) * ulp(theirs.sum), "sum \(ours.sum) against \(theirs.sum)")
        }
        #expect(maxULPDistance(o.softmax, c.softmax, in: p) <= Tolerance.elementwise)
    }
}
