import Testing
@testable import LogitCore

@Suite struct ArgmaxTests {
    @Test func firstOfTiesWins() {
        #expect(argmax([1.5, 3, 3, 0, 3]) == 1)
        #expect(argmax([-Double.infinity, -.infinity, 0]) == 2)
        #expect(argmax([Double]()) == nil)
        #expect(argmax([7.0]) == 0)
    }

    /// Float16 can make a tie out of distinct logits: 2.0001 and 2.0 both round to 2.
    @Test func roundingCanCreateATie() {
        #expect(Analysis(AnalysisInput(logits: [2.0, 2.0001], precision: .float64)).argmax == 1)
        #expect(Analysis(AnalysisInput(logits: [2.0, 2.0001], precision: .float16)).argmax == 0)
    }

    @Test(arguments: Precision.allCases)
    func argmaxOfLogitsIsArgmaxOfSoftmax(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: [0.3, 4, -2, 3.9], temperature: 0.25, precision: p))
        #expect(a.argmax == 1)
        #expect(argmax(a.softmax) == 1)
    }
}
