import Testing
import LogitCore
@testable import LogitView

/// Inputs the action-sequence fuzzer (Fuzz/, target FuzzUpdate) found in the view.
@Suite struct LayoutFuzzRegressionTests {
    /// A logit near Double's largest (any |z| above 1.5e308, typed or passed with --logits) made the
    /// bar range's headroom overflow to inf, and rounding it up to a power of ten never ended: the
    /// explorer hung on its first frame.
    @Test func aLogitNearDoublesLargestStillDraws() {
        #expect(Layout.niceRange([Double.greatestFiniteMagnitude, -1e15]) == .greatestFiniteMagnitude)
        #expect(Layout.niceRange([-1.6e308]) == .greatestFiniteMagnitude)
        #expect(Layout.niceRange([1.2e308]).isFinite)  // 1.44e308 of headroom: still finite
        let state = ExplorerState(document: LogitDocument(logits: [12, Double.greatestFiniteMagnitude, 0]))
        let screen = render(state, size: Size(width: 80, height: 24))
        #expect(screen.lines.contains { $0.contains("class 2") })
    }
}
