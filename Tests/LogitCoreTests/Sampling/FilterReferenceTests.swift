import LogitCore
import Testing

/// The filters against the numpy transcription of HuggingFace's warpers (make_filter_reference.py):
/// the same kept tokens, and the renormalized probabilities within 4 ulps.
struct FilterReferenceTests {
    @Test(arguments: FilterReferenceFile.shared.cases)
    func agreesWithHuggingFaceTranscription(_ c: FilterReferenceFile.Case) throws {
        let filters = try SamplingFilters(topK: c.topK, topP: c.topP, minP: c.minP)
        let result = filters.apply(logits: c.logits.map(\.value), probabilities: c.probabilities.map(\.value))
        #expect(result.kept == c.kept, "\(c.source)")
        #expect(maxULPDistance(result.filteredSoftmax, c.filteredSoftmax.map(\.value), in: .float64) <= 4)
    }

    @Test func referenceHoldsTheTieCases() {
        // The file must exercise what the brief asks for: ties at top-k's k-th, a top-p cut through
        // ties, min-p's strictness; and vocabularies of 1000.
        let names = Set(FilterReferenceFile.shared.cases.map(\.name))
        #expect(names.isSuperset(of: ["four ties top-k 2", "four ties top-p 0.5", "four ties min-p 1", "tied 1000 top-p 0.5"]))
    }
}
