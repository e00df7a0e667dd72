import LogitCore

/// A 50,000-token vocabulary for the ranked list's screens: tokens 0…99 at z = −0.25·i, the rest
/// far below at −25 − 0.0001·(i − 100), so the top of the ranking is token 0, 1, 2, … in order.
/// numpy / scipy.special.softmax (numpy 2.4, scipy 1.17): p₀ = 0.22119921, p₁ = 0.17227012,
/// p₂ = 0.1341641, p₃ = 0.10448711; the top 10 hold 0.917914973 (so top-k 10 and top-p 0.9 both
/// keep 10, renormalized p₀ = 0.24098007); the top 7 hold 0.826 (top-p 0.8 keeps 7).
enum VocabularyExamples {
    static let logits: [Double] = (0..<50_000).map { (i: Int) -> Double in
        let x = Double(i)
        return i < 100 ? -0.25 * x : -25 - (x - 100) * 1e-4
    }
    static let labels: [String] = (0..<50_000).map { "tok\($0)" }

    static func state(topK: Int? = nil, topP: Double? = nil, seed: UInt64 = 7) -> ExplorerState {
        ExplorerState(document: LogitDocument(
            logits: logits, labels: LabelList(labels), filters: try! SamplingFilters(topK: topK, topP: topP), seed: seed))
    }
}
